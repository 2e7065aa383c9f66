# SPDX-License-Identifier: GPL-3.0-or-later
"""The Jinja2 sandbox templates run in; imported on first render so start-up does not pay for it.

Jinja2's `SandboxedEnvironment` keeps a template away from Python's internals. A template from a
shared folder can still try to hang the window or fill the memory, so on top of it:

- every loop runs through `timed`, which checks the render deadline as it goes (`guard_loops`
  rewrites each `{% for %}` to iterate through it), and every call checks it too;
- operators and methods that build big strings or numbers (`*`, `**`, `%`, `str.format`,
  `center`, `replace`, `join`, `indent`, …) check the size of their result *before* building it;
- `render.py` scans the output for what only Python objects print (reprs, addresses).
"""

from __future__ import annotations

import re
import string
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from functools import wraps
from typing import Any

from jinja2 import Undefined, nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from inmail_studio.core.templates.errors import clean
from inmail_studio.core.templates.limits import MAX_INT_BITS, MAX_OUTPUT_CHARS, MAX_PARTS, MAX_RANGE

_CHECK_EVERY = 256  # loop items between two looks at the clock


class TooSlow(SecurityError):
    """The render deadline passed."""


class Refused(SecurityError):
    """Something our limits refuse: a TemplateError code and its values (see templates/errors.py)."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


_state = threading.local()


def start_clock(seconds: float) -> None:
    """Start the deadline for a render on this thread."""
    _state.deadline = time.monotonic() + seconds


def check_clock() -> None:
    deadline = getattr(_state, "deadline", None)
    if deadline is not None and time.monotonic() > deadline:
        raise TooSlow("rendering took too long and was stopped")


def timed(items: Iterable[Any]) -> Iterator[Any]:
    """Every `{% for %}` iterates through here (see `guard_loops`)."""
    check_clock()
    for n, item in enumerate(items, 1):
        if n % _CHECK_EVERY == 0:
            check_clock()
        yield item


def guard_loops(tree: nodes.Template) -> nodes.Template:
    """Make every loop in `tree` iterate through `timed`, macros and nested blocks included."""
    for loop in tree.find_all(nodes.For):
        loop.iter = nodes.Filter(loop.iter, "_timed", [], [], None, None, lineno=loop.lineno)
    return tree


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
        raise Refused("template.range_too_long", limit=MAX_RANGE)
    return result


def _too_long(size: int, what: str = "text") -> None:
    if size > MAX_OUTPUT_CHARS:
        raise Refused("template.output_too_long", limit=MAX_OUTPUT_CHARS)


def _check_width(width: object) -> None:
    if isinstance(width, int) and width > MAX_OUTPUT_CHARS:
        _too_long(width, "padded text")


def _format_widths(spec: str) -> int:
    """The sum of the numbers in a format spec ('>20', '08.3f'); nested fields are refused."""
    if "{" in spec or "*" in spec:
        raise Refused("template.width_from_value")
    total, digits = 0, ""
    for char in spec + " ":
        if char.isdigit():
            digits += char
        elif digits:
            total, digits = total + int(digits[:12]), ""
    return total


# A printf conversion: %[(key)][flags][width][.precision][length]type
_PERCENT_SPEC = re.compile(r"%(?:\([^)]*\))?[#0\- +]*(\*|\d+)?(?:\.(\*|\d*))?[hlL]?[a-zA-Z%]")


def _check_percent_format(text: str) -> None:
    """`'%08d' % x` and `|format`: the widths in the format text must fit in a message."""
    total = 0
    for match in _PERCENT_SPEC.finditer(text):
        for number in match.groups():
            if number == "*":
                raise Refused("template.width_from_value")
            if number:
                total += int(number[:12])
    _too_long(total + len(text), "formatted text")


def _check_brace_format(text: str) -> None:
    """`'{:>20}'.format(x)`: the widths in the format text must fit in a message."""
    try:
        fields = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise Refused("template.bad_format", detail=clean(str(exc))) from None
    total = sum(_format_widths(spec or "") for _literal, _field, spec, _conversion in fields)
    _too_long(total + len(text), "formatted text")


def _joined_size(separator: str, items: list[Any]) -> int:
    return sum(len(item) if isinstance(item, str) else 24 for item in items) + len(separator) * max(len(items) - 1, 0)


def _replaced_size(text: str, old: str, new: str, count: int = -1) -> int:
    found = text.count(old) if old else len(text) + 1
    if count is not None and count >= 0:
        found = min(found, count)
    return len(text) + found * (len(new) - len(old))


def _check_str_method(name: str, text: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Methods whose result can be far bigger than the text they are called on."""
    if name in ("center", "ljust", "rjust", "zfill"):
        _check_width(args[0] if args else kwargs.get("width"))
    elif name == "replace" and len(args) >= 2 and all(isinstance(a, str) for a in args[:2]):
        count = args[2] if len(args) > 2 else kwargs.get("count", -1)
        _too_long(_replaced_size(text, args[0], args[1], count if isinstance(count, int) else -1))
    elif name == "expandtabs":
        size = args[0] if args else kwargs.get("tabsize", 8)
        if isinstance(size, int):
            _too_long(len(text) + text.count("\t") * size)
    elif name == "translate":
        raise Refused("template.not_available", name="str.translate")


def _guard_filter(check: Callable[..., None], original: Callable[..., Any]) -> Callable[..., Any]:
    skip = 1 if hasattr(original, "jinja_pass_arg") else 0  # a context or environment comes first

    @wraps(original)  # keeps Jinja's pass_context / pass_eval_context marks
    def guarded(*args: Any, **kwargs: Any) -> Any:
        check_clock()
        check(*args[skip:], **kwargs)
        return original(*args, **kwargs)

    return guarded


