# SPDX-License-Identifier: GPL-3.0-or-later
"""The message being composed: a template, the values filled in for one prospect, and the text.

While the text is what the template renders, filling in a value re-renders it at once. Once
the user edits the text by hand it is theirs: values no longer overwrite it until they ask
to re-apply the template.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from inmail_studio.core.draft import Draft
from inmail_studio.core.message import Message
from inmail_studio.core.settings import Preferences
from inmail_studio.core.templates import Template, TemplateError

# Who the message is for comes first in the form, whatever order the template uses them in.
FORM_FIRST = ("first_name", "last_name", "company", "position")


def readable_label(variable: str) -> str:
    """`recent_post` → "Recent post", `firstName` → "First name"."""
    spaced = "".join(f" {c.lower()}" if c.isupper() and i else c for i, c in enumerate(variable))
    words = spaced.replace("_", " ").replace("-", " ").split()
    return " ".join(words).capitalize() if words else variable


@dataclass(frozen=True)
class Composition:
    draft: Draft
    template: Template | None = None
    error: str | None = None  # why the template could not be rendered, for the user

    @property
    def kind(self) -> str:
        return self.template.kind if self.template else self.draft.kind

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
        language = self.draft.language
        if language == "auto" and preferences.default_language != "auto":
            language = preferences.default_language
        return Message(kind=self.kind, subject=self.draft.subject, body=self.draft.body, language=language,
                       account=preferences.account, prospect=dict(self.draft.values), limits=preferences.limits)


def _rendered(template: Template, values: Mapping[str, str]) -> tuple[str, str, str | None]:
    try:
        subject, body = template.render(values)
        return subject, body.strip("\n"), None
    except TemplateError as exc:
        return "", "", str(exc)


def start_from_template(draft: Draft, template: Template, values: Mapping[str, str] | None = None) -> Composition:
    values = dict(values or {})
    subject, body, error = _rendered(template, values)
    new = replace(draft, template_id=template.id, kind=template.kind, language=template.language,
                  values=values, subject=subject, body=body, edited=False)
    return Composition(new, template, error)


def set_value(comp: Composition, name: str, value: str) -> Composition:
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
    if comp.template is None:
        return comp
    return start_from_template(comp.draft, comp.template, comp.draft.values)
