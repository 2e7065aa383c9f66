# SPDX-License-Identifier: GPL-3.0-or-later
"""Golden whole-message cases: each file's `lint --json` output, compared exactly.

Regenerate after a deliberate change with `UPDATE_GOLDEN=1` (see tests/data/lint_cases/README.md).
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from inmail_studio import cli
from inmail_studio.core.message import KINDS

CASES = Path(__file__).resolve().parent.parent / "data" / "lint_cases"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def case_files() -> list[Path]:
    return sorted(CASES.glob("*.txt"))


def kind_of(case: Path) -> str:
    kind = case.stem.split("-")[1]
    assert kind in KINDS, f"{case.name}: name it <language>-<kind>-<what>.txt"
    return kind


def lint_json(case: Path) -> dict:
    out = io.StringIO()
    code = cli.main(["lint", "--json", "--kind", kind_of(case), str(case)], out=out)
    data = json.loads(out.getvalue())
    assert code == (1 if any(f["severity"] == "error" for f in data["findings"]) else 0)
    return data


def test_there_are_cases_in_both_languages() -> None:
    languages = [case.name[:2] for case in case_files()]
    assert languages.count("en") >= 3 and languages.count("nl") >= 3


@pytest.mark.parametrize("case", case_files(), ids=lambda p: p.stem)
def test_golden(case: Path) -> None:
    actual = lint_json(case)
    assert actual["language"] == case.name[:2]
    expected_path = case.with_suffix(".expected.json")
    if UPDATE:
        expected_path.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert expected_path.exists(), f"no {expected_path.name}: run with UPDATE_GOLDEN=1 and review it"
    assert actual == json.loads(expected_path.read_text(encoding="utf-8"))


def test_no_expected_file_without_its_case() -> None:
    stems = {case.stem for case in case_files()}
    orphans = [p.name for p in CASES.glob("*.expected.json") if p.name.removesuffix(".expected.json") not in stems]
    assert not orphans
