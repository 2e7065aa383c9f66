# SPDX-License-Identifier: GPL-3.0-or-later
"""A list's values and each person's, kept apart by the application layer (no window)."""

from __future__ import annotations

from pathlib import Path

from inmail_studio.core.workspace import campaign

CONNECTIONS = Path(__file__).parent.parent / "data" / "walk" / "Connections.csv"
SENIOR = "nl-recruit-inmail-senior-candidate"
CHALLENGE = "de digitale transformatie van de klantenservice"


def _walk_list(ws):  # type: ignore[no-untyped-def]
    imported = ws.people.import_file(CONNECTIONS, template_id=SENIOR)
    people = ws.people.people(imported.list.id)
    assert [p.first_name for p in people] == ["Karin", "Jeroen", "Fatima"]
    return imported.list.id, [p.id for p in people]


def test_a_persons_detail_stays_with_that_person(ws) -> None:
    list_id, (karin, jeroen, fatima) = _walk_list(ws)
    ws.people.open(karin)
    ws.desk.set_value("challenge", CHALLENGE)
    assert CHALLENGE in ws.desk.draft.body
    ws.people.open(jeroen)
    assert CHALLENGE not in ws.desk.draft.body and "{{ challenge }}" in ws.desk.draft.body
    assert "challenge" not in ws.desk.draft.values
    assert ws.people.get(karin).details["challenge"] == CHALLENGE  # kept with her
    assert "challenge" not in campaign.list_values(ws, list_id)
    ws.people.open(fatima)
    assert CHALLENGE not in ws.desk.draft.body
    ws.people.open(karin)
    assert CHALLENGE in ws.desk.draft.body  # her draft still has it


def test_a_list_wide_value_reaches_everyone_not_yet_sent(ws) -> None:
    list_id, (karin, jeroen, fatima) = _walk_list(ws)
    ws.people.open(fatima)  # a draft made before the value was typed
    ws.people.open(karin)
    ws.desk.set_value("role", "directeur bedrijfsvoering")
    ws.desk.set_value("hiring_company", "Stichting Rivierzorg")
    ws.sending.mark_sent()
    sent_body = ws.desk.draft.body
    assert "Stichting Rivierzorg" in sent_body
    assert campaign.list_values(ws, list_id)["role"] == "directeur bedrijfsvoering"
    ws.people.open(jeroen)
    assert "een directeur bedrijfsvoering" in ws.desk.draft.body
    ws.desk.set_value("role", "manager klantcontact")  # edited later: the not-yet-sent follow
    ws.people.open(fatima)
    assert "een manager klantcontact" in ws.desk.draft.body and "Stichting Rivierzorg" in ws.desk.draft.body
    ws.people.open(karin)
    assert ws.desk.draft.body == sent_body  # what was sent stays as it was sent


def test_follow_up_starts_from_the_lists_follow_up_template(ws) -> None:
    list_id, (karin, _jeroen, _fatima) = _walk_list(ws)
    ws.people.open(karin)
    ws.desk.set_value("challenge", CHALLENGE)
    ws.sending.mark_sent()
    campaign.set_follow_up_template(ws, list_id, "nl-recruit-follow-up-vacancy-text")
    assert campaign.follow_up_template(ws, list_id) == "nl-recruit-follow-up-vacancy-text"
    draft, comp = campaign.follow_up_draft(ws, ws.people.get(karin), "Karin van Leeuwen")
    assert draft.prospect_id == karin and comp is not None and comp.draft.kind == "follow_up"
    assert "Karin" in comp.draft.body and CHALLENGE in comp.draft.body  # her own detail, from her record
    campaign.set_follow_up_template(ws, list_id, None)
    _, comp = campaign.follow_up_draft(ws, ws.people.get(karin), "Karin van Leeuwen")
    assert comp is None


def test_a_follow_up_without_a_list_template_takes_one_with_the_persons_details(ws) -> None:
    _list_id, (karin, _jeroen, _fatima) = _walk_list(ws)
    ws.people.open(karin)
    ws.desk.set_value("challenge", CHALLENGE)
    ws.sending.mark_sent()
    campaign.start_follow_up(ws, "Follow-up: %s")
    draft = ws.desk.draft
    assert draft.prospect_id == karin and draft.kind == "follow_up" and draft.body == "Beste Karin,\n\n"
    assert draft.title == "Follow-up: Karin van Leeuwen"
    ws.desk.use_template("nl-recruit-follow-up-vacancy-text")  # chosen in the library
    assert ws.desk.draft.id == draft.id and ws.desk.draft.prospect_id == karin
    assert ws.desk.draft.body.startswith("Beste Karin") and CHALLENGE in ws.desk.draft.body
