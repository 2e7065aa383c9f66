# SPDX-License-Identifier: GPL-3.0-or-later
"""The wheel ships every package and the resources: built, installed and run outside the checkout."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

from inmail_studio.core.templates import TemplateLibrary

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "inmail_studio"


def declared_packages() -> set[str]:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return set(tomllib.load(handle)["tool"]["setuptools"]["packages"])


def test_every_python_folder_is_a_declared_package() -> None:
    folders = {PACKAGE, *(p.parent for p in PACKAGE.rglob("*.py"))}
    found = {".".join(f.relative_to(ROOT).parts) for f in folders if "__pycache__" not in f.parts}
    missing = sorted(found - declared_packages())
    assert not missing, f"add to [tool.setuptools] packages in pyproject.toml: {missing}"


def test_declared_packages_exist() -> None:
    for name in declared_packages() - {"inmail_studio.resources"}:
        assert (ROOT / Path(*name.split(".")) / "__init__.py").exists(), name


MESSAGE = "Subject: Quick question\n\nHi [Name],\n\nWould you be open to a short call next week?\n"
# What the checkout's own build leaves behind must not leak into the copy the wheel is built from.
NOT_SOURCE = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache",
                                    ".hypothesis", "benchmarks")


@pytest.mark.slow
def test_wheel_installs_and_runs_outside_the_checkout(tmp_path: Path) -> None:
    # Build from a copy so the build never writes build/ or egg-info into the working tree.
    source = tmp_path / "src"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCE)
    wheels = tmp_path / "wheels"
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(wheels), str(source)])
    [wheel] = wheels.glob("inmail_studio-*.whl")

    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", str(venv)])
    python = venv / "bin" / "python"
    run([str(python), "-m", "pip", "install", "--no-deps", "--quiet", str(wheel)])

    # The third-party dependencies come from this environment; the app itself from the wheel.
    env = {**os.environ, "PYTHONPATH": sysconfig.get_paths()["purelib"], "INMAIL_STUDIO_DATA_DIR": str(tmp_path / "d")}
    work = tmp_path / "elsewhere"
    work.mkdir()
    (work / "message.txt").write_text(MESSAGE, encoding="utf-8")

    def app(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(python), *argv], capture_output=True, text=True, env=env, cwd=work, timeout=60)

    where = app("-c", "import inmail_studio; print(inmail_studio.__file__)")
    assert Path(where.stdout.strip()).is_relative_to(venv), where.stdout + where.stderr

    linted = app("-m", "inmail_studio", "lint", "--json", "message.txt")
    assert linted.returncode == 1, linted.stderr
    assert json.loads(linted.stdout)["metrics"]["unfilled_placeholders"] == ["[Name]"]

    listed = app("-m", "inmail_studio", "templates", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    checkout = TemplateLibrary(ROOT / "resources" / "templates", tmp_path / "no-user-templates")
    shipped = {t.id for t in checkout}
    assert shipped and {t["id"] for t in json.loads(listed.stdout) if t["builtin"]} == shipped

    # Every module, the window's included, and every resource file is inside the wheel.
    with zipfile.ZipFile(wheel) as archive:
        inside = set(archive.namelist())
    expected = {p.relative_to(source).as_posix() for p in (source / "inmail_studio").rglob("*.py")}
    expected |= {"inmail_studio/" + p.relative_to(source).as_posix()
                 for p in (source / "resources").rglob("*") if p.is_file()}
    assert not sorted(expected - inside), "missing from the wheel"


def run(argv: list[str]) -> None:
    done = subprocess.run(argv, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
