# SPDX-License-Identifier: GPL-3.0-or-later
"""Templates as TOML files: the built-in library, and the user's own that override it by id."""

from __future__ import annotations

import errno
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

from inmail_studio.core.errors import Problem
from inmail_studio.core.files import atomic_write_text
from inmail_studio.core.message import KINDS, LANGUAGES
from inmail_studio.core.templates import render as _render
from inmail_studio.core.templates.errors import TemplateFieldError, TemplateFileError, clean
from inmail_studio.core.templates.fields import checked_fields
from inmail_studio.core.templates.variants import Variant, check_variants, parse_variants, variant_text, variants_toml

GOALS = ("recruiting", "sales", "networking")
DMU_ROLES = ("initiator", "influencer", "gatekeeper", "decision maker", "buyer", "user")
PHASES = ("ZMOT", "FMOT", "SMOT")
_ID = re.compile(r"^[a-z0-9][a-z0-9\-_]{0,79}$")
_VARIABLE = re.compile(r"^[A-Za-z_]\w{0,79}$")
SENDER_PREFIX = "sender_"  # the sender's own variables come from Settings, never from a person


@dataclass(frozen=True)
class Template:
    id: str
    title: str
    kind: str
    language: str
    description: str
    subject: str
    body: str
    goal: str = "networking"
    dmu: tuple[str, ...] = ()
    phase: str = ""
    sample: Mapping[str, str] = field(default_factory=dict)
    builtin: bool = False
    campaign: tuple[str, ...] = ()  # list-wide variables: the same for everyone in a list
    variants: tuple[Variant, ...] = ()  # A/B variants (core/templates/variants.py): none, or two or more

    def __post_init__(self) -> None:
        """Raises TemplateFieldError for an id, kind, language, goal, DMU role, phase, campaign
        field or variant the file format does not allow."""
        if not _ID.match(self.id):
            raise TemplateFieldError("template_file.bad_id", template=self.id)
        for name, value, allowed in (("kind", self.kind, KINDS), ("language", self.language, LANGUAGES),
                                     ("goal", self.goal, GOALS), ("phase", self.phase or PHASES[0], PHASES)):
            if value not in allowed:
                raise TemplateFieldError("template_file.bad_choice", template=self.id, field=name,
                                         allowed=", ".join(allowed))
        if bad := [r for r in self.dmu if r not in DMU_ROLES]:
            raise TemplateFieldError("template_file.bad_dmu_role", template=self.id, role=str(bad[0]))
        if bad := [n for n in self.campaign if not isinstance(n, str) or not _VARIABLE.match(n)]:
            raise TemplateFieldError("template_file.bad_campaign_field", template=self.id, name=str(bad[0]))
        check_variants(self.id, self.kind, self.variants)

    @property
    def tags(self) -> list[str]:
        return [self.goal, *self.dmu, *([self.phase] if self.phase else [])]

    @cached_property
    def variables(self) -> list[str]:
        """Variables of subject and body, in order of first use."""
        texts = [self.subject, *(v.subject or "" for v in self.variants)] if self.kind == "inmail" else []
        texts += [self.body, *(v.body or "" for v in self.variants)]
        names: list[str] = []
        for text in texts:
            names += [n for n in _render.variables(text) if n not in names]
        return names

    @property
    def variant_names(self) -> tuple[str, ...]:
        """The A/B variants' names in file order; () for a template without variants."""
        return tuple(v.name for v in self.variants)

    def for_variant(self, name: str | None) -> Template:
        """This template with variant `name`'s subject and body as its own (itself when it has no
        variants or `name` is not one of them)."""
        if not self.variants or name not in self.variant_names:
            return self
        subject, body = variant_text(self.variants, name, self.subject, self.body)
        return replace(self, subject=subject, body=body, variants=())

    @property
    def list_wide(self) -> list[str]:
        """Variables with one value for a whole list: the campaign fields and the sender's own
        (`sender_*`), in the order the template uses them."""
        return [n for n in self.variables if n in self.campaign or n.startswith(SENDER_PREFIX)]

    @property
    def per_person(self) -> list[str]:
        """Variables each person has their own value for: every variable but the list-wide ones."""
        shared = set(self.list_wide)
        return [n for n in self.variables if n not in shared]

    def render(self, values: Mapping[str, str]) -> tuple[str, str]:
        subject = _render.render(self.subject, values) if self.kind == "inmail" else ""
        return subject, _render.render(self.body, values)

    def with_changes(self, **changes: object) -> Template:
        return replace(self, **changes)  # type: ignore[arg-type]

    def to_toml(self) -> str:
        lines = [f"{key} = {_toml_string(getattr(self, key))}" for key in
                 ("id", "title", "kind", "language", "description", "goal")]
        lines.append("dmu = [" + ", ".join(_toml_string(r) for r in self.dmu) + "]")
        lines.append(f"phase = {_toml_string(self.phase)}")
        if self.campaign:
            lines.append("campaign = [" + ", ".join(_toml_string(n) for n in self.campaign) + "]")
        lines.append(f"subject = {_toml_string(self.subject)}")
        lines.append(f"body = {_toml_string(self.body)}")
        if self.sample:
            lines.append("\n[sample]")
            lines += [f"{_toml_string(k)} = {_toml_string(v)}" for k, v in self.sample.items()]
        lines += variants_toml(self.variants, _toml_string)
        return "\n".join(lines) + "\n"


