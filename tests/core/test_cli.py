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
from inmail_studio.core import Message, lint

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
