# SPDX-License-Identifier: GPL-3.0-or-later
"""Templates say which variables are list-wide (`campaign`) and which each person has their own."""

from __future__ import annotations

import pytest

from inmail_studio.core.paths import resources_dir
from inmail_studio.core.templates import TemplateLibrary, template_from_toml
from inmail_studio.core.templates.errors import TemplateFileError

SOURCE = '''
id = "t"
title = "T"
kind = "inmail"
language = "nl"
campaign = ["hiring_company", "role"]
subject = "Uw ervaring met {{ challenge }}"
body = """Beste {{ first_name }}, bij {{ company }} ({{ challenge }}) zoekt {{ hiring_company }}
een {{ role }}. {{ sender_name }}"""
'''


def test_campaign_fields_and_the_sender_are_list_wide_the_rest_per_person() -> None:
    template = template_from_toml(SOURCE)
    assert template.campaign == ("hiring_company", "role")
    assert template.list_wide == ["hiring_company", "role", "sender_name"]
    assert template.per_person == ["challenge", "first_name", "company"]


def test_without_campaign_only_the_sender_is_list_wide() -> None:
    template = template_from_toml(SOURCE.replace('campaign = ["hiring_company", "role"]\n', ""))
    assert template.campaign == ()
    assert template.list_wide == ["sender_name"]
    assert "hiring_company" in template.per_person


def test_campaign_round_trips_through_the_file_format() -> None:
    template = template_from_toml(SOURCE)
    assert template_from_toml(template.to_toml()) == template
    bare = template.with_changes(campaign=())
    assert "campaign" not in bare.to_toml() and template_from_toml(bare.to_toml()) == bare


@pytest.mark.parametrize("bad", ['campaign = "role"', 'campaign = [1]', 'campaign = ["not a name"]'])
def test_a_bad_campaign_is_a_file_error(bad: str) -> None:
    with pytest.raises(TemplateFileError):
        template_from_toml(SOURCE.replace('campaign = ["hiring_company", "role"]', bad), source="x.toml")


def test_built_in_recruiting_templates_name_their_campaign_fields(tmp_path) -> None:  # type: ignore[no-untyped-def]
    library = TemplateLibrary(resources_dir() / "templates", tmp_path)
    senior = library.get("nl-recruit-inmail-senior-candidate")
    assert senior is not None and set(senior.campaign) == {"hiring_company", "role"}
    assert senior.per_person == ["challenge", "first_name", "last_name", "company"]
    for template in library:
        assert set(template.campaign) <= set(template.variables), template.id  # no stale names
        for shared in ("hiring_company", "role", "hiring_manager"):
            if shared in template.variables:
                assert shared in template.list_wide, (template.id, shared)
