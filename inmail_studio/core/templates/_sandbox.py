# SPDX-License-Identifier: GPL-3.0-or-later
"""The Jinja2 sandbox templates run in; imported on first render so start-up does not pay for it."""

from __future__ import annotations

from jinja2 import Undefined, nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from inmail_studio.core.templates.render import MAX_OUTPUT_CHARS, MAX_RANGE


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


def _plain(value: object, depth: int = 0) -> bool:
    """Text, numbers, and lists or mappings of them: all a message may print."""
    if value is None or isinstance(value, str | int | float | Undefined):
        return True
    if depth < 4 and isinstance(value, list | tuple | set | frozenset):
        return all(_plain(item, depth + 1) for item in value)
    if depth < 4 and isinstance(value, dict):
        return all(_plain(k, depth + 1) and _plain(v, depth + 1) for k, v in value.items())
    return False


def _finalize(value: object) -> object:
    """Every {{ … }} passes here: a function or object would print Python internals, so it may not."""
    if not _plain(value):
        raise SecurityError(f"a template may print text and numbers, not a {type(value).__name__}")
    return value


def _environment() -> SandboxedEnvironment:
    env = _Sandbox(undefined=VisibleUndefined, autoescape=False, keep_trailing_newline=True, finalize=_finalize)
    # Only what messages need: no lipsum, cycler, joiner or namespace helpers.
    env.globals.clear()
    env.globals.update(range=_safe_range, dict=dict)
    return env


ENV = _environment()


def loop_nesting(node: nodes.Node, depth: int = 0) -> int:
    deepest = depth
    for child in node.iter_child_nodes():
        inner = depth + 1 if isinstance(child, nodes.For) else depth
        deepest = max(deepest, loop_nesting(child, inner))
    return deepest
