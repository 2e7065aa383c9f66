# SPDX-License-Identifier: GPL-3.0-or-later
"""Render template text with Jinja2 in a sandbox; a missing value stays visible as a placeholder."""

from __future__ import annotations

import re
import time
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
    except RecursionError:
        raise TemplateError("the template is nested too deeply") from None
    if nesting > MAX_LOOP_NESTING:
        raise TemplateError(f"loops are nested {nesting} deep; at most {MAX_LOOP_NESTING} are allowed")
    return tree


@lru_cache(maxsize=256)
def _compiled(source: str) -> Any:
    """Compiled once per source text: rendering a list of prospects compiles the template once."""
    return _sandbox().ENV.from_string(source)


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
    deadline = time.monotonic() + RENDER_SECONDS
    try:
        template = _compiled(source)
        out: list[str] = []
        size = 0
        for chunk in template.generate(context):
            out.append(chunk)
            size += len(chunk)
            if size > MAX_OUTPUT_CHARS:
                raise TemplateError(f"the rendered text is over {MAX_OUTPUT_CHARS:,} characters")
            if time.monotonic() > deadline:
                raise TemplateError("rendering took too long and was stopped")
        return "".join(out)
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
