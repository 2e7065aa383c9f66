# SPDX-License-Identifier: GPL-3.0-or-later
"""Hostile user templates: no way to Python's internals, and nothing that hangs, eats memory or crashes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from inmail_studio.core.paths import Paths
from inmail_studio.core.templates import Template, TemplateError, TemplateLibrary

# What must never show in rendered text: reprs of classes, functions, modules, and what lies behind them.
INTERNALS = re.compile(r"<class|<function|<built-in|<bound method|<method|<module|<macro|<template|<loop|"
                       r"object at 0x|0x[0-9a-f]{6,}|\bmodule\b|\bfunction\b|built-in|__globals__|__builtins__|"
                       r"__subclasses__|\bsubprocess\b|\bos\b|\bposix\b|jinja2|Traceback|root:x:0", re.IGNORECASE)
PLACEHOLDER = re.compile(r"\{\{ \w+ \}\}")  # a missing value is shown as its name, on purpose
VALUES = {"first_name": "Sanne", "company": "Acme"}


def leaks(text: str) -> bool:
    return bool(INTERNALS.search(PLACEHOLDER.sub("", text)))


ESCAPES = [
    "{{ ''.__class__.__mro__ }}",
    "{{ cycler.__init__.__globals__ }}",
    "{% for x in ().__class__.__base__.__subclasses__() %}{{ x }}{% endfor %}",
    "{{ lipsum.__globals__ }}",
    "{{ lipsum.__globals__['os'].popen('id').read() }}",
    "{{ self._TemplateReference__context }}",
    "{{ self._TemplateReference__context.cycler.__init__.__globals__.os }}",
    "{{ self.__init__.__globals__ }}",
    "{{ self.__dict__ }}",
    "{{ config }}",
    "{{ config.items() }}",
    "{{ request }}",
    "{{ request.application.__globals__.__builtins__ }}",
    "{{ namespace.__init__ }}",
    "{{ joiner.__init__.__globals__.os }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ '{0.__class__}'.format(1) }}",
    "{{ '{0.__class__.__mro__}'.format(first_name) }}",
    "{{ '{a.__class__}'.format_map({'a': 1}) }}",
    "{{ '%s'|format(''.__class__) }}",
    "{{ '%s %s'|format(first_name.__class__, 1) }}",
    "{{ ''|attr('__class__') }}",
    "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f') }}",
    "{{ ''['\\x5f\\x5fclass\\x5f\\x5f'] }}",
    "{{ first_name|attr('__class__')|attr('__mro__') }}",
    "{{ 'abc'|attr('__class__')|attr('__base__')|attr('__subclasses__')() }}",
    "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}",
    "{{ [1]|map(attribute='__class__')|join }}",
    "{{ [first_name]|map(attribute='__class__')|list }}",
    "{{ [first_name]|selectattr('__class__')|list }}",
    "{{ first_name.__class__.__base__.__subclasses__() }}",
    "{{ (first_name|string).__class__ }}",
    "{{ dict.__subclasses__() }}",
    "{{ range.__self__ }}",
    "{{ first_name.__len__() }}",
    "{{ ().__class__.__bases__[0].__subclasses__()[59].__init__.__globals__.sys.modules.os.popen('ls').read() }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__ == 'catch_warnings' %}"
    "{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}",
    "{% include '/etc/passwd' %}",
    "{% extends '/etc/passwd' %}",
    "{% import 'os' as os %}{{ os }}",
    "{% from 'subprocess' import run %}{{ run }}",
    "{% set x = namespace() %}{% set x.__class__ = 1 %}{{ x }}",
    "{{ [].append(first_name.__class__) }}",
    "{{ first_name.__class__ if true else 1 }}",
    "{% macro m() %}{{ caller.__globals__ }}{% endmacro %}{% call m() %}x{% endcall %}",
    "{% with g = lipsum.__globals__ %}{{ g }}{% endwith %}",
    # printed as they are, objects must not show their reprs
    "{{ cycler }}", "{{ lipsum }}", "{{ range }}", "{{ dict }}", "{{ joiner() }}", "{{ ''.join }}",
    "{{ first_name.upper }}", "{{ self }}", "{{ '%s'|format(cycler) }}", "{{ (range,)|list }}",
]
# Not an escape (nothing runs), but the text shows Python reprs: names, module paths, memory addresses.
LEAKS = ["{{ range|string }}", "{{ dict|string }}", "{{ range ~ '' }}", "{{ [range]|join }}",
         "{{ '%s'|format(dict) }}", "{{ '{}'.format(range) }}", "{{ first_name.upper|string }}",
         "{{ ''.join|lower }}", "{{ dict(a=range)|string }}", "{{ range|urlencode }}", "{{ self|string }}",
         "{% macro m() %}{% endmacro %}{{ m|string }}", "{% for x in range(1) %}{{ loop|string }}{% endfor %}"]

def user_template(paths: Paths, body: str, subject: str = "A question") -> Template:
    """Save `body` as the user's own template file, then load it the way the app does."""
    paths.user_templates.mkdir(parents=True, exist_ok=True)
    template = Template(id="hostile", title="Hostile", kind="inmail", language="en", description="",
                        subject=subject, body=body)
    (paths.user_templates / "hostile.toml").write_text(template.to_toml(), encoding="utf-8")
    library = TemplateLibrary(paths.builtin_templates, paths.user_templates)
    assert library.errors == []
    loaded = library.get("hostile")
    assert loaded is not None and not loaded.builtin and loaded.body == body
    return loaded


