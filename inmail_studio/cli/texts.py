# SPDX-License-Identifier: GPL-3.0-or-later
"""What the core's problem codes say on the command line, in English and Dutch (the window has its
own table, ui/texts.py, translated through Qt; the Dutch here says what its translation says).

One table per language with the same keys; `describe()` and `bad_row()` pick the table of the
command's UI language (words.speaking()). Dutch follows resources/i18n/GLOSSARY.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from inmail_studio.cli.words import WORDS, fill, number, speaking
from inmail_studio.core.errors import CoreError, Problem

_TEXTS_EN: dict[str, str] = {
    "store.disk_full": "The disk is full: nothing was written.",
    "store.read_only": "The data folder is read-only: nothing was written.",
    "store.busy": "Another program is using the database: nothing was written; try again.",
    "store.failed": "Nothing was written ({detail}).",
    "store.missing": "That item no longer exists.",
    "store.failed_read": "The data could not be read ({detail}).",
    "store.locked": "The database {path} is locked by another program ({detail}).",
    "store.folder_read_only": "The data folder of {path} cannot be written ({detail}).",
    "store.folder_unusable": "The data folder of {path} cannot be used ({detail}).",
    "store.damaged_unmovable": "The database {path} is damaged and could not be moved aside ({detail}).",
    "store.new_failed": "A new database could not be created at {path} ({detail}).",
    "store.moved_aside": ("The database could not be read ({detail}). It was moved aside to "
                          "{moved} and a new one was started; your templates are not affected."),
    "store.unavailable": ("InMail Studio cannot store anything: {reason_text} No temporary "
                          "folder could be used either ({error})."),
    "store.newer_schema": ("The database {path} was made by a newer InMail Studio (data version {version}; "
                           "this one reads up to {supported}). Update InMail Studio to open it; the file "
                           "was left as it is."),
    "store.migration_failed": ("The database {path} could not be brought up to date ({detail}). It was left "
                               "as it was; free some disk space or update InMail Studio, then try again."),
    "template.too_long": "The template is over {limit} characters.",
    "template.syntax": "line {line}: {detail}",
    "template.nested": "The template is nested too deeply.",
    "template.loops_nested": "Loops are nested {depth} deep; at most {limit} are allowed.",
    "template.output_too_long": "The filled-in text would be over {limit} characters.",
    "template.too_slow": "Filling in the template took too long and was stopped.",
    "template.memory": "The template needs too much memory.",
    "template.unknown_filter": "There is no filter named {name}.",
    "template.unknown_test": "There is no test named {name}.",
    "template.filter_by_value": "A filter is named in a template (map(\"upper\")), not given as a value.",
    "template.test_by_value": "A test is named in a template (select(\"odd\")), not given as a value.",
    "template.not_allowed": "Not allowed in a template: {detail}",
    "template.python_object": "A template may print text and numbers, not Python objects.",
    "template.failed": "The template could not be filled in: {detail}",
    "template.range_too_long": "range() of more than {limit} items is not allowed in a template.",
    "template.width_from_value": "A width or precision taken from a value is not allowed in a template.",
    "template.bad_format": "Bad format text: {detail}",
    "template.not_available": "{name} is not available in a template.",
    "template.too_many_parts": "More than {limit} parts is not allowed in a template.",
    "template.number_too_large": "A number too large for a template.",
    "template_file.invalid": "{source}: not a valid template file ({detail})",
    "template_file.missing_key": "{source}: the template has no “{key}”",
    "template_file.bad_value": "{source}: {detail}",
    "template_file.unreadable": "{source}: cannot be read ({detail})",
    "template_file.not_utf8": "{source}: the file is not UTF-8 text; save it as UTF-8",
    "template_file.too_deep": "{source}: lists or tables are nested too deeply",
    "template_file.not_text": "{source}: “{key}” must be text",
    "template_file.not_list": "{source}: “{key}” must be a list of texts",
    "template_file.not_table": "{source}: “{key}” must be a table of names and texts",
    "template_file.bad_id": ("{source}: the template id “{template}” may hold only lower-case letters, digits "
                             "and dashes"),
    "template_file.bad_choice": "{source}: template {template}: “{field}” must be one of {allowed}",
    "template_file.bad_dmu_role": "{source}: template {template}: “{role}” is not a DMU role",
    "template_file.bad_campaign_field": ("{source}: template {template}: list-wide field “{name}” is not a "
                                         "variable name"),
    "template_file.campaign_not_list": "{source}: “campaign” must be a list of variable names",
    "template_file.variants_not_tables": "{source}: variants must be [[variants]] tables",
    "template_file.variant_unknown_key": "{source}: a variant has an unknown key “{key}” (use name, subject, body)",
    "template_file.variant_not_text": "{source}: a variant's name, subject and body must be text",
    "template_file.too_few_variants": "{source}: template {template}: give two or more variants, or none",
    "template_file.bad_variant_name": ("{source}: template {template}: variant name “{name}”: use up to 20 letters, "
                                       "digits and dashes"),
    "template_file.variant_twice": "{source}: template {template}: two variants are both called “{name}”",
    "template_file.variant_subject_not_inmail": ("{source}: template {template}: only an InMail has a subject "
                                                 "to vary"),
    "template_file.variants_own_text": ("{source}: template {template}: only one variant may keep the template's "
                                        "own text"),
    "import.binary": "This is not a CSV file: it contains binary data.",
    "import.cannot_open": "{file} cannot be opened: {detail}",
    "import.empty": "{file} is empty.",
    "import.no_header": "This does not look like a CSV file: no header row with column names was found.",
    "import.cannot_decode": "{file} cannot be decoded as text ({detail}).",
    "store.temporary_folder": "{reason_text} Using a temporary folder, {folder}, for now.",
    "cli.temporary_write": "{reason_text} Nothing was written: the change would go to a temporary copy and be lost.",
    "cli.temporary_read": "{reason_text} Showing a temporary copy of your data.",
    "cli.temporary_empty": "{reason_text} Your data could not be read, so nothing is shown.",
    "cli.unexpected": "an unexpected error stopped the command: {detail}",
}
# The window's Dutch (resources/i18n/inmail_studio_nl.ts, context "Problems") where the English is the
# same; where the command line says "nothing was written" instead of "the draft was not saved", its words.
_TEXTS_NL: dict[str, str] = {
    "store.disk_full": "De schijf is vol: er is niets opgeslagen.",
    "store.read_only": "In de gegevensmap kan niet worden geschreven: er is niets opgeslagen.",
    "store.busy": "Een ander programma gebruikt de database: er is niets opgeslagen; probeer het opnieuw.",
    "store.failed": "Er is niets opgeslagen ({detail}).",
    "store.missing": "Dat bestaat niet meer.",
    "store.failed_read": "De gegevens konden niet worden gelezen ({detail}).",
    "store.locked": "De database {path} is door een ander programma vergrendeld ({detail}).",
    "store.folder_read_only": "In de gegevensmap van {path} kan niet worden geschreven ({detail}).",
    "store.folder_unusable": "De gegevensmap van {path} kan niet worden gebruikt ({detail}).",
    "store.damaged_unmovable": "De database {path} is beschadigd en kon niet opzij worden gezet ({detail}).",
    "store.new_failed": "Er kon geen nieuwe database worden gemaakt in {path} ({detail}).",
    "store.moved_aside": ("De database kon niet worden gelezen ({detail}). Hij is opzij gezet als {moved} en er "
                          "is een nieuwe begonnen; je sjablonen zijn niet geraakt."),
    "store.unavailable": ("InMail Studio kan niets opslaan: {reason_text} Ook een tijdelijke map kon niet "
                          "worden gebruikt ({error})."),
    "store.newer_schema": ("De database {path} is gemaakt door een nieuwere InMail Studio (gegevensversie "
                           "{version}; deze versie leest tot en met {supported}). Werk InMail Studio bij om hem "
                           "te openen; het bestand is niet aangeraakt."),
    "store.migration_failed": ("De database {path} kon niet worden bijgewerkt ({detail}). Hij is gelaten zoals "
                               "hij was; maak wat schijfruimte vrij of werk InMail Studio bij en probeer het "
                               "opnieuw."),
    "template.too_long": "Het sjabloon is langer dan {limit} tekens.",
    "template.syntax": "regel {line}: {detail}",
    "template.nested": "Het sjabloon is te diep genest.",
    "template.loops_nested": "Lussen zijn {depth} diep genest; hoogstens {limit} mag.",
    "template.output_too_long": "De ingevulde tekst zou langer worden dan {limit} tekens.",
    "template.too_slow": "Het invullen van het sjabloon duurde te lang en is gestopt.",
    "template.memory": "Het sjabloon heeft te veel geheugen nodig.",
    "template.unknown_filter": "Er is geen filter met de naam {name}.",
    "template.unknown_test": "Er is geen test met de naam {name}.",
    "template.filter_by_value": ("Een filter noem je in een sjabloon bij naam (map(\"upper\")); je geeft het "
                                 "niet als waarde mee."),
    "template.test_by_value": ("Een test noem je in een sjabloon bij naam (select(\"odd\")); je geeft hem niet "
                               "als waarde mee."),
    "template.not_allowed": "Niet toegestaan in een sjabloon: {detail}",
    "template.python_object": "Een sjabloon mag tekst en getallen tonen, geen Python-objecten.",
    "template.failed": "Het sjabloon kon niet worden ingevuld: {detail}",
    "template.range_too_long": "range() met meer dan {limit} elementen is niet toegestaan in een sjabloon.",
    "template.width_from_value": "Een breedte of precisie uit een waarde is niet toegestaan in een sjabloon.",
    "template.bad_format": "Ongeldige opmaaktekst: {detail}",
    "template.not_available": "{name} is niet beschikbaar in een sjabloon.",
    "template.too_many_parts": "Meer dan {limit} delen is niet toegestaan in een sjabloon.",
    "template.number_too_large": "Een getal dat te groot is voor een sjabloon.",
    "template_file.invalid": "{source}: geen geldig sjabloonbestand ({detail})",
    "template_file.missing_key": "{source}: het sjabloon heeft geen ‘{key}’",
    "template_file.bad_value": "{source}: {detail}",
    "template_file.unreadable": "{source}: kan niet worden gelezen ({detail})",
    "template_file.not_utf8": "{source}: het bestand is geen UTF-8-tekst; sla het op als UTF-8",
    "template_file.too_deep": "{source}: lijsten of tabellen zijn te diep genest",
    "template_file.not_text": "{source}: ‘{key}’ moet tekst zijn",
    "template_file.not_list": "{source}: ‘{key}’ moet een lijst van teksten zijn",
    "template_file.not_table": "{source}: ‘{key}’ moet een tabel van namen en teksten zijn",
    "template_file.bad_id": ("{source}: de sjabloon-id ‘{template}’ mag alleen kleine letters, cijfers en "
                             "streepjes bevatten"),
    "template_file.bad_choice": "{source}: sjabloon {template}: ‘{field}’ moet een van deze zijn: {allowed}",
    "template_file.bad_dmu_role": "{source}: sjabloon {template}: ‘{role}’ is geen DMU-rol",
    "template_file.bad_campaign_field": ("{source}: sjabloon {template}: lijstbreed veld ‘{name}’ is geen "
                                         "variabelenaam"),
    "template_file.campaign_not_list": "{source}: ‘campaign’ moet een lijst van variabelenamen zijn",
    "template_file.variants_not_tables": "{source}: varianten moeten [[variants]]-tabellen zijn",
    "template_file.variant_unknown_key": ("{source}: een variant heeft een onbekende sleutel ‘{key}’ (gebruik "
                                          "name, subject, body)"),
    "template_file.variant_not_text": "{source}: naam, onderwerp en tekst van een variant moeten tekst zijn",
    "template_file.too_few_variants": "{source}: sjabloon {template}: geef twee of meer varianten, of geen",
    "template_file.bad_variant_name": ("{source}: sjabloon {template}: variantnaam ‘{name}’: gebruik hoogstens 20 "
                                       "letters, cijfers en streepjes"),
    "template_file.variant_twice": "{source}: sjabloon {template}: twee varianten heten allebei ‘{name}’",
    "template_file.variant_subject_not_inmail": ("{source}: sjabloon {template}: alleen een InMail heeft een "
                                                 "onderwerp om te variëren"),
    "template_file.variants_own_text": ("{source}: sjabloon {template}: maar één variant mag de eigen tekst van "
                                        "het sjabloon houden"),
    "import.binary": "Dit is geen CSV-bestand: er staan binaire gegevens in.",
    "import.cannot_open": "{file} kan niet worden geopend: {detail}",
    "import.empty": "{file} is leeg.",
    "import.no_header": "Dit lijkt geen CSV-bestand: er is geen kopregel met kolomnamen gevonden.",
    "import.cannot_decode": "{file} kan niet als tekst worden gelezen ({detail}).",
    "store.temporary_folder": "{reason_text} Voorlopig wordt een tijdelijke map gebruikt: {folder}.",
    "cli.temporary_write": ("{reason_text} Er is niets opgeslagen: de wijziging zou in een tijdelijke kopie "
                            "terechtkomen en verloren gaan."),
    "cli.temporary_read": "{reason_text} Je ziet een tijdelijke kopie van je gegevens.",
    "cli.temporary_empty": "{reason_text} Je gegevens konden niet worden gelezen, dus er wordt niets getoond.",
    "cli.unexpected": "een onverwachte fout heeft de opdracht gestopt: {detail}",
}
TEXTS: dict[str, dict[str, str]] = {"en": _TEXTS_EN, "nl": _TEXTS_NL}

BAD_ROWS: dict[str, dict[str, str]] = {
    "en": {
        "not_csv": "cannot be read as CSV ({detail})",
        "line_too_long": "is over {limit} characters long (no line break?)",
        "unclosed_quote": "opens a quote (\") that is never closed",
        "too_many_cells": "has {cells} cells; the header has {width}",
        "cell_too_long": "a cell is over {limit} characters",
        "no_name": "has no name",
        "same_url_other_name": "has the profile URL of line {first_line} ({name}) but another name",
    },
    "nl": {
        "not_csv": "kan niet als CSV worden gelezen ({detail})",
        "line_too_long": "is langer dan {limit} tekens (geen regeleinde?)",
        "unclosed_quote": "opent een aanhalingsteken (\") dat nergens wordt gesloten",
        "too_many_cells": "heeft {cells} cellen; de kopregel heeft er {width}",
        "cell_too_long": "een cel is langer dan {limit} tekens",
        "no_name": "heeft geen naam",
        "same_url_other_name": "heeft de profiel-URL van regel {first_line} ({name}), maar een andere naam",
    },
}


def _fill(text: str, params: Mapping[str, Any], language: str) -> str:
    return fill(text, {key: number(value, language) if isinstance(value, int) and not isinstance(value, bool)
                       else str(value) for key, value in params.items()})


def describe(problem: Problem | CoreError, language: str | None = None) -> str:
    """The sentence for a problem in `language` ("en" or "nl"; default: the command's UI language);
    an unknown code shows as itself. Whole numbers show with the language's thousands separator; a
    problem naming a system error (param "errno", e.g. "ENOENT") has its `detail` in the language."""
    language = language if language in TEXTS else speaking()
    if isinstance(problem, CoreError):
        problem = problem.problem
    params = dict(problem.params)
    reason = params.pop("reason", None)
    if isinstance(reason, str):
        params["reason_text"] = describe(Problem(reason, params), language)
    if problem.code == "template.syntax" and "line" not in params:
        return str(params.get("detail", ""))
    if (system := WORDS[language].get(f"errno.{params.get('errno')}")) is not None:
        params["detail"] = system  # a system error the table words (WORDS "errno.…"); any other as the system put it
    text = TEXTS[language].get(problem.code)
    return _fill(text, params, language) if text else problem.code


def bad_row(row: Any, language: str | None = None) -> str:
    """Why an imported row (a `BadRow`) was skipped, in `language` (default: the UI language)."""
    language = language if language in BAD_ROWS else speaking()
    text = BAD_ROWS[language].get(row.reason)
    return _fill(text, row.params, language) if text else row.reason
