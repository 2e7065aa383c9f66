# SPDX-License-Identifier: GPL-3.0-or-later
"""One way to compose: a template, a person's values, list-wide values and preferences make a message.

`compose()` is the single function the command line, bulk rendering and the window fill a template
with; `message_for()` turns text (filled in, or typed by hand) into the `Message` the coach checks,
with the user's preferences (account, limits, default language) applied the same way everywhere.

The open draft is a `Composition`: while its text is what the template renders, filling in a value
re-renders it at once. Once the user edits the text by hand it is theirs: values no longer overwrite
it until they ask to re-apply the template.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace

from inmail_studio.core.draft import Draft
from inmail_studio.core.errors import Problem
from inmail_studio.core.message import Message
from inmail_studio.core.settings import Preferences
from inmail_studio.core.templates import Template, TemplateError
from inmail_studio.core.templates.variants import VARIANT_KEY, chosen

# Who the message is for comes first in the form, whatever order the template uses them in.
FORM_FIRST = ("first_name", "last_name", "company", "position")


def readable_label(variable: str) -> str:
    """`recent_post` → "Recent post", `firstName` → "First name"."""
    spaced = "".join(f" {c.lower()}" if c.isupper() and i else c for i, c in enumerate(variable))
    words = spaced.replace("_", " ").replace("-", " ").split()
    return " ".join(words).capitalize() if words else variable


def template_values(preferences: Preferences, list_values: Mapping[str, str],
                    person: Mapping[str, str]) -> dict[str, str]:
    """The values a template is filled with: the sender's own (Settings), then the list's, then the
    person's; a later one wins."""
    return {**preferences.template_defaults(), **list_values, **person}


def fill(template: Template, values: Mapping[str, str]) -> tuple[str, str]:
    """The template's subject and body for `values` (blank lines around the body dropped), in the
    A/B variant `values` name (core/templates/variants.py), else the template's own text. A
    person's detail that looks empty ("x", "n/a": core/details.py) is left out: it stays to fill in.

    Raises `TemplateError` (a code and values, see core/templates/render.py).
    """
    from inmail_studio.core.details import without_empty_details

    subject, body = template.for_variant(chosen(values)).render(without_empty_details(template, values))
    return subject, body.strip("\n")


def message_for(kind: str, subject: str, body: str, language: str, values: Mapping[str, str],
                preferences: Preferences, template_mode: bool = False,
                list_wide: Collection[str] = ()) -> Message:
    """The message the coach checks: `language` "auto" follows the default language from Settings,
    the account and limits are the user's. `values` are the person's details (personalisation),
    less the `list_wide` ones (the template's campaign and sender fields, `list_wide_of`): a value
    the same for everyone in a list ("Ik werf voor Talentbrug") says nothing about this reader."""
    if language == "auto" and preferences.default_language != "auto":
        language = preferences.default_language
    return Message(kind=kind, subject=subject, body=body, language=language,
                   account=preferences.account, template_mode=template_mode,
                   prospect={k: v for k, v in values.items() if k != VARIANT_KEY and k not in list_wide},
                   limits=preferences.limits)


def list_wide_of(template: Template | None) -> tuple[str, ...]:
    """The template's list-wide variables in the order it uses them (`Template.list_wide`); none for
    no template or one that does not parse."""
    if template is None:
        return ()
    try:
        return tuple(template.list_wide)
    except TemplateError:
        return ()


@dataclass(frozen=True)
class Composed:
    """A template filled in for one person: the values used, the text and the message to coach."""

    values: Mapping[str, str]
    subject: str
    body: str
    message: Message


def compose(template: Template, person: Mapping[str, str], list_values: Mapping[str, str],
            preferences: Preferences) -> Composed:
    """Fill `template` for one person and make the message the coach checks; raises `TemplateError`."""
    values = template_values(preferences, list_values, person)
    subject, body = fill(template, values)
    return Composed(values, subject, body, message_for(template.kind, subject, body, template.language, values,
                                                        preferences, list_wide=list_wide_of(template)))


@dataclass(frozen=True)
class Composition:
    """The open draft and the template it was filled from; `error` says why the template could not
    be filled in (then the text is left as it was)."""

    draft: Draft
    template: Template | None = None
    error: Problem | None = None

    @property
    def kind(self) -> str:
        return self.template.kind if self.template else self.draft.kind

    @property
    def variant(self) -> str | None:
        """The template's A/B variant this draft is written from; None without variants."""
        if self.template is None or not self.template.variants:
            return None
        name = chosen(self.draft.values)
        return name if name in self.template.variant_names else None

    @property
    def variables(self) -> list[str]:
        """The template's variables, the person's name and company first (the form's order)."""
        if self.template is None:
            return []
        try:
            found = self.template.variables
        except TemplateError:
            return []
        return sorted(found, key=lambda name: FORM_FIRST.index(name) if name in FORM_FIRST else len(FORM_FIRST))

    def message(self, preferences: Preferences) -> Message:
        """The draft's text as the coach checks it (see `message_for`)."""
        d = self.draft
        return message_for(self.kind, d.subject, d.body, d.language, d.values, preferences,
                           list_wide=list_wide_of(self.template))


def _rendered(template: Template, values: Mapping[str, str]) -> tuple[str, str, Problem | None]:
    try:
        subject, body = fill(template, values)
        return subject, body, None
    except TemplateError as exc:
        return "", "", exc.problem


def start_from_template(draft: Draft, template: Template, values: Mapping[str, str] | None = None) -> Composition:
    """The draft filled from `template` with `values` (made with `template_values`)."""
    values = dict(values or {})
    subject, body, error = _rendered(template, values)
    new = replace(draft, template_id=template.id, kind=template.kind, language=template.language,
                  values=values, subject=subject, body=body, edited=False)
    return Composition(new, template, error)


def set_value(comp: Composition, name: str, value: str) -> Composition:
    """One value typed in the form; the text follows unless it was edited by hand."""
    values = {**comp.draft.values, name: value}
    if not value:
        values.pop(name, None)
    draft = replace(comp.draft, values=values)
    if comp.template is None or comp.draft.edited:
        return replace(comp, draft=draft)
    subject, body, error = _rendered(comp.template, values)
    if error:
        return Composition(draft, comp.template, error)
    return Composition(replace(draft, subject=subject, body=body), comp.template, None)


def set_text(comp: Composition, subject: str, body: str) -> Composition:
    """The user typed: the text is theirs from now on (unless it equals the rendered text)."""
    if subject == comp.draft.subject and body == comp.draft.body:
        return comp
    edited = False
    if comp.template is not None:
        rendered_subject, rendered_body, _ = _rendered(comp.template, comp.draft.values)
        edited = (subject, body) != (rendered_subject, rendered_body)
    return replace(comp, draft=replace(comp.draft, subject=subject, body=body, edited=edited))


def reapply_template(comp: Composition) -> Composition:
    """Fill the text from the template again, dropping the hand edits."""
    if comp.template is None:
        return comp
    return start_from_template(comp.draft, comp.template, comp.draft.values)
