# SPDX-License-Identifier: GPL-3.0-or-later
"""Helpers for core tests: lint a message and see what a user would see underlined; a workspace on `paths`."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from inmail_studio.core import Message
from inmail_studio.core.lint import lint
from inmail_studio.core.lint.facts import ask_stack
from inmail_studio.core.lint.facts.detail_stack import STACK_FILE
from inmail_studio.core.lint.model import Finding, LintResult
from inmail_studio.core.paths import Paths, resources_dir, rules_dir
from inmail_studio.core.workspace import Workspace


@dataclass(frozen=True)
class Mark:
    """One finding as the editor shows it: the rule, how bad, where, and the underlined text."""

    rule: str
    severity: str
    field: str
    text: str


def underlined(message: Message, finding: Finding) -> str:
    field_text = message.subject if finding.field == "subject" else message.body
    return field_text[finding.start:finding.end]


def marks_of(message: Message, result: LintResult, rule: str | None = None) -> list[Mark]:
    return [Mark(f.rule, f.severity.value, f.field, underlined(message, f))
            for f in result.findings if rule is None or f.rule == rule]


MarksFunction = Callable[..., list[Mark]]


# The hand rules' probes test the rules' own reading of a sentence: the learned model stays out of them.
RULE_PROBES = ("test_asks", "test_lint_cta")


@pytest.fixture(autouse=True, scope="module")
def _rules_alone_in_rule_probes(request: pytest.FixtureRequest) -> Iterator[None]:
    if not request.module.__name__.rpartition(".")[2].startswith(RULE_PROBES):
        yield
        return
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ask_stack, "for_book", lambda book: None)
        yield


@pytest.fixture
def marks() -> MarksFunction:
    """`marks(rule, message)` or `marks(rule, **message fields)`: that rule's findings, as Marks."""

    def run(rule: str | None = None, message: Message | None = None, **fields: object) -> list[Mark]:
        message = message or Message(**fields)  # type: ignore[arg-type]
        return marks_of(message, lint(message), rule)

    return run


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    """The shipped resources and an empty data folder; a module may define its own."""
    return Paths(resources=resources_dir(), data=tmp_path / "data")


@pytest.fixture
def ws(paths: Paths) -> Iterator[Workspace]:
    """A workspace opened on the module's `paths` fixture, the last draft restored; closed afterwards."""
    workspace = Workspace.open(paths)
    workspace.desk.restore_last()
    yield workspace
    workspace.close()


@pytest.fixture(scope="module")
def rules_alone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the shipped rules folder without the stacked detail model: the hand rules alone decide."""
    folder = tmp_path_factory.mktemp("rules") / "rules"
    shutil.copytree(rules_dir(), folder, ignore=shutil.ignore_patterns(STACK_FILE))
    return folder