def outcome(template: Template, bounded) -> str:  # type: ignore[no-untyped-def]
    """'refused' for a TemplateError, else the rendered subject and body; anything else is raised."""
    try:
        (subject, body), _ = bounded(template.render, VALUES)
    except TemplateError as exc:
        assert str(exc) and "Traceback" not in str(exc)
        return "refused"
    return f"{subject}\n{body}"


tried: list[str] = []


@pytest.fixture(scope="module", autouse=True)
def _report(figures):  # type: ignore[no-untyped-def]
    yield
    figures.add("template injection", f"hostile templates tried: {len(tried)} (escapes {len(ESCAPES)}, leaks "
                f"{len(LEAKS)}, deep or huge {len(DEEP)}, runaway {len(STOPPED)}, "
                f"in a capped process {len(ISOLATED)})")


@pytest.mark.parametrize("payload", ESCAPES + LEAKS)
def test_a_template_cannot_reach_python_internals(paths, bounded, payload: str) -> None:  # type: ignore[no-untyped-def]
    tried.append(payload)
    text = outcome(user_template(paths, f"Hi {{{{ first_name }}}}, {payload}"), bounded)
    assert text == "refused" or not leaks(text), text
    assert "refused" == text or "Hi Sanne" in text


# deep and huge ----------------------------------------------------------------------------------
DEEP = {
    "500 nested ifs": "{% if true %}" * 500 + "x" + "{% endif %}" * 500,
    "2,000 nested parentheses": "{{ " + "(" * 2000 + "1" + ")" * 2000 + " }}",
    "2,000 nested lists": "{{ " + "[" * 2000 + "]" * 2000 + " }}",
    "2,000 nested dicts": "{{ " + "{'a': " * 2000 + "1" + "}" * 2000 + " }}",
    "5,000 filters": "{{ first_name" + "|upper" * 5000 + " }}",
    "5,000 additions": "{{ " + " + ".join(["1"] * 5000) + " }}",
    "5,000 nots": "{{ " + "not " * 5000 + "1 }}",
    "3,000 calls": "{{ first_name" + ".upper()" * 3000 + " }}",
    "500 nested filter blocks": "{% filter upper %}" * 500 + "x" + "{% endfilter %}" * 500,
    "1 MB of text": "Hi there. " * 100_000,
    "1 MB of placeholders": "{{ first_name }}" * 65_536,
    # ~100-250 nested blocks make Jinja generate Python past the compiler's 100-level limit
    "100 nested ifs": "{% if true %}" * 100 + "x" + "{% endif %}" * 100,
    "150 nested if/else": "{% if false %}{% else %}" * 150 + "x" + "{% endif %}" * 150,
    "120 nested macros": "{% macro m() %}" * 120 + "x" + "{% endmacro %}" * 120,
}


@pytest.mark.parametrize("name", list(DEEP))
def test_deep_or_huge_templates_are_refused(paths, bounded, name: str) -> None:  # type: ignore[no-untyped-def]
    tried.append(name)
    assert outcome(user_template(paths, DEEP[name]), bounded) == "refused"


# loops and work --------------------------------------------------------------------------------
STOPPED = {
    "999 × 999 loop with output": "{% for a in range(999) %}{% for b in range(999) %}x{% endfor %}{% endfor %}",
    "three nested loops": "{% for a in range(999) %}{% for b in range(999) %}{% for c in range(999) %}"
                          "{% endfor %}{% endfor %}{% endfor %}",
    "recursive macro": "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}",
    "recursive macro in a loop": "{% macro f(n) %}{% for i in range(999) %}{{ f(n) }}{% endfor %}{% endmacro %}"
                                 "{{ f(1) }}",
    "a billion-item range": "{{ range(10**9)|list|length }}",
    "a gigabyte string": "{{ 'x' * 10**9 }}",
    "a gigabyte list": "{{ [0] * 10**9 }}",
    "a huge exponent": "{{ 9 ** 999 }}",
    "a macro doubling its text on each call": "{% macro f(s) %}{{ f(s ~ s) }}{% endmacro %}{{ f('xx') }}",
    "100 kB strings a million times": "{% for a in range(999) %}{% for b in range(999) %}{% set x = 'x' * 100000 %}"
                                      "{% endfor %}{% endfor %}done",
}


@pytest.mark.parametrize("name", list(STOPPED))
def test_runaway_templates_are_stopped(paths, bounded, name: str) -> None:  # type: ignore[no-untyped-def]
    tried.append(name)
    assert outcome(user_template(paths, STOPPED[name]), bounded) == "refused"


