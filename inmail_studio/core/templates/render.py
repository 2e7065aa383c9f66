# SPDX-License-Identifier: GPL-3.0-or-later
"""Render template text with Jinja2 in a sandbox; a missing value stays visible as a placeholder."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

MAX_SOURCE_CHARS = 100_000
MAX_OUTPUT_CHARS = 200_000
MAX_LOOP_NESTING = 2
MAX_RANGE = 1_000
RENDER_SECONDS = 1.0

_NAME_ORDER = re.compile(r"[A-Za-z_]\w*")


class TemplateError(Exception):
    """A template that cannot be rendered, with a message fit for the user."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(f"line {line}: {message}" if line else message)
        self.line = line
        self.detail = message


def _sandbox():  # type: ignore[no-untyped-def]
    from inmail_studio.core.templates import _sandbox

    return _sandbox


@lru_cache(maxsize=256)
def parse(source: str) -> Any:
    """The template's syntax tree; a TemplateError (with the line) for bad syntax or limits."""
    if len(source) > MAX_SOURCE_CHARS:
        raise TemplateError(f"the template is over {MAX_SOURCE_CHARS:,} characters")
    sandbox = _sandbox()
    from jinja2 import TemplateSyntaxError

    try:
        tree = sandbox.ENV.parse(source)
        nesting = sandbox.loop_nesting(tree)
    except TemplateSyntaxError as exc:
        raise TemplateError(exc.message or "syntax error", exc.lineno) from None
    except (RecursionError, MemoryError):
        raise TemplateError("the template is nested too deeply") from None
    if nesting > MAX_LOOP_NESTING:
        raise TemplateError(f"loops are nested {nesting} deep; at most {MAX_LOOP_NESTING} are allowed")
    return tree


@lru_cache(maxsize=256)
def _compiled(source: str) -> Any:
    """Compiled once per source text: rendering a list of prospects compiles the template once."""
    sandbox = _sandbox()
    try:
        return sandbox.ENV.from_string(sandbox.guard_loops(sandbox.ENV.parse(source)))
    except (SyntaxError, RecursionError, MemoryError):
        # Python's compiler refuses code nested past its limits (about 100 blocks deep).
        raise TemplateError("the template is nested too deeply") from None


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
            raise TemplateError("a template may print text and numbers, not Python objects")


def variables(source: str) -> list[str]:
    """Variables the template reads, in order of first use."""
    from jinja2 import meta

    names = meta.find_undeclared_variables(parse(source)) - set(_sandbox().ENV.globals)
    order = {m.group(): m.start() for m in reversed(list(_NAME_ORDER.finditer(source)))}
    return sorted(names, key=lambda n: order.get(n, len(source)))


def render(source: str, values: Mapping[str, str]) -> str:
    """Render `source`; empty values count as missing and stay visible as placeholders."""
    parse(source)
    from jinja2.exceptions import SecurityError, TemplateSyntaxError
    from jinja2.exceptions import TemplateError as JinjaError

    context = {k: v for k, v in values.items() if isinstance(v, str) and v.strip()}
    sandbox = _sandbox()
    try:
        template = _compiled(source)
        sandbox.start_clock(RENDER_SECONDS)
        out: list[str] = []
        size = 0
        for chunk in template.generate(context):
            out.append(chunk)
            size += len(chunk)
            if size > MAX_OUTPUT_CHARS:
                raise TemplateError(f"the rendered text is over {MAX_OUTPUT_CHARS:,} characters")
        text = "".join(out)
    except sandbox.TooSlow:
        raise TemplateError("rendering took too long and was stopped") from None
    except MemoryError:
        raise TemplateError("the template needs too much memory") from None
    except SecurityError as exc:
        raise TemplateError(f"not allowed in a template: {exc}") from None
    except TemplateSyntaxError as exc:
        raise TemplateError(exc.message or "syntax error", exc.lineno) from None
    except JinjaError as exc:  # UndefinedError and the rest
        raise TemplateError(str(exc)) from None
    except RecursionError:
        raise TemplateError("the template is nested too deeply") from None
    except (TypeError, ValueError, ArithmeticError, AttributeError, LookupError) as exc:
        raise TemplateError(f"the template could not be filled in: {exc}") from None
    _check_internals(text, source, context)
    return text
