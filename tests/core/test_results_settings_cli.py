# SPDX-License-Identifier: GPL-3.0-or-later
"""`inmail-studio settings get|set` over every preference the window has."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from inmail_studio.cli import settings as cli_settings
from inmail_studio.cli.common import UsageError, build_parser
from inmail_studio.core.paths import Paths
from inmail_studio.core.settings_keys import KEYS
from inmail_studio.core.store import Store


def run(data: Path, *argv: str) -> str:
    parser = build_parser()
    commands = parser.add_subparsers(dest="command", parser_class=type(parser))
    cli_settings.register(commands, parser.common)
    args = parser.parse_args([*argv, "--data-dir", str(data)])
    out = io.StringIO()
    assert args.handler(args, out) == 0
    return out.getvalue()


def stored(data: Path, key: str) -> object:
    store = Store.open(Paths.default(str(data)).database)
    try:
        return store.settings.get(key)
    finally:
        store.close()


def test_every_preference_has_a_name() -> None:
    for key in ("account", "default_language", "sender_name", "limits.note_chars_free", "followup_delay.inmail",
                "contact_memory_days", "plan", "plan_since", "reply_window_days", "acceptance_window_days",
                "free_notes_per_month", "invitations_per_week", "custom_monthly", "custom_cap"):
        assert key in KEYS


def test_get_shows_defaults(tmp_path: Path) -> None:
    assert run(tmp_path, "settings", "get", "plan") == "\n"  # no plan chosen yet
    assert run(tmp_path, "settings", "get", "followup_delay.inmail") == "7\n"
    listing = run(tmp_path, "settings", "get")
    assert "reply_window_days = 30\n" in listing and "account = premium\n" in listing
    assert json.loads(run(tmp_path, "settings", "get", "--json"))["invitations_per_week"] == 100


@pytest.mark.parametrize(("key", "value", "shown", "store_key"), [
    ("plan", "sales_navigator", "sales_navigator", "results"),
    ("plan_since", "2026-02-01", "2026-02-01", "results"),
    ("reply_window_days", "45", "45", "results"),
    ("account", "free", "free", "preferences"),
    ("limits.note_chars_free", "250", "250", "preferences"),
    ("followup_delay.connection_request", "10", "10", "outreach"),
    ("contact_memory_days", "60", "60", "outreach"),
])
def test_set_writes_where_the_window_reads(tmp_path: Path, key: str, value: str, shown: str, store_key: str) -> None:
    assert run(tmp_path, "settings", "set", key, value) == f"{key} = {shown}\n"
    assert run(tmp_path, "settings", "get", key) == f"{shown}\n"
    assert isinstance(stored(tmp_path, store_key), dict)


def test_set_keeps_other_values_under_the_same_key(tmp_path: Path) -> None:
    run(tmp_path, "settings", "set", "sender_name", "Joost")
    run(tmp_path, "settings", "set", "account", "free")
    assert run(tmp_path, "settings", "get", "sender_name") == "Joost\n"


@pytest.mark.parametrize(("key", "value", "says"), [
    ("colour", "red", "no setting named colour"), ("plan", "gold", "'gold' is not a valid value for plan"),
    ("account", "business", "not a valid value for account"), ("reply_window_days", "0", "not a valid value"),
    ("followup_delay.inmail", "soon", "not a valid value"), ("limits.body_max_chars", "-5", "not a valid value"),
])
def test_bad_keys_and_values_are_one_line_errors(tmp_path: Path, key: str, value: str, says: str) -> None:
    with pytest.raises(UsageError) as error:
        run(tmp_path, "settings", "set", key, value)
    assert says in str(error.value) and "\n" not in str(error.value)
