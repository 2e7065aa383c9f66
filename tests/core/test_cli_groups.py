# SPDX-License-Identifier: GPL-3.0-or-later
"""`log`, `stats`, `credits` and `settings` reached through `inmail-studio` itself, through their JSON."""

from __future__ import annotations

import io
import json
from pathlib import Path

from inmail_studio import cli
from inmail_studio.cli import wants_cli


def run(*argv: str) -> tuple[int, dict | list | str]:
    out = io.StringIO()
    code = cli.main(list(argv), out=out)
    text = out.getvalue()
    try:
        return code, json.loads(text)
    except ValueError:
        return code, text


def test_the_four_groups_are_commands_not_the_window() -> None:
    for command in ("log", "stats", "credits", "settings"):
        assert command in cli.COMMANDS
        assert wants_cli([command, "--json"])


def test_a_message_logged_with_a_variant_shows_up_in_log_and_stats(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    message = tmp_path / "m.txt"
    message.write_text("Subject: A question\n\nHi Anna, would you be open to a call?\n", encoding="utf-8")
    ids = []
    for name, variant in (("Anna", "A"), ("Bram", "B"), ("Cor", "A"), ("Dirk", "B")):
        code, new_id = run("log", "add", "--kind", "inmail", "--to", name, "--template", "t1", "--variant",
                           variant, "--sent-at", "2026-01-05T09:00:00+01:00", str(message), "--data-dir", data)
        assert code == 0
        ids.append(int(str(new_id).strip()))
    assert run("log", "mark", str(ids[0]), "replied", "--at", "2026-01-07T10:00:00+01:00", "--data-dir", data)[0] == 0
    code, items = run("log", "list", "--json", "--data-dir", data)
    assert code == 0 and sorted(i["variant"] for i in items) == ["A", "A", "B", "B"]
    code, stats = run("stats", "--json", "--data-dir", data)
    assert code == 0
    rows = {(r["template_id"], r["variant"]): r for r in stats["by_template"]}
    assert rows[("t1", "A")]["sent"] == 2 and rows[("t1", "A")]["replied"] == 1
    assert rows[("t1", "B")]["replied"] == 0
    assert [(ab["a"], ab["b"], ab["sent_a"], ab["sent_b"]) for ab in stats["ab"]] == [("A", "B", 2, 2)]


def test_settings_set_changes_what_credits_count(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    assert run("settings", "set", "plan", "sales_navigator", "--data-dir", data)[0] == 0
    code, value = run("settings", "get", "plan", "--json", "--data-dir", data)
    assert code == 0 and value == "sales_navigator"
    code, credits = run("credits", "--json", "--data-dir", data)
    assert code == 0 and (credits["plan"], credits["monthly"], credits["cap"]) == ("sales_navigator", 50, 150)


def test_a_bad_setting_is_one_line_and_exit_2(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _ = run("settings", "set", "plan", "gold", "--data-dir", str(tmp_path / "data"))
    assert code == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