def _toml_string(value: str) -> str:
    """A TOML basic string (multi-line when the text has line breaks) that round-trips exactly."""
    out = []
    for char in value:
        code = ord(char)
        if char == "\\":
            out.append("\\\\")
        elif char == '"':
            out.append('\\"')
        elif char == "\n":
            out.append("\n")
        elif char == "\t":
            out.append("\\t")
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\u{code:04x}")
        elif 0xD800 <= code <= 0xDFFF:
            out.append("\ufffd")  # a lone surrogate cannot be stored as UTF-8
        else:
            out.append(char)
    text = "".join(out)
    if "\n" in text:
        return '"""\n' + text + '"""'
    return f'"{text}"'


def template_from_toml(text: str, *, builtin: bool = False, source: str = "") -> Template:
    """The template in a template file's text (a leading byte order mark is ignored); `source`, the
    file's name, goes into the errors. Raises TemplateFileError: "template_file.invalid" (detail:
    the TOML parser's words), "template_file.too_deep" (lists or tables nested past Python's
    recursion limit), "template_file.missing_key" (key), the field checks' codes (core/templates/
    fields.py, variants.py and Template's own) and, as a last resort, "template_file.bad_value"."""
    import tomllib  # on first read: kept off start-up

    try:
        data = tomllib.loads(text.removeprefix("\ufeff"))
        return Template(**checked_fields(data), builtin=builtin, campaign=_names(data.get("campaign", ())),
                        variants=parse_variants(data.get("variants")))
    except tomllib.TOMLDecodeError as exc:
        raise TemplateFileError("template_file.invalid", source=source, detail=str(exc)) from None
    except RecursionError:
        raise TemplateFileError("template_file.too_deep", source=source) from None
    except KeyError as exc:
        raise TemplateFileError("template_file.missing_key", source=source, key=str(exc.args[0])) from None
    except TemplateFieldError as exc:
        raise TemplateFileError(exc.code, source=source, **exc.params) from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise TemplateFileError("template_file.bad_value", source=source, detail=clean(str(exc))) from None


def _names(value: object) -> tuple[str, ...]:
    """`campaign = [...]` as a tuple of names; TemplateFieldError for anything but a list of strings."""
    if not isinstance(value, list | tuple) or not all(isinstance(n, str) for n in value):
        raise TemplateFieldError("template_file.campaign_not_list")
    return tuple(dict.fromkeys(value))


class TemplateLibrary:
    """Built-in templates from resources/, overridden by the user's own with the same id.

    The files are read on first use (the window's first frame does not wait for them), and again
    after `reload()`, `save()` and `delete()`.
    """

    def __init__(self, builtin_dir: Path, user_dir: Path) -> None:
        self.builtin_dir = builtin_dir
        self.user_dir = user_dir
        self._errors: list[Problem] = []
        self._loaded: dict[str, Template] | None = None

    @property
    def _templates(self) -> dict[str, Template]:
        if self._loaded is None:
            self.reload()
        assert self._loaded is not None
        return self._loaded

    @property
    def errors(self) -> list[Problem]:
        """Files that could not be read (TemplateFileError codes, with the file's name)."""
        self._templates  # noqa: B018  (read the files first)
        return self._errors

    def _read_dir(self, folder: Path, builtin: bool) -> Iterable[Template]:
        if not folder.is_dir():
            return
        for path in sorted(folder.glob("*.toml")):
            try:
                yield template_from_toml(path.read_text(encoding="utf-8"), builtin=builtin, source=path.name)
            except OSError as exc:
                self._errors.append(Problem("template_file.unreadable", {
                    "source": path.name, "detail": exc.strerror or type(exc).__name__,
                    "errno": errno.errorcode.get(exc.errno or 0, "")}))
            except UnicodeDecodeError:
                self._errors.append(Problem("template_file.not_utf8", {"source": path.name}))
            except TemplateFileError as exc:
                self._errors.append(exc.problem)

    def reload(self) -> None:
        """Read the template files again (built-in, then the user's own)."""
        self._errors = []
        found = {t.id: t for t in self._read_dir(self.builtin_dir, builtin=True)}
        found.update({t.id: t for t in self._read_dir(self.user_dir, builtin=False)})
        self._loaded = dict(sorted(found.items(), key=lambda item: (item[1].language, item[1].title)))

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._templates.values())

    def __len__(self) -> int:
        return len(self._templates)

    def get(self, template_id: str) -> Template | None:
        return self._templates.get(template_id)

    def is_overridden(self, template_id: str) -> bool:
        return (self.user_dir / f"{template_id}.toml").exists() and (self.builtin_dir / f"{template_id}.toml").exists()

    def save(self, template: Template) -> Template:
        """Save as a user template (the file is written atomically)."""
        saved = template.with_changes(builtin=False)
        atomic_write_text(self.user_dir / f"{saved.id}.toml", saved.to_toml())
        self.reload()
        return saved

    def delete(self, template_id: str) -> None:
        """Delete the user's template; a built-in one it overrode comes back."""
        (self.user_dir / f"{template_id}.toml").unlink(missing_ok=True)
        self.reload()

    def unique_id(self, base: str) -> str:
        base = re.sub(r"[^a-z0-9\-]+", "-", base.lower()).strip("-")[:70] or "template"
        candidate, n = base, 2
        while candidate in self._templates:
            candidate, n = f"{base}-{n}", n + 1
        return candidate
