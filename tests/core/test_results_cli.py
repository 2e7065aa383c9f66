# SPDX-License-Identifier: GPL-3.0-or-later
"""`inmail-studio stats` and `credits` through their JSON, over a real store."""

from __future__ import annotations

import io
import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from inmail_studio.cli import results as cli_results
from inmail_studio.cli.common import UsageError, build_parser
from inmail_studio.core.outreach.model import LogItem
from inmail_studio.core.paths import Paths
from inmail_studio.core.results.settings import ResultsSettings
from inmail_studio.core.store import Store

CET = timezone(timedelta(hours=1))
DAY = timedelta(days=1)


def run(*argv: str) -> tuple[int, str]:
    parser = build_parser()
    commands = parser.add_subparsers(dest="command", parser_class=type(parser))
    cli_results.register(commands, parser.common)
    cli_results.register(commands, parser.common)  # listed under both names: registered once
    args = parser.parse_args(list(argv))
    out = io.StringIO()
    return args.handler(args, out), out.getvalue()


@pytest.fixture
def data_dir(tmp_path: Path) -> str:
    now = datetime.now(CET)
    items = [LogItem(0, now - 60 * DAY, "inmail", to_name=f"P{i}", template_id="t", variant="AB"[i % 2],
                     outcome="replied" if i % 3 == 0 else "pending",
                     outcome_at=now - 58 * DAY if i % 3 == 0 else None) for i in range(12)]
    items += [LogItem(0, now - 5 * DAY, "inmail", to_name="Q", template_id="t", variant="A"),
              LogItem(0, now - 40 * DAY, "connection_request", to_name="R", outcome="accepted",
                      outcome_at=now - 39 * DAY)]
    store = Store.open(Paths.default(str(tmp_path)).database)
    try:
        store.sent.add_items(items)
        store.settings.set("results", ResultsSettings(plan="premium_business", plan_since=date.today() - 70 * DAY)
                           .to_json())
    finally:
        store.close()
    return str(tmp_path)


def test_stats_json_contract(data_dir: str) -> None:
    code, text = run("stats", "--json", "--data-dir", data_dir)
    data = json.loads(text)
    assert code == 0 and data["window_days"] == 30
    a, b = data["by_template"]
    assert (a["template_id"], a["variant"], a["sent"], a["too_early"], a["replied"]) == ("t", "A", 7, 1, 2)
    assert set(a) == {"template_id", "variant", "sent", "replied", "too_early", "reply_rate", "ci_low", "ci_high"}
    assert 0 <= a["ci_low"] <= a["reply_rate"] <= a["ci_high"] <= 1
    assert data["acceptance"] == {"sent": 1, "accepted": 1, "too_early": 0, "rate": 1.0,
                                  "ci_low": pytest.approx(0.2065, abs=1e-4), "ci_high": 1.0}
    [ab] = data["ab"]
    assert set(ab) == {"template_id", "a", "b", "sent_a", "replied_a", "sent_b", "replied_b", "p_value",
                       "prob_b_beats_a", "verdict"}
    assert ab["verdict"] == "not-enough-data"


def test_stats_window_and_since(data_dir: str) -> None:
    data = json.loads(run("stats", "--json", "--window-days", "3", "--data-dir", data_dir)[1])
    assert data["window_days"] == 3 and data["by_template"][0]["too_early"] == 0
    since = (date.today() - 10 * DAY).isoformat()
    data = json.loads(run("stats", "--json", "--since", since, "--data-dir", data_dir)[1])
    assert [r["sent"] for r in data["by_template"]] == [1]


def test_stats_as_text(data_dir: str) -> None:
    code, text = run("stats", "--data-dir", data_dir)
    assert code == 0
    assert "t · A: 2 of 6 replied, 33 %" in text
    assert "A/B t: A 2 of 6, B 2 of 6" in text and "more sends per variant" in text


def test_credits_json_contract(data_dir: str) -> None:
    code, text = run("credits", "--json", "--data-dir", data_dir)
    data = json.loads(text)
    assert code == 0
    assert set(data) == {"plan", "monthly", "cap", "balance", "pending_refund", "expiring"}
    assert (data["plan"], data["monthly"], data["cap"]) == ("premium_business", 15, 45)
    assert data["pending_refund"] == 9  # 8 unanswered from 60 days ago, 1 from 5 days ago
    assert all(set(lot) == {"credits", "on"} for lot in data["expiring"])


def test_credits_as_text(data_dir: str) -> None:
    text = run("credits", "--data-dir", data_dir)[1]
    assert text.startswith("Premium Business: 15 credits a month, at most 45 banked")
    assert "Balance, as this app counts it:" in text


@pytest.mark.parametrize("argv", [["stats", "--window-days", "0"], ["stats", "--window-days", "x"],
                                  ["stats", "--since", "yesterday"]])
def test_bad_options_are_one_line_usage_errors(argv: list[str]) -> None:
    with pytest.raises(UsageError) as error:
        run(*argv)
    assert "\n" not in str(error.value)


def test_an_empty_log(tmp_path: Path) -> None:
    data = json.loads(run("stats", "--json", "--data-dir", str(tmp_path))[1])
    assert data["by_template"] == [] and data["acceptance"]["rate"] is None and data["ab"] == []


def test_credits_without_a_plan_say_so_instead_of_inventing_a_balance(tmp_path: Path) -> None:
    """A new data folder: no plan chosen, so no balance (fresh-eyes 9)."""
    data = json.loads(run("credits", "--json", "--data-dir", str(tmp_path))[1])
    assert (data["plan"], data["monthly"], data["cap"], data["balance"]) == (None, None, None, None)
    text = run("credits", "--data-dir", str(tmp_path))[1]
    assert text.startswith("No plan chosen yet") and "settings set plan" in text and "Balance" not in text
