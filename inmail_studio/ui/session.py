# SPDX-License-Identifier: GPL-3.0-or-later
"""The open draft: composing it from a template, autosaving it, and the drafts around it."""

from __future__ import annotations

from dataclasses import fields, replace

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from inmail_studio.core import compose
from inmail_studio.core.compose import Composition
from inmail_studio.core.draft import Draft
from inmail_studio.core.outreach.model import LogItem
from inmail_studio.core.prospects.model import Prospect
from inmail_studio.core.settings import SETTINGS_KEY, Preferences
from inmail_studio.core.store import DraftChangedElsewhere, Store, StoreError
from inmail_studio.core.templates import TemplateLibrary
from inmail_studio.ui.texts import describe, draft_title

AUTOSAVE_MS = 700
LAST_DRAFT_KEY = "last_draft_id"


class DraftSession(QObject):
    """Owns the current `Composition`; every change is autosaved after a short pause.

    `sig_changed(composition, source)` says what changed: "open" (another draft), "template"
    (a template was applied), "value" (a prospect field), "text" (the user typed) or "kind".
    """

    sig_changed = Signal(object, str)
    sig_drafts_changed = Signal()
    sig_save_failed = Signal(str)
    sig_saved = Signal()
    sig_notice = Signal(str)  # something the user should read (the draft was kept as a copy)
    sig_prospect_changed = Signal(int)  # a prospect's status changed

    def __init__(self, store: Store, library: TemplateLibrary, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.library = library
        self.preferences = Preferences.from_json(store.settings.get(SETTINGS_KEY))
        self._dirty = False
        self._touched = False
        self._switched = False
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)
        last = store.settings.get(LAST_DRAFT_KEY)
        draft = store.drafts.get(last) if isinstance(last, int) else None
        if draft is None:
            drafts = store.drafts.list()
            # While another program holds the database, the new draft lives in the window
            # (id 0) and is written with the first save that gets through.
            draft = drafts[0] if drafts else self._guard(store.drafts.create) or Draft(id=0)
        self.composition = self._composition_for(draft)
        if draft.id:
            self._guard(store.settings.set, LAST_DRAFT_KEY, draft.id)

    @property
    def draft(self) -> Draft:
        return self.composition.draft

    @property
    def dirty(self) -> bool:
        return self._dirty

    def _composition_for(self, draft: Draft) -> Composition:
        template = self.library.get(draft.template_id) if draft.template_id else None
        return Composition(draft, template)

    def _update(self, composition: Composition, source: str, save: bool = True) -> None:
        self.composition = composition
        if source in ("text", "value"):
            self._touched = True  # the user worked on it: a prospect's message is now "drafted"
        if save:
            self._dirty = True
            self._timer.start()
        self.sig_changed.emit(composition, source)
        if self._switched:
            self._switched = False
            self.sig_drafts_changed.emit()

    # what the user does -------------------------------------------------------------------
    def use_template(self, template_id: str) -> None:
        template = self.library.get(template_id)
        if template is None:
            return
        target = self.draft if self.draft.is_blank else self._new_draft_record()
        values = {**self.preferences.template_defaults(), **(self.draft.values if target is self.draft else {})}
        self._switch_to(target)
        self._update(compose.start_from_template(target, template, values), "template")

    def set_value(self, name: str, value: str) -> None:
        self._update(compose.set_value(self.composition, name, value), "value")

    def set_text(self, subject: str, body: str) -> None:
        updated = compose.set_text(self.composition, subject, body)
        if updated is not self.composition:
            self._update(updated, "text")

    def set_kind(self, kind: str) -> None:
        if kind != self.composition.kind and self.composition.template is None:
            self._update(replace(self.composition, draft=replace(self.draft, kind=kind)), "kind")

    def set_language(self, language: str) -> None:
        if language != self.draft.language:
            self._update(replace(self.composition, draft=replace(self.draft, language=language)), "kind")

    def reapply_template(self) -> None:
        self._update(compose.reapply_template(self.composition), "template")

    def set_preferences(self, preferences: Preferences) -> None:
        self.preferences = preferences
        self.store.settings.set(SETTINGS_KEY, preferences.to_json())
        self.sig_changed.emit(self.composition, "kind")

    def refresh_template(self) -> None:
        """The library changed: pick up the new version of this draft's template."""
        self._update(self._composition_for(self.draft), "open", save=False)

    # drafts -------------------------------------------------------------------------------
    def _new_draft_record(self) -> Draft:
        return self.store.drafts.create(kind=self.draft.kind if self.composition.template is None else "inmail")

    def _switch_to(self, draft: Draft) -> None:
        if draft.id != self.draft.id:
            self.save_now()
            self._touched = False
            self.store.settings.set(LAST_DRAFT_KEY, draft.id)
            self._switched = True  # the drafts list is told once the new draft is current

    def new_draft(self) -> None:
        if self.draft.is_blank and self.draft.prospect_id is None:
            return
        draft = self._new_draft_record()
        self._switch_to(draft)
        self._update(self._composition_for(draft), "open", save=False)

    def open_prospect(self, prospect: Prospect, template_id: str | None, shared: dict[str, str]) -> None:
        """Write to one prospect of a list: their own draft, or a new one from the list's template.

        `shared` holds values the user typed for variables no prospect has (their own name,
        say); they carry over from one prospect to the next.
        """
        if prospect.id is None:
            return
        draft = self.store.drafts.for_prospect(prospect.id)
        template = self.library.get(template_id) if template_id else None
        if draft is None:
            draft = self.store.drafts.create(prospect_id=prospect.id, title=prospect.name)
            self._switch_to(draft)
            if template is not None:
                values = {**self.preferences.template_defaults(), **shared, **prospect.values()}
                self._update(compose.start_from_template(draft, template, values), "template")
                return
        self._switch_to(draft)
        self._update(self._composition_for(draft), "open", save=False)

    def retemplate(self, template_id: str, values: dict[str, str]) -> None:
        """Fill the open draft from another template, unless its text was edited by hand."""
        template = self.library.get(template_id)
        if template is None or self.draft.edited:
            return
        values = {**self.preferences.template_defaults(), **values, **self.draft.values}
        self._update(compose.start_from_template(self.draft, template, values), "template")

    def open_draft(self, draft_id: int) -> None:
        if draft_id == self.draft.id:
            return
        draft = self.store.drafts.get(draft_id)
        if draft is None:
            return
        self._switch_to(draft)
        self._update(self._composition_for(draft), "open", save=False)

    def rename_draft(self, draft_id: int, title: str) -> None:
        updated_at = self._guard(self.store.drafts.rename, draft_id, title)
        if draft_id == self.draft.id and updated_at is not None:
            renamed = replace(self.draft, title=title.strip(), updated_at=updated_at)
            self.composition = replace(self.composition, draft=renamed)
        self.sig_drafts_changed.emit()

    def duplicate_draft(self, draft_id: int) -> None:
        self.save_now()
        original = self.store.drafts.get(draft_id)
        title = self.tr("%s (copy)") % draft_title(original.display_title if original else "")
        copy = self._guard(self.store.drafts.duplicate, draft_id, title)
        if copy is not None:
            self._switch_to(copy)
            self._update(self._composition_for(copy), "open", save=False)

    def delete_draft(self, draft_id: int) -> None:
        """Soft delete; `restore_draft` undoes it. The open draft moves to the next one."""
        self.save_now()
        self._guard(self.store.drafts.delete, draft_id)
        if draft_id == self.draft.id:
            remaining = self.store.drafts.list()
            draft = remaining[0] if remaining else self.store.drafts.create()
            self._switch_to(draft)
            self._update(self._composition_for(draft), "open", save=False)
        self.sig_drafts_changed.emit()

    def restore_draft(self, draft_id: int) -> None:
        self._guard(self.store.drafts.restore, draft_id)
        self.open_draft(draft_id)
        self.sig_drafts_changed.emit()

    def mark_sent(self) -> LogItem | None:
        """Record the message as sent; None when it failed or this very text was already recorded."""
        self.save_now()
        if self.store.sent.was_sent(self.draft):
            return None
        record = self._guard(self.store.sent.record, self.draft)
        if record is not None:
            self.sig_drafts_changed.emit()  # the drafts list shows which were sent
            if self.draft.prospect_id is not None:
                self._guard(self.store.prospects.set_status, self.draft.prospect_id, "sent", record.sent_at)
                self.sig_prospect_changed.emit(self.draft.prospect_id)
        return record

    @Slot()
    def save_now(self) -> bool:
        self._timer.stop()
        if not self._dirty:
            return True
        saved = self._guard(self._write_draft, self.draft)
        if saved is None:
            self._timer.start()  # try again after the next pause; the text stays in the window
            return False
        self.composition = replace(self.composition, draft=saved)
        self._dirty = False
        if saved.prospect_id is not None and self._touched:
            prospect = self.store.prospects.get(saved.prospect_id)
            if prospect is not None and prospect.status == "todo":
                self._guard(self.store.prospects.set_status, saved.prospect_id, "drafted")
                self.sig_prospect_changed.emit(saved.prospect_id)
        self.sig_saved.emit()
        self.sig_drafts_changed.emit()
        return True

    def _write_draft(self, draft: Draft) -> Draft:
        if draft.id:
            try:
                return self.store.drafts.save(draft)
            except DraftChangedElsewhere:
                # The app is open twice on this draft and the other window saved first: keep
                # both texts, this one as a new draft, and say so.
                draft = replace(draft, title=self.tr("%s (from a second window)") % draft_title(draft.display_title))
                self.sig_notice.emit(self.tr(
                    "This draft was changed in another InMail Studio window. Your text here was kept "
                    "as a separate draft, “%s”; the other version is unchanged.") % draft.title)
        created = self.store.drafts.create(**{f.name: getattr(draft, f.name) for f in fields(Draft)
                                             if f.name not in ("id", "created_at", "updated_at")})
        self.store.settings.set(LAST_DRAFT_KEY, created.id)
        return created

    def _guard(self, action, *args):  # type: ignore[no-untyped-def]
        try:
            return action(*args)
        except StoreError as exc:
            self.sig_save_failed.emit(describe(exc))
            return None
