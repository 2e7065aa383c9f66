# SPDX-License-Identifier: GPL-3.0-or-later
"""The open draft: composing it from a template, typing in it, and saving it.

The window's autosave timer calls `save()` after a pause; everything else here is what the user
does to the message in front of them. Each action returns `Changes`.
"""

from __future__ import annotations

from dataclasses import fields, replace
from typing import TYPE_CHECKING

from inmail_studio.core import compose
from inmail_studio.core.compose import Composition
from inmail_studio.core.draft import Draft
from inmail_studio.core.errors import Problem
from inmail_studio.core.message import KINDS, LANGUAGE_CHOICES, Message
from inmail_studio.core.store import DraftChangedElsewhere, StoreError
from inmail_studio.core.store.first_look import LAST_DRAFT_KEY, MAX_ROW_ID  # the first frame reads it too
from inmail_studio.core.workspace.changes import NOTHING, Changes

if TYPE_CHECKING:
    from inmail_studio.core.workspace.workspace import Workspace

COPY_PARTS = ("subject", "body", "all")
_STORED = [f.name for f in fields(Draft) if f.name not in ("id", "created_at", "updated_at")]


class Desk:
    """Holds the open `Composition`; `dirty` says it has changes not yet saved."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace
        self.composition = Composition(Draft(id=0))
        self._dirty = False
        self._touched = False  # the user worked on it since it was opened: a prospect's is now "drafted"
        self.template_pending = False  # restored without its template yet: see restore_last
        self._remember_on_save = False  # restore_last opened a draft the settings do not name yet

    @property
    def draft(self) -> Draft:
        return self.composition.draft

    @property
    def dirty(self) -> bool:
        return self._dirty

    def composition_for(self, draft: Draft) -> Composition:
        """A stored draft with its template from the library (None when the template is gone)."""
        template = self._ws.library.get(draft.template_id) if draft.template_id else None
        return Composition(draft, template)

    # opening ---------------------------------------------------------------------------------------
    def restore_last(self, defer_template: bool = False) -> Changes:
        """Open the draft open last time, else the newest, else a new one. While another program
        holds the database the new draft lives here only (id 0) until the first save gets through.

        `defer_template`: leave the template library unread (the window's first frame shows the
        text only); the first edit, or `refresh_template()`, looks the template up.

        A stored last draft id that is no SQLite id (not a whole number from 1 to MAX_ROW_ID) is
        ignored. Nothing is written here: another program writing to the file would hold the window
        up to the store's busy timeout (2 s). The next start-up makes the same choice; a draft the
        settings do not name yet (the last one is gone, or none was stored) is named with the
        first save."""
        store = self._ws.store
        try:
            last = store.settings.get(LAST_DRAFT_KEY)
            valid = type(last) is int and 0 < last <= MAX_ROW_ID  # not True, 1.0 or 2**64
            draft = store.drafts.get(last) if valid else None
            if draft is None:
                drafts = store.drafts.list()
                draft = drafts[0] if drafts else store.drafts.create()
        except StoreError:
            draft, last = Draft(id=0), None
        self.template_pending = defer_template and draft.template_id is not None
        self.composition = Composition(draft) if self.template_pending else self.composition_for(draft)
        self._dirty, self._touched = False, False
        self._remember_on_save = draft.id != last
        return Changes(composition="open")

    def _resolve(self) -> None:
        """The restored draft's template, before anything is done with it (see restore_last)."""
        if self.template_pending:
            self.template_pending = False
            self.composition = self.composition_for(self.draft)

    def show(self, draft: Draft, composition: Composition | None = None) -> Changes:
        """Make `draft` the open one (the current one is saved first; a failed save raises
        `StoreError` and nothing changes). `composition` is its new content when it was just filled
        (re-filled in the A/B variant its person gets, core/workspace/variants.py)."""
        self._resolve()
        if draft.id == self.draft.id and composition is None:
            return self.save()  # the open draft again: what was typed stays, and is saved
        if composition is not None:
            composition = self._in_variant(composition)
        changes = NOTHING
        if draft.id != self.draft.id:
            changes = self.save() | Changes(drafts=True)
            self._touched = False
            self._remember(draft)
        self.composition = composition or self.composition_for(draft)
        self._dirty = composition is not None
        return changes | Changes(composition="template" if composition else "open")

    def _remember(self, draft: Draft) -> None:
        self._remember_on_save = False
        if draft.id:
            try:
                self._ws.store.settings.set(LAST_DRAFT_KEY, draft.id)
            except StoreError:
                pass  # only the next start-up would open another draft

    # editing ---------------------------------------------------------------------------------------
    def _update(self, composition: Composition, source: str) -> Changes:
        self.composition = composition
        self._dirty = True
        if source in ("text", "value"):
            self._touched = True
        return Changes(composition=source)

    def use_template(self, template_id: str) -> Changes:
        """Fill a draft from a template: this one when it is blank, else a new one. Values typed in
        the blank draft are kept; the sender's name comes from the preferences."""
        template = self._ws.library.get(template_id)
        if template is None:
            return NOTHING
        blank = self.draft.is_blank or _only_greeting(self.draft)
        target = self.draft if blank else self._ws.store.drafts.create()
        person = self._ws.people.get(self.draft.prospect_id) if blank else None
        if person is not None:  # a person's blank draft (a follow-up): their details and their list's
            from inmail_studio.core.workspace import campaign

            values = {**campaign.values_for(self._ws, person, template), **self.draft.values}
        else:
            values = compose.template_values(self._ws.preferences, {}, self.draft.values if blank else {})
        return self.show(target, compose.start_from_template(target, template, values))

    def retemplate(self, template_id: str, list_values: dict[str, str], person: dict[str, str]) -> Changes:
        """Fill the open draft from another template (its list's new one), unless it was edited by hand."""
        self._resolve()
        template = self._ws.library.get(template_id)
        if template is None or self.draft.edited:
            return NOTHING
        values = {**compose.template_values(self._ws.preferences, list_values, person), **self.draft.values}
        return self._update(self._in_variant(compose.start_from_template(self.draft, template, values)), "template")

    def _in_variant(self, composition: Composition) -> Composition:
        if composition.template is None or not composition.template.variants:
            return composition
        from inmail_studio.core.workspace.variants import with_variant

        return with_variant(self._ws, composition)

    def set_value(self, name: str, value: str) -> Changes:
        """A value typed in the form; the text follows unless it was edited by hand."""
        self._resolve()
        changes = self._update(compose.set_value(self.composition, name, value), "value")
        return changes | self._ws.people.value_typed(self.draft, name, value)

    def set_text(self, subject: str, body: str) -> Changes:
        """The user typed in the subject or body."""
        self._resolve()
        updated = compose.set_text(self.composition, subject, body)
        return NOTHING if updated is self.composition else self._update(updated, "text")

    def set_kind(self, kind: str) -> Changes:
        """Another kind of message (only without a template: a template decides its kind)."""
        self._resolve()
        if kind not in KINDS or kind == self.composition.kind or self.composition.template is not None:
            return NOTHING
        return self._update(replace(self.composition, draft=replace(self.draft, kind=kind)), "kind")

    def set_language(self, language: str) -> Changes:
        """The message's language: "en", "nl" or "auto" (detected from the text)."""
        if language not in LANGUAGE_CHOICES or language == self.draft.language:
            return NOTHING
        return self._update(replace(self.composition, draft=replace(self.draft, language=language)), "kind")

    def reapply_template(self) -> Changes:
        """Fill the text from the template again, dropping the hand edits."""
        self._resolve()
        if self.composition.template is None:
            return NOTHING
        return self._update(compose.reapply_template(self.composition), "template")

    def refresh_template(self) -> Changes:
        """The library changed (or was not read yet): pick up this draft's template as it is now."""
        self.template_pending = False
        self.composition = self.composition_for(self.draft)
        return Changes(composition="open")

    # reading ---------------------------------------------------------------------------------------
    def message(self) -> Message:
        """The open draft as the coach checks it, with the user's preferences."""
        return self.composition.message(self._ws.preferences)

    def copy_text(self, part: str) -> str:
        """What to paste into LinkedIn: "subject", "body", or "all" (subject, blank line, body; the
        subject only for an InMail). Raises ValueError for another part."""
        if part not in COPY_PARTS:
            raise ValueError(f"unknown part {part!r}")
        draft = self.draft
        if part == "subject":
            return draft.subject if self.composition.kind == "inmail" else ""
        if part == "body":
            return draft.body
        subject = draft.subject.strip() if self.composition.kind == "inmail" else ""
        return f"{subject}\n\n{draft.body}" if subject else draft.body

    # saving ----------------------------------------------------------------------------------------
    def save(self) -> Changes:
        """Write the open draft when it changed. Raises `StoreError` (the text stays here and
        `dirty` stays True: call again later). When another window saved this draft in between,
        this text is kept as a new draft: `notice` "draft.kept_as_copy" (title, draft_id)."""
        if not self._dirty:
            return NOTHING
        saved, notice = self._write(self.draft)
        self.composition = replace(self.composition, draft=saved)
        self._dirty = False
        if self._remember_on_save:
            self._remember(saved)  # the file was free a moment ago: see restore_last
        changes = Changes(drafts=True, notice=notice)
        if saved.prospect_id is not None and self._touched:
            changes = changes | self._ws.people.mark_drafted(saved.prospect_id)
        return changes

    def _write(self, draft: Draft) -> tuple[Draft, Problem | None]:
        store = self._ws.store
        notice = None
        if draft.id:
            try:
                return store.drafts.save(draft), None
            except DraftChangedElsewhere:
                notice = Problem("draft.kept_as_copy", {"title": draft.display_title})
        created = store.drafts.create(**{name: getattr(draft, name) for name in _STORED})
        self._remember(created)
        if notice:
            notice = Problem(notice.code, {**notice.params, "draft_id": created.id})
        return created, notice


def _only_greeting(draft: Draft) -> bool:
    """A person's new message holding nothing but the greeting it was started with ("Hoi Zoë,"):
    a template chosen next fills this draft, for this person."""
    text = draft.body.strip()
    return (draft.prospect_id is not None and not draft.template_id and not draft.subject.strip()
            and "\n" not in text and text.endswith(","))
