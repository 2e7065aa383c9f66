# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line says why and what instead: a prospect file without names, a setting's valid values."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from inmail_studio.cli import main as cli


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    out = io.StringIO()
    code = cli(["--data-dir", str(tmp_path / "data"), *argv], out=out)
    return code, out.getvalue(), capsys.readouterr().err


def test_render_with_a_file_without_a_name_column_fails_with_one_line(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "weird.csv"
    path.write_text("a,b\n1,2\n3,4\n", encoding="utf-8")
    for extra in ([], ["--json"], ["--out", str(tmp_path / "out")]):
        code, out, err = run(tmp_path, capsys, "render", "nl-recruit-inmail-developer-project",
                             "--prospects", str(path), *extra)
        assert code == 2, (extra, err)
        assert err.count("\n") == 1 and "no column holds a name (columns: a, b)" in err, err
        assert out == "" and not (tmp_path / "out").exists()


@pytest.mark.parametrize(("key", "value", "says"), [
    ("plan", "recruiter", "use one of: premium_career, premium_business, sales_navigator, recruiter_lite, custom"),
    ("followup_delay.inmail", "0", "use a whole number from 1 to 365"),
    ("limits.body_max_chars", "-5", "use a whole number from 1 to 100,000"),
    ("free_notes_per_month", "lots", "use a whole number from 0 to 1,000"),
    ("account", "gold", "use one of: free, premium"),
    ("default_language", "de", "use one of: en, nl, auto"),
    ("plan_since", "gisteren", 'use a date as YYYY-MM-DD, or "" for none'),
])
def test_a_bad_setting_value_says_which_values_are_valid(tmp_path: Path, capsys, key: str, value: str,  # type: ignore[no-untyped-def]
                                                          says: str) -> None:
    code, _, err = run(tmp_path, capsys, "settings", "set", key, value)
    assert code == 2
    assert err == f"inmail-studio settings: {value!r} is not a valid value for {key}; {says}\n"
    code, out, _ = run(tmp_path, capsys, "settings", "get", key)
    assert code == 0 and out.strip() != value  # nothing was written