# These can hang for minutes or allocate gigabytes, so each renders in its own process with its
# address space capped at 512 MiB (a message is at most 200,000 characters; no template needs more)
# and is killed after HANG_S; all run at once to keep CI short.
HANG_S = 10.0
MEMORY_CAP = 512 << 20
ISOLATED_SCRIPT = """
import json, resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, (int(sys.argv[2]), int(sys.argv[2])))
from inmail_studio.core.templates.render import TemplateError, render
started = time.monotonic()
try:
    text = render(sys.argv[1], {"first_name": "Sanne"})
    result = {"outcome": "text", "detail": text[:300]}
except TemplateError as exc:
    result = {"outcome": "refused", "detail": str(exc)}
except BaseException as exc:
    result = {"outcome": "raised", "detail": f"{type(exc).__name__}: {exc}"[:300]}
result["seconds"] = round(time.monotonic() - started, 2)
print(json.dumps(result))
"""
ISOLATED = {
    "200 MB join, then its length": "{{ range(999)|map('string')|join('x' * 199999)|length }}",
    "loops inside a macro, called from a loop":
        "{% macro f() %}{% for a in range(999) %}{% for b in range(999) %}{% endfor %}{% endfor %}{% endmacro %}"
        "{% macro g() %}{% for c in range(999) %}{{ f() }}{% endfor %}{% endmacro %}{{ g() }}",
    "two empty loops over long lists": "{% for a in [0] * 200000 %}{% for b in [0] * 200000 %}{% endfor %}"
                                       "{% endfor %}done",
    "lipsum of a hundred million paragraphs": "{{ lipsum(n=100000000)|length }}",
    "a power of a power of a power": "{{ ((((10 ** 64) ** 64) ** 64) ** 64) > 1 }}",
    "%-format a gigabyte wide": "{{ ('%0999999999d' % 1)|length }}",
    "str.format a gigabyte wide": "{{ '{:>999999999}'.format(1)|length }}",
    "str.format with the width as a value": "{{ '{:>{w}}'.format(1, w=999999999)|length }}",
    "center in a gigabyte": "{{ 'x'|center(999999999)|length }}",
    "ljust by a method": "{{ 'x'.ljust(999999999)|length }}",
    "indent by a gigabyte": "{{ 'a\\nb'|indent(999999999)|length }}",
    "replace between every letter": "{{ ('x' * 100000)|replace('', 'y' * 100000)|length }}",
    "translate every letter into long text": "{{ ('x' * 100000).translate({120: 'y' * 100000})|length }}",
    "batches of a billion": "{{ [1]|batch(999999999, 'x')|list|length }}",
    "a billion slices": "{{ [1]|slice(999999999)|list|length }}",
}


@pytest.fixture(scope="module")
def isolated_results(tmp_path_factory, figures) -> dict[str, dict[str, object]]:  # type: ignore[no-untyped-def]
    folder: Path = tmp_path_factory.mktemp("isolated")
    started = time.monotonic()
    running = {}
    for name, source in ISOLATED.items():
        out = (folder / f"{len(running)}.json").open("w")
        running[name] = (subprocess.Popen([sys.executable, "-c", ISOLATED_SCRIPT, source, str(MEMORY_CAP)],
                                          stdout=out, stderr=subprocess.DEVNULL), out)
    results: dict[str, dict[str, object]] = {}
    for name, (process, out) in running.items():
        try:
            process.wait(max(0.1, started + HANG_S - time.monotonic()))
            out.close()
            text = Path(out.name).read_text()
            results[name] = json.loads(text) if text else {"outcome": "died", "detail": str(process.returncode)}
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            out.close()
            results[name] = {"outcome": "hung", "detail": f"still running after {HANG_S:.0f} s"}
    figures.add("template injection", "in a capped process: " + "; ".join(
        f"{name}: {r['outcome']}" + (f" in {r['seconds']} s" if "seconds" in r else "") for name, r in results.items()))
    return results


@pytest.mark.parametrize("name", list(ISOLATED))
def test_templates_that_would_hang_or_eat_memory_are_stopped(isolated_results, name: str) -> None:
    tried.append(name)
    result = isolated_results[name]
    assert result["outcome"] in ("refused", "text"), result
    assert result["outcome"] == "refused" or not leaks(str(result["detail"])), result


# in the window ---------------------------------------------------------------------------------
def test_choosing_a_hostile_template_in_the_window_says_it_could_not_be_filled_in(
        qtbot, paths, make_window) -> None:  # type: ignore[no-untyped-def]
    user_template(paths, "Hi {{ first_name }}, {{ cycler.__init__.__globals__.os.popen('id').read() }}")
    window = make_window()
    qtbot.keyClicks(window.library_panel.search, "Hostile")
    assert window.library_panel.current_id() == "hostile"
    qtbot.mouseClick(window.library_panel.use_button, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage().startswith("The template could not be filled in")
    assert not leaks(window.editor.text()[1])
    qtbot.keyClicks(window.editor.body, "Writing by hand instead.")  # the window goes on
    assert window.editor.text()[1].endswith("Writing by hand instead.")


