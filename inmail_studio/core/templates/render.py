# SPDX-License-Identifier: GPL-3.0-or-later
"""Render template text with Jinja2 in a sandbox; a missing value stays visible as a placeholder."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from inmail_studio.core.templates.errors import TemplateError, from_jinja
from inmail_studio.core.templates.limits import (
    MAX_LOOP_NESTING,
    MAX_OUTPUT_CHARS,
    MAX_SOURCE_CHARS,
    RENDER_SECONDS,
)

_NAME_ORDER = re.compile(r"[A-Za-z_]\w*")


def _sandbox():  # type: ignore[no-untyped-def]
    from inmail_studio.core.templates import _sandbox

    return _sandbox


@lru_cache(maxsize=256)
def parse(source: str) -> Any:
    """The template's syntax tree; a TemplateError (with the line) for bad syntax or limits."""
    if len(source) > MAX_SOURCE_CHARS:
        raise TemplateError("template.too_long", limit=MAX_SOURCE_CHARS)
    sandbox = _sandbox()
    from jinja2 import TemplateSyntaxError

    try:
        tree = sandbox.ENV.parse(source)
        nesting = sandbox.loop_nesting(tree)
    except TemplateSyntaxError as exc:
        raise from_jinja(exc.message or "", exc.lineno, "template.syntax") from None
    except (RecursionError, MemoryError):
        raise TemplateError("template.nested") from None
    if nesting > MAX_LOOP_NESTING:
        raise TemplateError("template.loops_nested", depth=nesting, limit=MAX_LOOP_NESTING)
    return tree


@lru_cache(maxsize=256)
def _compiled(source: str) -> Any:
    """Compiled once per source text: rendering a list of prospects compiles the template once."""
    sandbox = _sandbox()
    try:
        return sandbox.ENV.from_string(sandbox.guard_loops(sandbox.ENV.parse(source)))
    except (SyntaxError, RecursionError, MemoryError):
        # Python's compiler refuses code nested past its limits (about 100 blocks deep).
        raise TemplateError("template.nested") from None


# What only a Python object prints: a repr, a memory address. A template that makes one (by
# `|string`, `~`, `|join`, a format) shows internals; the renderer refuses its output instead.
_INTERNALS = re.compile(
    r"(?:<|%3c|&lt;|&#60;)\s*(?:class|function|built-in|bound method|method|module|macro|loopcontext|"
    r"templatereference|template|generator|async_generator|coroutine|frame|code object|cell|"
    r"[\w.]+ object|jinja2|inmail_studio|undefined)\b"
    r"|(?:\s|%20|\+)at(?:\s|%20|\+)0x[0-9a-f]{4,}|\b0x[0-9a-f]{8,}\b",
    re.IGNORECASE,
)

def _check_internals(text: str, source: str, values: Mapping[str, str]) -> None:
    if "<" not in text and "&" not in text and "%3" not in text and "0x" not in text and "0X" not in text:
        return  # the usual case, decided without the pattern
    for match in _INTERNALS.finditer(text):
        shown = match.group().lower()
        if shown not in source.lower() and not any(shown in v.lower() for v in values.values()):
            raise TemplateError("template.python_object")


def variables(source: str) -> list[str]:
    """Variables the template reads, in order of first use."""
    from jinja2 import meta

    names = meta.find_undeclared_variables(parse(source)) - set(_sandbox().ENV.globals)
    order = {m.group(): m.start() for m in reversed(list(_NAME_ORDER.finditer(source)))}
    return sorted(names, key=lambda n: order.get(n, len(source)))


def _generate(template: Any, context: dict[str, str], sandbox: Any) -> str:
    """The rendered text, stopped at the deadline or at MAX_OUTPUT_CHARS."""
    sandbox.start_clock(RENDER_SECONDS)
    out: list[str] = []
    size = 0
    for chunk in template.generate(context):
        out.append(chunk)
        size += len(chunk)
        if size > MAX_OUTPUT_CHARS:
            raise TemplateError("template.output_too_long", limit=MAX_OUTPUT_CHARS)
    return "".join(out)


def render(source: str, values: Mapping[str, str]) -> str:
    """Render `source`; empty values count as missing and stay visible as placeholders.

    Every error leaves here as a `TemplateError` with a code (see core/templates/errors.py) and
    values cleaned of Python internals: this is the one place errors leave the sandbox.
    """
    parse(source)
    from jinja2.exceptions import SecurityError, TemplateSyntaxError
    from jinja2.exceptions import TemplateError as JinjaError

    context = {k: v for k, v in values.items() if isinstance(v, str) and v.strip()}
    sandbox = _sandbox()
    try:
        text = _generate(_compiled(source), context, sandbox)
    except sandbox.TooSlow:
        raise TemplateError("template.too_slow") from None
    except MemoryError:
        raise TemplateError("template.memory") from None
    except sandbox.Refused as exc:
        raise TemplateError(exc.code, **exc.params) from None
    except SecurityError as exc:
        raise from_jinja(str(exc), None, "template.not_allowed") from None
    except TemplateSyntaxError as exc:
        raise from_jinja(exc.message or "", exc.lineno, "template.syntax") from None
    except JinjaError as exc:  # UndefinedError and the rest
        raise from_jinja(str(exc)) from None
    except RecursionError:
        raise TemplateError("template.nested") from None
    except (TypeError, ValueError, ArithmeticError, AttributeError, LookupError) as exc:
        raise from_jinja(str(exc)) from None
    _check_internals(text, source, context)
    return text
