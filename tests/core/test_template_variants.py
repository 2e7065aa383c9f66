# SPDX-License-Identifier: GPL-3.0-or-later
"""A/B variants in templates: the file form, round trip, even dealing over a list, the log records them."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from workspace_files import data_paths

from inmail_studio.core.paths import Paths
from inmail_studio.core.prospects.model import Prospect
from inmail_studio.core.templates import TemplateLibrary
from inmail_studio.core.templates.errors import TemplateFileError
from inmail_studio.core.templates.library import template_from_toml
from inmail_studio.core.templates.variants import VARIANT_KEY
from inmail_studio.core.workspace import Workspace

TEMPLATE = '''
id = "ab-note"
title = "A/B note"
kind = "inmail"
language = "en"
description = "Two subjects compared."
goal = "recruiting"
subject = "A question about {{ company }}"
body = """
Hi {{ first_name }},

Would you be open to a short call next week about the role at {{ company }}?

Best,
{{ sender_name }}
"""

[[variants]]
name = "A"

[[variants]]
name = "B"
subject = "{{ first_name }}, a role in {{ city }}"
'''


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return data_paths(tmp_path, {"ab-note.toml": TEMPLATE})


def test_a_template_file_names_its_variants_and_each_fills_its_own_subject() -> None:
    template = template_from_toml(TEMPLATE)
    assert template.variant_names == ("A", "B")
    values = {"first_name": "Sanne", "company": "Acme", "city": "Delft"}
    assert template.for_variant("A").render(values)[0] == "A question about Acme"
    assert template.for_variant("B").render(values)[0] == "Sanne, a role in Delft"
    assert template.for_variant("B").render(values)[1] == template.render(values)[1]  # B keeps the body
    assert "city" in template.variables  # the form asks for what any variant needs


def test_variants_survive_a_save_and_a_reload(tmp_path: Path) -> None:
    library = TemplateLibrary(tmp_path / "builtin", tmp_path / "user")
    original = template_from_toml(TEMPLATE)
    library.save(original)
    reloaded = library.get("ab-note")
    assert reloaded is not None
    assert reloaded.variants == original.variants
    assert template_from_toml(reloaded.to_toml()) == reloaded


@pytest.mark.parametrize(("tables", "problem"), [
    ('[[variants]]\nname = "A"\nsubject = "x"\n', ("template_file.too_few_variants", {})),
    ('[[variants]]\nname = "A"\nsubject = "x"\n[[variants]]\nname = "A"\nsubject = "y"\n',
     ("template_file.variant_twice", {"name": "A"})),
    ('[[variants]]\nname = "A"\ntitle = "x"\n[[variants]]\nname = "B"\n',
     ("template_file.variant_unknown_key", {"key": "title"})),
    ('[[variants]]\nname = "A"\n[[variants]]\nname = "B"\n', ("template_file.variants_own_text", {})),
    ('[[variants]]\nname = "A B"\nsubject = "x"\n[[variants]]\nname = "C"\n',
     ("template_file.bad_variant_name", {"name": "A B"})),
])
def test_a_bad_variant_is_refused_with_a_reason(tables: str, problem: tuple[str, dict[str, str]]) -> None:
    head = TEMPLATE.split("[[variants]]")[0]
    with pytest.raises(TemplateFileError) as caught:
        template_from_toml(head + tables, source="ab-note.toml")
    code, params = problem
    assert caught.value.code == code
    assert caught.value.params["source"] == "ab-note.toml"
    assert params.items() <= caught.value.params.items()


def test_a_connection_request_has_no_subject_to_vary() -> None:
    text = TEMPLATE.replace('kind = "inmail"', 'kind = "connection_request"')
    with pytest.raises(TemplateFileError):
        template_from_toml(text)


def test_a_list_deals_the_variants_out_evenly_and_the_log_records_each(ws: Workspace) -> None:
    people = [Prospect(first_name=f"P{i}", company="Acme", details={"city": "Delft"}) for i in range(9)]
    lst = ws.store.prospects.create_list("Devs", people, template_id="ab-note")
    dealt = []
    for prospect in ws.people.people(lst.id):
        ws.people.open(prospect.id)
        comp = ws.desk.composition
        dealt.append(comp.variant)
        expected = "A question about Acme" if comp.variant == "A" else f"{prospect.first_name}, a role in Delft"
        assert comp.draft.subject == expected
        assert ws.sending.mark_sent().item.variant == comp.variant
    counts = Counter(dealt)
    assert set(counts) == {"A", "B"} and abs(counts["A"] - counts["B"]) <= 1
    logged = Counter(item.variant for item in ws.log.items())
    assert logged == counts


def test_opening_a_persons_draft_again_keeps_their_variant(ws: Workspace) -> None:
    lst = ws.store.prospects.create_list("Devs", [Prospect(first_name=f"P{i}") for i in range(4)],
                                         template_id="ab-note")
    first = ws.people.people(lst.id)[1]
    ws.people.open(first.id)
    variant = ws.desk.composition.variant
    ws.desk.save()
    ws.desk.use_template("ab-note")  # elsewhere, then back
    ws.people.open(first.id)
    assert ws.desk.composition.variant == variant


def test_drafts_outside_a_list_take_the_variant_sent_least(ws: Workspace) -> None:
    seen = []
    for name in ("Ann", "Bob", "Cas", "Dee"):
        ws.desk.use_template("ab-note")
        ws.desk.set_value("first_name", name)
        seen.append(ws.desk.composition.variant)
        ws.sending.mark_sent()
    assert Counter(seen) == {"A": 2, "B": 2}


def test_the_variant_is_not_a_personal_detail_for_the_coach(ws: Workspace) -> None:
    ws.desk.use_template("ab-note")
    assert VARIANT_KEY in ws.desk.draft.values
    assert VARIANT_KEY not in ws.desk.message().prospect


def test_stats_compare_the_variants_of_a_template(ws: Workspace) -> None:
    lst = ws.store.prospects.create_list("Devs", [Prospect(first_name=f"P{i}") for i in range(6)],
                                         template_id="ab-note")
    for prospect in ws.people.people(lst.id):
        ws.people.open(prospect.id)
        ws.sending.mark_sent()
    report = ws.results.stats()
    assert {(row["template_id"], row["variant"]) for row in report["by_template"]} >= {("ab-note", "A"),
                                                                                         ("ab-note", "B")}
    assert [(ab["template_id"], ab["a"], ab["b"]) for ab in report["ab"]] == [("ab-note", "A", "B")]


def test_built_in_a_b_templates_exist_in_both_languages_and_every_variant_is_clean(tmp_path: Path) -> None:
    from inmail_studio.core.lint.engine import lint
    from inmail_studio.core.message import Message

    paths = Paths.default(tmp_path)
    library = TemplateLibrary(paths.builtin_templates, paths.user_templates)
    with_variants = [t for t in library if t.variants]
    assert {t.language for t in with_variants} >= {"en", "nl"}
    for template in with_variants:
        subjects = set()
        for name in template.variant_names:
            subject, body = template.for_variant(name).render(template.sample)
            subjects.add(subject)
            result = lint(Message(kind=template.kind, subject=subject, body=body, language=template.language,
                                  prospect=template.sample))
            assert not result.has_errors, (template.id, name)
        assert len(subjects) == len(template.variant_names)  # the variants really differ


def test_rendering_a_list_from_a_file_deals_the_variants_too() -> None:
    from inmail_studio.core.bulk import render_all
    from inmail_studio.core.settings import Preferences

    template = template_from_toml(TEMPLATE)
    people = [Prospect(first_name=f"P{i}", company="Acme", details={"city": "Delft"}) for i in range(7)]
    rendered = list(render_all(template, people, {}, Preferences()))
    counts = Counter(r.variant for r in rendered)
    assert set(counts) == {"A", "B"} and abs(counts["A"] - counts["B"]) <= 1
    for r in rendered:
        expected = "A question about Acme" if r.variant == "A" else f"{r.prospect.first_name}, a role in Delft"
        assert r.subject == expected


def test_the_variant_is_never_kept_as_a_persons_detail_or_the_lists(ws: Workspace) -> None:
    lst = ws.store.prospects.create_list("Devs", [Prospect(first_name="Ann"), Prospect(first_name="Bob")],
                                         template_id="ab-note")
    ann, bob = ws.people.people(lst.id)
    ws.people.open(ann.id)
    ws.desk.set_value(VARIANT_KEY, "B")  # a reserved key, as the draft's values carry it
    ws.desk.set_value("city", "Delft")
    assert VARIANT_KEY not in ws.people.get(ann.id).details and ws.people.get(ann.id).details == {"city": "Delft"}
    assert VARIANT_KEY not in ws.people.list_values(lst.id)
    ws.people.open(bob.id)
    assert ws.desk.composition.variant in ("A", "B")


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "ab-note.toml: template ab-note: two variants are both called “A”"),
    ("nl", "ab-note.toml: sjabloon ab-note: twee varianten heten allebei ‘A’"),
])
def test_a_bad_variant_is_worded_in_the_users_language(language: str, expected: str) -> None:
    from inmail_studio.cli.texts import describe

    head = TEMPLATE.split("[[variants]]")[0]
    tables = '[[variants]]\nname = "A"\nsubject = "x"\n[[variants]]\nname = "A"\nsubject = "y"\n'
    with pytest.raises(TemplateFileError) as caught:
        template_from_toml(head + tables, source="ab-note.toml")
    assert describe(caught.value, language) == expected


@pytest.mark.parametrize("field", ["kind", "language", "goal", "phase"])
def test_a_field_outside_its_choices_names_the_field_and_the_choices(field: str) -> None:
    from inmail_studio.cli.texts import describe

    head = TEMPLATE.split("[[variants]]")[0]
    if f"\n{field} =" in head:
        lines = head.splitlines()
        head = "\n".join(f'{field} = "nonsense"' if line.startswith(f"{field} =") else line for line in lines)
    else:
        head = head.replace("\nkind =", f'\n{field} = "nonsense"\nkind =', 1)
    with pytest.raises(TemplateFileError) as caught:
        template_from_toml(head, source="x.toml")
    assert caught.value.code == "template_file.bad_choice"
    assert caught.value.params["field"] == field
    text = describe(caught.value, "en")
    assert f"“{field}” must be one of" in text and "nonsense" not in text
