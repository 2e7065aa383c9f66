# SPDX-License-Identifier: GPL-3.0-or-later
"""The detail detector's shortcut (detail_rules._LOOKED_AT) passes over a word only when no rule in
clause_hits would read it: a class a rule starts to read but the list forgets would switch that rule
off without a sound, so this reads the rules' own source."""

from __future__ import annotations

import ast
import inspect
import textwrap

from inmail_studio.core.lint.facts import detail_rules


def classes_read_on_a_word() -> set[str]:
    """Every class clause_hits tests a word's tags for ("POSS" in tags)."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(detail_rules.clause_hits)))
    return {node.left.value for node in ast.walk(tree)
            if isinstance(node, ast.Compare) and isinstance(node.left, ast.Constant)
            and isinstance(node.ops[0], ast.In) and isinstance(node.comparators[0], ast.Name)
            and node.comparators[0].id == "tags"}


def test_every_class_a_rule_reads_on_a_word_keeps_the_word_from_being_passed_over() -> None:
    read = classes_read_on_a_word()
    assert {"POSS", "SUBJ", "PERCEIVE", "ROLE"} <= read  # the source was read, not an empty set
    assert read <= detail_rules._LOOKED_AT
