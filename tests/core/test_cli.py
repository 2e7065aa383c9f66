# SPDX-License-Identifier: GPL-3.0-or-later
"""The headless coach: `inmail-studio lint | render | templates`, exit codes and output."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from inmail_studio import cli
from inmail_studio.core import Message
from inmail_studio.core.lint import lint

CLEAN = ("Hi Anna,\n\nYour post on buddies for new engineers stayed with me. We tried it and our new people "
         "settled in within a month.\n\nWould you be open to a short call next week?\n")
WITH_ERRORS = "Subject: Quick question\n\nHi [Name],\n\nWe sell onboarding software."

USER_TEMPLATE = '''
id = "test-follow-up"
title = "Test follow-up"
kind = "follow_up"
language = "en"
description = "A template the CLI tests fill in."
goal = "networking"
subject = ""
body = """
Hi {{ first_name }},

Last week I wrote about your post on {{ topic }}. Would you be open to a short call?
"""

[sample]
first_name = "Anna"
topic = "buddies"
'''


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = cli.main(list(argv), out=out)
    return code, out.getvalue()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    (data / "templates").mkdir(parents=True)
    (data / "templates" / "test-follow-up.toml").write_text(USER_TEMPLATE, encoding="utf-8")
    return data


@pytest.fixture
def write(tmp_path: Path):
    def write_file(content: str | bytes, name: str = "message.txt") -> str:
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return str(path)

    return write_file


def assert_one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err
    return err


# lint

def test_lint_without_errors_exits_0(write) -> None:
    code, out = run("lint", "--kind", "follow_up", write(CLEAN))
    assert code == 0
    assert "score 100" in out and "no findings" in out


def test_lint_with_errors_exits_1_and_reports_each(write) -> None:
    code, out = run("lint", write(WITH_ERRORS))
    assert code == 1
    assert "unfilled-placeholder" in out and "'[Name]'" in out
    assert "body 3:4" in out  # file line:column of [Name] (after the Subject line and a blank line)


def test_lint_json_matches_the_engine(write) -> None:
    code, out = run("lint", "--json", "--account", "free", write(WITH_ERRORS))
    expected = lint(Message(subject="Quick question", body="Hi [Name],\n\nWe sell onboarding software.",
                            account="free")).to_dict()
    assert code == 1
    assert json.loads(out) == expected


def test_lint_json_for_a_connection_request(write) -> None:
    code, out = run("lint", "--json", "--kind", "connection_request", "--account", "free",
                    write("I'd love to connect. " * 11))
    data = json.loads(out)
    assert code == 1
    assert data["kind"] == "connection_request"
    assert [f["rule"] for f in data["findings"] if f["severity"] == "error"] == ["body-length"]


def test_lint_reads_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(CLEAN.encode("utf-8"))))
    code, out = run("lint", "--json", "--kind", "follow_up", "-")
    assert code == 0
    assert json.loads(out)["metrics"]["cta_count"] == 1


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "cp1252"])
def test_lint_reads_other_encodings(write, encoding: str) -> None:
    text = "Hi Zoë, would you be open to a call?"
    code, out = run("lint", "--json", "--kind", "follow_up", write(text.encode(encoding)))
    data = json.loads(out)
    assert (data["metrics"]["body_words"], data["metrics"]["body_chars"]) == (9, len(text))


@pytest.mark.parametrize("argv", [
    [], ["lint"], ["frobnicate"], ["lint", "--kind", "email", "x.txt"], ["lint", "--lang", "de", "x.txt"],
    ["templates"], ["render"], ["lint", "--no-such-flag", "x.txt"],
])
def test_bad_usage_exits_2_with_one_line(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    assert run(*argv)[0] == 2
    assert_one_line_error(capsys)


def test_missing_file_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run("lint", str(tmp_path / "nope.txt"))[0] == 2
    assert "nope.txt" in assert_one_line_error(capsys)


def test_folder_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run("lint", str(tmp_path))[0] == 2
    assert_one_line_error(capsys)


def test_binary_file_exits_2(capsys: pytest.CaptureFixture[str], write) -> None:
    path = write(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "image.png")
    assert run("lint", path)[0] == 2
    assert "binary" in assert_one_line_error(capsys)


# templates and render

def test_templates_list_json(data_dir: Path) -> None:
    code, out = run("--data-dir", str(data_dir), "templates", "list", "--json")
    templates = json.loads(out)
    assert code == 0
    assert all({"id", "title", "kind", "language", "tags", "variables"} <= set(t) for t in templates)
    mine = next(t for t in templates if t["id"] == "test-follow-up")
    assert (mine["kind"], mine["language"], mine["tags"], mine["variables"]) == (
        "follow_up", "en", ["networking"], ["first_name", "topic"])
    assert any(t["builtin"] for t in templates)


def test_templates_list_text(data_dir: Path) -> None:
    code, out = run("--data-dir", str(data_dir), "templates", "list")
    assert code == 0
    assert "test-follow-up" in out and "variables: first_name, topic" in out


def test_render_json(data_dir: Path) -> None:
    code, out = run("--data-dir", str(data_dir), "render", "test-follow-up", "--set", "first_name=Anna",
                    "--set", "topic=buddies for new engineers", "--json")
    data = json.loads(out)
    assert code == 0
    assert set(data) >= {"subject", "body", "lint"}
    assert data["subject"] == ""
    assert data["body"].strip().startswith("Hi Anna,")
    assert "buddies for new engineers" in data["body"]
    assert data["lint"]["kind"] == "follow_up" and data["lint"]["metrics"]["cta_count"] == 1


def test_render_with_a_missing_value_exits_1(data_dir: Path) -> None:
    code, out = run("--data-dir", str(data_dir), "render", "test-follow-up", "--set", "first_name=Anna", "--json")
    data = json.loads(out)
    assert code == 1
    assert "{{ topic }}" in data["body"]
    assert data["lint"]["metrics"]["unfilled_placeholders"] == ["{{ topic }}"]


def test_render_text_prints_the_message(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run("--data-dir", str(data_dir), "render", "test-follow-up", "--set", "first_name=Anna",
                    "--set", "topic=buddies")
    assert code == 0
    assert out.startswith("\nHi Anna,") or out.startswith("Hi Anna,")
    assert "test-follow-up: score" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [
    ["render", "no-such-template"],
    ["render", "test-follow-up", "--set", "no-equals-sign"],
    ["render", "test-follow-up", "--set", "=value"],
])
def test_render_usage_errors_exit_2(data_dir: Path, capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    assert run("--data-dir", str(data_dir), *argv)[0] == 2
    assert_one_line_error(capsys)


def test_render_of_an_unsafe_template_exits_2(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    unsafe = USER_TEMPLATE.replace('id = "test-follow-up"', 'id = "unsafe"').replace(
        "{{ topic }}", "{{ topic.__class__.__mro__ }}")
    (data_dir / "templates" / "unsafe.toml").write_text(unsafe, encoding="utf-8")
    assert run("--data-dir", str(data_dir), "render", "unsafe", "--set", "topic=x")[0] == 2
    assert "unsafe: not allowed" in assert_one_line_error(capsys).lower()


# the installed command

def test_installed_command_runs(tmp_path: Path, data_dir: Path) -> None:
    exe = Path(sys.executable).parent / "inmail-studio"
    if not exe.exists():
        pytest.skip(f"{exe} is not installed")
    path = tmp_path / "message.txt"
    path.write_text(WITH_ERRORS, encoding="utf-8")
    env = {**os.environ, "INMAIL_STUDIO_DATA_DIR": str(data_dir)}
    lint_run = subprocess.run([str(exe), "lint", "--json", str(path)], capture_output=True, text=True, env=env,
                              cwd=tmp_path, timeout=60)
    assert lint_run.returncode == 1, lint_run.stderr
    assert json.loads(lint_run.stdout)["metrics"]["unfilled_placeholders"] == ["[Name]"]
    missing = subprocess.run([str(exe), "lint", str(tmp_path / "nope.txt")], capture_output=True, text=True,
                             env=env, cwd=tmp_path, timeout=60)
    assert missing.returncode == 2
    assert len(missing.stderr.strip().splitlines()) == 1 and "Traceback" not in missing.stderr


# a peer of the window ------------------------------------------------------------------------------

@pytest.mark.parametrize("order", ["before", "after"])
def test_the_data_dir_goes_before_or_after_the_command(data_dir: Path, write, order: str) -> None:
    where = ["--data-dir", str(data_dir)]
    lint_args = ["lint", "--json", "--kind", "follow_up", write(CLEAN)]
    code, out = run(*(where + lint_args if order == "before" else lint_args[:1] + where + lint_args[1:]))
    assert code == 0 and json.loads(out)["score"] == 100
    render_args = ["render", "test-follow-up", "--set", "first_name=Anna", "--set", "topic=buddies", "--json"]
    code, out = run(*(where + render_args if order == "before" else render_args + where))
    assert code == 0 and json.loads(out)["body"].startswith("Hi Anna,")  # the data folder's own template


@pytest.mark.parametrize("argv", [
    ["--data-dir", "D", "lint", "m.txt"], ["lint", "--data-dir", "D", "m.txt"], ["templates", "list"],
    ["--help"], ["--data-dir", "D", "--version"], ["lnt", "m.txt"],
])
def test_a_command_never_starts_the_window(monkeypatch: pytest.MonkeyPatch, argv: list[str]) -> None:
    from inmail_studio import __main__, app

    monkeypatch.setattr(app, "run", lambda _argv: pytest.fail("the window was started"))
    monkeypatch.setattr(cli, "main", lambda _argv: 7)
    assert cli.wants_cli(argv)
    assert __main__.main(argv) == 7


@pytest.mark.parametrize("argv", [[], ["--data-dir", "D"], ["-platform", "offscreen"], ["--data-dir=D"]])
def test_without_a_command_the_window_starts(argv: list[str]) -> None:
    assert not cli.wants_cli(argv)


def test_the_installed_entry_point_lints_with_the_data_dir_first(tmp_path: Path, data_dir: Path) -> None:
    path = tmp_path / "message.txt"
    path.write_text(WITH_ERRORS, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "inmail_studio", "--data-dir", str(data_dir), "lint", "--json",
                           str(path)], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 1, done.stderr
    assert json.loads(done.stdout)["metrics"]["unfilled_placeholders"] == ["[Name]"]


def test_render_prospects_prints_every_message(data_dir: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    people = tmp_path / "people.csv"
    people.write_text("First Name,Last Name,Company,Topic\nAnna,Jansen,Acme,buddies\nPiet,Puk,Gent BV,pairing\n",
                      encoding="utf-8")
    code, out = run("render", "test-follow-up", "--prospects", str(people), "--data-dir", str(data_dir))
    assert code == 0
    assert "Hi Anna," in out and "post on buddies" in out and "Hi Piet," in out and "post on pairing" in out
    assert out.index("Anna Jansen") < out.index("Hi Anna,") < out.index("Piet Puk") < out.index("Hi Piet,")
    assert "rows: 2, rendered: 2" in capsys.readouterr().err


def test_the_command_line_reads_the_windows_preferences(data_dir: Path, write) -> None:
    from inmail_studio.core.paths import Paths, resources_dir
    from inmail_studio.core.settings import Preferences
    from inmail_studio.core.workspace import Workspace

    ws = Workspace.open(Paths(resources=resources_dir(), data=data_dir))
    ws.set_preferences(Preferences(account="free"))
    ws.close()
    note = write("Hi Anna, I'd love to connect. " * 8)  # about 240 characters: over a free account's 200
    code, out = run("--data-dir", str(data_dir), "lint", "--json", "--kind", "connection_request", note)
    assert code == 1 and [f["rule"] for f in json.loads(out)["findings"] if f["severity"] == "error"] == [
        "body-length"]
    code, _out = run("--data-dir", str(data_dir), "lint", "--json", "--kind", "connection_request",
                     "--account", "premium", note)
    assert code == 0


def test_the_format_method_template_error_shows_no_python_object(data_dir: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    leaky = USER_TEMPLATE.replace('id = "test-follow-up"', 'id = "leaky"').replace(
        "{{ topic }}", '{% set f = "{0}".format %}{{ [first_name]|map(f)|list }}')
    (data_dir / "templates" / "leaky.toml").write_text(leaky, encoding="utf-8")
    assert run("--data-dir", str(data_dir), "render", "leaky", "--set", "first_name=Anna")[0] == 2
    err = assert_one_line_error(capsys)
    assert "leaky" in err and "filter" in err
    assert "<" not in err and "0x" not in err and "function" not in err