def _center_check(value: Any, width: Any = 80, *_args: Any, **_kwargs: Any) -> None:
    _check_width(width)


def _indent_check(value: Any, width: Any = 4, *_args: Any, **_kwargs: Any) -> None:
    text = str(value) if isinstance(value, str) else ""
    unit = len(width) if isinstance(width, str) else width if isinstance(width, int) else 0
    _too_long(len(text) + (text.count("\n") + 1) * unit)


def _replace_check(value: Any, old: Any = "", new: Any = "", count: Any = None, **_kw: Any) -> None:
    if isinstance(value, str) and isinstance(old, str) and isinstance(new, str):
        _too_long(_replaced_size(value, old, new, count if isinstance(count, int) else -1))


def _format_check(value: Any, *_args: Any, **_kwargs: Any) -> None:
    if isinstance(value, str):
        _check_percent_format(value)


def _parts_check(value: Any, count: Any = 1, *_args: Any, **_kwargs: Any) -> None:
    if isinstance(count, int) and count > MAX_PARTS:
        raise Refused("template.too_many_parts", limit=MAX_PARTS)


def _wordwrap_check(value: Any, width: Any = 79, *_args: Any, **_kwargs: Any) -> None:
    _check_width(width)


def _sized_join(original: Callable[..., Any]) -> Callable[..., Any]:
    """`|join`: the items are counted (through the clock) before the text is built."""

    @wraps(original)
    def join(eval_ctx: Any, value: Any, d: str = "", attribute: Any = None) -> Any:
        items = value if isinstance(value, str) else list(timed(value))
        if isinstance(d, str) and not isinstance(items, str):
            _too_long(len(d) * max(len(items) - 1, 0) + _joined_size("", items))
        return original(eval_ctx, items, d, attribute)

    return join


_FILTER_CHECKS: dict[str, Callable[..., None]] = {
    "center": _center_check, "indent": _indent_check, "replace": _replace_check, "format": _format_check,
    "batch": _parts_check, "slice": _parts_check, "wordwrap": _wordwrap_check,
}
# Filters that print Python objects as they are, or that a message has no use for.
_DROPPED_FILTERS = ("pprint",)


class _Sandbox(SandboxedEnvironment):
    """The sandbox, plus a deadline and limits on what can grow without bound."""

    intercepted_binops = frozenset({"*", "**", "%", "+"})

    def call_binop(self, context, operator, left, right):  # type: ignore[no-untyped-def]
        check_clock()
        if operator == "**" and isinstance(left, int) and isinstance(right, int):
            if right > 64 or max(left.bit_length(), 1) * max(right, 0) > MAX_INT_BITS:
                raise Refused("template.number_too_large")
        elif operator == "*":
            if isinstance(left, int) and isinstance(right, int):
                if left.bit_length() + right.bit_length() > MAX_INT_BITS:
                    raise Refused("template.number_too_large")
            else:
                for seq, count in ((left, right), (right, left)):
                    if isinstance(seq, str | list | tuple) and isinstance(count, int):
                        _too_long(len(seq) * count, "repeated text")
        elif operator == "%" and isinstance(left, str):
            _check_percent_format(left)
        elif operator == "+" and isinstance(left, str | list | tuple) and isinstance(right, str | list | tuple):
            _too_long(len(left) + len(right))
        return super().call_binop(context, operator, left, right)

    def call(__self, __context, __obj, *args, **kwargs):  # type: ignore[no-untyped-def]  # noqa: N805
        check_clock()
        for value in (*args, *kwargs.values()):  # a macro calling itself with doubled text, say
            if isinstance(value, str | list | tuple):
                _too_long(len(value), "text passed on")
        owner = getattr(__obj, "__self__", None)
        if isinstance(owner, str):
            name = getattr(__obj, "__name__", "")
            if name == "join" and args:
                items = list(timed(args[0]))
                _too_long(_joined_size(owner, items))
                args = (items, *args[1:])
            _check_str_method(name, owner, args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)

    def wrap_str_format(self, value):  # type: ignore[no-untyped-def]
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None
        text = value.__self__

        @wraps(wrapped)
        def checked(*args: Any, **kwargs: Any) -> str:
            _check_brace_format(text)
            return wrapped(*args, **kwargs)

        return checked


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
        raise Refused("template.python_object")
    return value


def _environment() -> SandboxedEnvironment:
    env = _Sandbox(undefined=VisibleUndefined, autoescape=False, keep_trailing_newline=True, finalize=_finalize)
    # Only what messages need: no lipsum, cycler, joiner or namespace helpers.
    env.globals.clear()
    env.globals.update(range=_safe_range, dict=dict)
    for name in _DROPPED_FILTERS:
        env.filters.pop(name, None)
    # Other filters give results no bigger than their input, and loops check the clock.
    for name, check in _FILTER_CHECKS.items():
        env.filters[name] = _guard_filter(check, env.filters[name])
    env.filters["join"] = _sized_join(env.filters["join"])
    env.filters["_timed"] = timed
    return env


ENV = _environment()


def loop_nesting(node: nodes.Node, depth: int = 0) -> int:
    deepest = depth
    for child in node.iter_child_nodes():
        inner = depth + 1 if isinstance(child, nodes.For) else depth
        deepest = max(deepest, loop_nesting(child, inner))
    return deepest
