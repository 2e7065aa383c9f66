# SPDX-License-Identifier: GPL-3.0-or-later
"""A template file with a field of the wrong type, or not UTF-8, is refused with a code (never
Python's words), and one bad user file never stops the library: it is skipped, the others load."""

from __future__ import annotations

from pathlib import Path

import pytest

from inmail_studio.core.paths import Paths
from inmail_studio.core.templates import TemplateLibrary, template_from_toml
from inmail_studio.core.templates.errors import TemplateFileError

GOOD = {"id": '"good"', "title": '"Good"', "kind": '"inmail"', "language": '"en"', "subject": '"Hi"',
        "body": '"Hello {{ first_name }}"'}


def toml(**changes: str) -> str:
    """A template file: GOOD's fields with `changes` (values as TOML) put in their place or added."""
    fields = {**GOOD, **changes}
    tables = {k: fields.pop(k) for k in ("sample", "variants") if k in changes}
    text = "".join(f"{key} = {value}\n" for key, value in fields.items())
    return text + "".join(f"{key} = {value}\n" for key, value in tables.items())


@pytest.mark.parametrize(("changes", "code", "key"), [
    ({"id": "5"}, "template_file.not_text", "id"),
    ({"title": "3"}, "template_file.not_text", "title"),
    ({"kind": "[\"inmail\"]"}, "template_file.not_text", "kind"),
    ({"language": "true"}, "template_file.not_text", "language"),
    ({"subject": "3"}, "template_file.not_text", "subject"),
    ({"body": "{ text = \"x\" }"}, "template_file.not_text", "body"),
    ({"description": "1.5"}, "template_file.not_text", "description"),
    ({"goal": "1979-05-27"}, "template_file.not_text", "goal"),
    ({"phase": "0"}, "template_file.not_text", "phase"),
    ({"dmu": "3"}, "template_file.not_list", "dmu"),
    ({"dmu": "[\"buyer\", 3]"}, "template_file.not_list", "dmu"),
    ({"dmu": "\"buyer\""}, "template_file.not_list", "dmu"),
    ({"sample": "3"}, "template_file.not_table", "sample"),
    ({"sample": "[\"Anna\"]"}, "template_file.not_table", "sample"),
    ({"sample": "{ first_name = [\"Anna\"] }"}, "template_file.not_text", "sample.first_name"),
    ({"campaign": "\"x\""}, "template_file.campaign_not_list", None),
    ({"variants": "3"}, "template_file.variants_not_tables", None),
])
def test_a_field_of_the_wrong_type_is_refused_with_its_code(changes: dict[str, str], code: str,
                                                           key: str | None) -> None:
    with pytest.raises(TemplateFileError) as caught:
        template_from_toml(toml(**changes), source="t.toml")
    assert caught.value.code == code
    assert caught.value.params["source"] == "t.toml"
    assert caught.value.params.get("key") == key


def test_a_sample_of_numbers_is_read_as_text() -> None:
    template = template_from_toml(toml(sample="{ first_name = \"Anna\", years = 5, rate = 2.5 }"))
    assert dict(template.sample) == {"first_name": "Anna", "years": "5", "rate": "2.5"}


@pytest.fixture
def library(tmp_path: Path) -> TemplateLibrary:
    paths = Paths.default(tmp_path / "data")
    return TemplateLibrary(paths.builtin_templates, paths.user_templates)


BAD_FILES: dict[str, str | bytes] = {
    "a-dmu.toml": toml(id='"a-dmu"', dmu="3"), "b-id.toml": toml(id="5"), "c-sample.toml": toml(id='"c"', sample="3"),
    "d-title.toml": toml(id='"d"', title="3"), "e-subject.toml": toml(id='"e"', subject="3"),
    "f-campaign.toml": toml(id='"f"', campaign='"x"'), "g-variants.toml": toml(id='"g"', variants="3"),
    "h-latin1.toml": toml(id='"h"', title='"Café"').encode("latin-1"),
    "i-deep.toml": "id = " + "[" * 5000 + "]" * 5000 + "\n",
}


def test_each_bad_user_file_is_skipped_with_its_code_and_the_others_load(library: TemplateLibrary) -> None:
    library.user_dir.mkdir(parents=True)
    for name, text in BAD_FILES.items():
        (library.user_dir / name).write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    (library.user_dir / "z-good.toml").write_text(toml(id='"z-good"', title='"Zebra"'), encoding="utf-8")
    library.reload()
    found = {e.params["source"]: e for e in library.errors}
    assert set(found) == set(BAD_FILES)
    assert found["h-latin1.toml"].code == "template_file.not_utf8"
    assert found["c-sample.toml"].code == "template_file.not_table"
    assert library.get("z-good") is not None and library.get("z-good").title == "Zebra"
    assert len(library) > 10  # the built-in library too
    python_words = ("object", "'int'", "codec", "iterable", "attribute", "Error")
    for problem in library.errors:
        assert not [w for w in python_words if w in " ".join(map(str, problem.params.values()))], problem


def test_a_user_file_that_cannot_be_read_carries_the_system_error_code(library: TemplateLibrary) -> None:
    library.user_dir.mkdir(parents=True)
    (library.user_dir / "folder.toml").mkdir()  # a folder named like a template: reading it fails
    library.reload()
    (problem,) = library.errors
    assert problem.code == "template_file.unreadable"
    assert problem.params["source"] == "folder.toml" and problem.params["errno"] == "EISDIR"


def test_a_file_saved_with_a_byte_order_mark_is_read() -> None:
    assert template_from_toml("\ufeff" + toml()).id == "good"
