# SPDX-License-Identifier: GPL-3.0-or-later
"""Render template text with Jinja2 in a sandbox; a missing value stays visible as a placeholder."""

from __future__ import annotations

import re
import time
from collections.abc import Mapping

from jinja2 import TemplateSyntaxError, Undefined, nodes
from jinja2.exceptions import SecurityError, UndefinedError
from jinja2.exceptions import TemplateError as JinjaError
from jinja2.sandbox import SandboxedEnvironment

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


class VisibleUndefined(Undefined):
    """Renders a missing variable as `{{ name }}` so the linter flags it instead of a hole.

    Undefined values the sandbox made for forbidden attributes raise instead.
    """

    __slots__ = ()

    def __str__(self) -> str:
        if self._undefined_exception is SecurityError:
            self._fail_with_undefined_error()
        if self._undefined_name is None:
            return ""
        return f"{{{{ {self._undefined_name} }}}}"


def _safe_range(*args: int) -> range:
    result = range(*args)
    if len(result) > MAX_RANGE:
        raise SecurityError(f"range() of more than {MAX_RANGE} items is not allowed in a template")
    return result


class _Sandbox(SandboxedEnvironment):
    """The sandbox, plus limits on * and ** so a huge string cannot hang the window."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context, operator, left, right):  # type: ignore[no-untyped-def]
        if operator == "**" and isinstance(right, int) and abs(right) > 64:
            raise SecurityError("exponent too large in a template")
        if operator == "*":
            for seq, count in ((left, right), (right, left)):
                if isinstance(seq, str | list | tuple) and isinstance(count, int):
                    if len(seq) * count > MAX_OUTPUT_CHARS:
                        raise SecurityError("repeated text too long in a template")
        return super().call_binop(context, operator, left, right)


def _environment() -> SandboxedEnvironment:
    env = _Sandbox(undefined=VisibleUndefined, autoescape=False, keep_trailing_newline=True)
    env.globals["range"] = _safe_range
    return env


ENV = _environment()


def _loop_nesting(node: nodes.Node, depth: int = 0) -> int:
    deepest = depth
    for child in node.iter_child_nodes():
        inner = depth + 1 if isinstance(child, nodes.For) else depth
        deepest = max(deepest, _loop_nesting(child, inner))
    return deepest


def parse(source: str) -> nodes.Template:
    if len(source) > MAX_SOURCE_CHARS:
        raise TemplateError(f"the template is over {MAX_SOURCE_CHARS:,} characters")
    try:
        tree = ENV.parse(source)
        nesting = _loop_nesting(tree)
    except TemplateSyntaxError as exc:
        raise TemplateError(exc.message or "syntax error", exc.lineno) from None
    except RecursionError:
        raise TemplateError("the template is nested too deeply") from None
    if nesting > MAX_LOOP_NESTING:
        raise TemplateError(f"loops are nested {nesting} deep; at most {MAX_LOOP_NESTING} are allowed")
    return tree


def variables(source: str) -> list[str]:
    """Variables the template reads, in order of first use."""
    from jinja2 import meta

    names = meta.find_undeclared_variables(parse(source)) - set(ENV.globals)
    order = {m.group(): m.start() for m in reversed(list(_NAME_ORDER.finditer(source)))}
    return sorted(names, key=lambda n: order.get(n, len(source)))


def render(source: str, values: Mapping[str, str]) -> str:
    """Render `source`; empty values count as missing and stay visible as placeholders."""
    parse(source)
    context = {k: v for k, v in values.items() if isinstance(v, str) and v.strip()}
    deadline = time.monotonic() + RENDER_SECONDS
    try:
        template = ENV.from_string(source)
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
    except UndefinedError as exc:
        raise TemplateError(str(exc)) from None
    except JinjaError as exc:
        raise TemplateError(str(exc)) from None
    except RecursionError:
        raise TemplateError("the template is nested too deeply") from None
    except (TypeError, ValueError, ArithmeticError, AttributeError, LookupError) as exc:
        raise TemplateError(f"the template could not be filled in: {exc}") from None
