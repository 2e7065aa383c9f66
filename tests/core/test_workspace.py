# SPDX-License-Identifier: GPL-3.0-or-later
"""The application layer without a window: drafts, compose, save, mark sent, outcomes, the list walk."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from workspace_files import data_paths

from inmail_studio.core.paths import Paths
from inmail_studio.core.prospects.model import Prospect
from inmail_studio.core.settings import Preferences
from inmail_studio.core.workspace import Workspace

TEMPLATE = '''
id = "test-note"
title = "Test note"
kind = "inmail"
language = "en"
description = "A template the workspace tests fill in."
goal = "recruiting"
subject = "Your talk on {{ topic }}"
body = """
Hi {{ first_name }},

I enjoyed your talk on {{ topic }}.

Would you be open to a short call next week?

Best,
{{ sender_name }}
"""
'''


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return data_paths(tmp_path, {"test-note.toml": TEMPLATE})


def people_list(ws: Workspace, names: tuple[str, ...] = ("Sanne", "Ruud", "Zoë")) -> tuple[int, list[int]]:
    lst = ws.store.prospects.create_list("Devs", [Prospect(first_name=n, details={"topic": f"{n}'s topic"})
                                                   for n in names], template_id="test-note")
    return lst.id, [p.id for p in ws.people.people(lst.id)]


# the open draft ---------------------------------------------------------------------------------
def test_a_template_fills_the_draft_with_the_senders_name_and_saves(ws: Workspace) -> None:
    ws.set_preferences(Preferences(sender_name="Joost"))
    changes = ws.desk.use_template("test-note")
    assert changes.composition == "template" and ws.desk.dirty
    ws.desk.set_value("first_name", "Sanne")
    ws.desk.set_value("topic", "platform teams")
    assert ws.desk.draft.subject == "Your talk on platform teams"
    assert ws.desk.draft.body.startswith("Hi Sanne,") and ws.desk.draft.body.endswith("Joost")
    assert ws.desk.save().drafts and not ws.desk.dirty
    assert ws.store.drafts.get(ws.desk.draft.id).body == ws.desk.draft.body


def test_text_edited_by_hand_is_kept_until_the_template_is_reapplied(ws: Workspace) -> None:
    ws.desk.use_template("test-note")
    ws.desk.set_text("My own subject", "My own text")
    ws.desk.set_value("topic", "hiring")
    assert ws.desk.draft.edited and ws.desk.draft.body == "My own text"
    ws.desk.reapply_template()
    assert not ws.desk.draft.edited and "hiring" in ws.desk.draft.body


def test_copy_ready_text(ws: Workspace) -> None:
    ws.desk.set_text("Onboarding", "Hi Anna,\n\nShall we talk?")
    assert ws.desk.copy_text("all") == "Onboarding\n\nHi Anna,\n\nShall we talk?"
    assert ws.desk.copy_text("subject") == "Onboarding"
    ws.desk.set_kind("connection_request")
    assert ws.desk.copy_text("all") == ws.desk.copy_text("body") == "Hi Anna,\n\nShall we talk?"
    assert ws.desk.copy_text("subject") == ""


def test_the_coach_gets_the_preferences(ws: Workspace) -> None:
    ws.set_preferences(Preferences(account="free", default_language="nl"))
    ws.desk.set_text("", "Hoi Anna")
    message = ws.desk.message()
    assert (message.account, message.language) == ("free", "nl")


def test_a_draft_saved_by_another_window_is_kept_as_a_copy(ws: Workspace, paths: Paths) -> None:
    ws.desk.set_text("", "mine")
    ws.desk.save()
    other = Workspace.open(paths)
    theirs = other.store.drafts.get(ws.desk.draft.id)
    other.store.drafts.save(replace(theirs, body="theirs"))
    other.close()
    ws.desk.set_text("", "mine, longer")
    changes = ws.desk.save()
    assert changes.notice is not None and changes.notice.code == "draft.kept_as_copy"
    assert ws.desk.draft.id == changes.notice.params["draft_id"] != theirs.id
    assert ws.store.drafts.get(theirs.id).body == "theirs" and ws.desk.draft.body == "mine, longer"


def test_the_last_open_draft_comes_back(ws: Workspace, paths: Paths) -> None:
    ws.desk.set_text("", "first")
    ws.drafts.new()
    ws.desk.set_text("", "second")
    ws.desk.save()
    [first] = [d for d in ws.drafts.list() if d.body == "first"]
    ws.drafts.open(first.id)
    ws.close()
    again = Workspace.open(paths)
    again.desk.restore_last()
    assert again.desk.draft.body == "first"
    again.close()


# drafts -------------------------------------------------------------------------------------------
def test_rename_duplicate_delete_and_restore(ws: Workspace) -> None:
    ws.desk.set_text("", "Hello Anna")
    ws.drafts.rename(ws.desk.draft.id, "  Anna  ")
    original = ws.desk.draft.id
    assert ws.desk.draft.title == "Anna"
    ws.drafts.duplicate(original, "Anna (copy)")
    assert ws.desk.draft.id != original and ws.desk.draft.title == "Anna (copy)"
    assert ws.desk.draft.body == "Hello Anna"
    ws.drafts.delete(ws.desk.draft.id)
    assert ws.desk.draft.id == original and len(ws.drafts.list()) == 1
    deleted = [d for d in ws.store.drafts.list() if d.id != original]
    assert deleted == []
    copy_id = original + 1
    ws.drafts.restore(copy_id)
    assert ws.desk.draft.id == copy_id and len(ws.drafts.list()) == 2


def test_a_new_draft_is_not_made_over_an_empty_one(ws: Workspace) -> None:
    before = ws.desk.draft.id
    assert ws.drafts.new().composition is None and ws.desk.draft.id == before


# sending and outcomes ------------------------------------------------------------------------------
def test_marking_sent_logs_the_text_once_and_can_be_undone(ws: Workspace) -> None:
    ws.desk.set_text("Onboarding", "Hi Anna, shall we talk next week?")
    at = datetime(2026, 5, 4, 9, 30).astimezone()
    sent = ws.sending.mark_sent(at)
    assert sent.item is not None and sent.item.sent_at == at and sent.changes.sent
    assert ws.sending.was_sent() and ws.sending.sent_draft_ids() == {ws.desk.draft.id}
    assert ws.sending.mark_sent().item is None  # the same text again
    ws.sending.undo_sent(sent.item.id)
    assert not ws.sending.was_sent() and ws.log.items() == []


def test_a_persons_status_follows_the_log_with_its_time(ws: Workspace) -> None:
    list_id, (sanne, *_rest) = people_list(ws)
    ws.people.open(sanne)
    assert ws.people.get(sanne).status == "todo"
    ws.desk.set_value("topic", "flaky tests")
    ws.desk.save()
    assert ws.people.get(sanne).status == "drafted"
    at = datetime.now().astimezone().replace(microsecond=0) - timedelta(hours=2)
    sent = ws.sending.mark_sent(at)
    person = ws.people.get(sanne)
    assert (person.status, person.status_at) == ("sent", at)
    replied_at = at + timedelta(hours=1)
    changes = ws.people.mark_replied(sanne, replied_at)
    person = ws.people.get(sanne)
    assert sanne in changes.prospects and (person.status, person.status_at) == ("replied", replied_at)
    assert ws.log.get(sent.item.id).outcome == "replied"
    ws.people.undo_replied(sanne)
    assert ws.people.get(sanne).status == "sent" and ws.log.get(sent.item.id).outcome == "pending"
    ws.sending.undo_sent(sent.item.id)
    assert ws.people.get(sanne).status == "drafted"
    assert ws.people.get_list(list_id).left == 3


def test_an_outcome_recorded_on_the_log_moves_the_person(ws: Workspace) -> None:
    _list_id, (sanne, *_rest) = people_list(ws)
    ws.people.open(sanne)
    item = ws.sending.mark_sent().item
    ws.sending.record_outcome(item.id, "declined")
    assert ws.people.get(sanne).status == "sent"
    ws.sending.record_outcome(item.id, "replied")
    assert ws.people.get(sanne).status == "replied"
    ws.sending.undo_outcome(item.id)
    assert ws.people.get(sanne).status == "sent" and ws.log.get(item.id).outcome == "declined"


# the list walk ---------------------------------------------------------------------------------------
def test_opening_a_person_fills_the_lists_template_with_their_details(ws: Workspace) -> None:
    _list_id, (sanne, ruud, _zoe) = people_list(ws)
    ws.people.open(ruud)
    assert ws.desk.draft.prospect_id == ruud and ws.desk.draft.subject == "Your talk on Ruud's topic"
    ws.desk.set_text(ws.desk.draft.subject, ws.desk.draft.body + "\nPS")
    ws.people.open(sanne)
    ws.people.open(ruud)
    assert ws.desk.draft.body.endswith("PS")  # their own draft, kept


def test_the_walk_skips_the_done_and_goes_round_once(ws: Workspace) -> None:
    list_id, (sanne, ruud, zoe) = people_list(ws)
    ws.people.open(ruud)
    ws.sending.mark_sent()
    step = ws.people.next_prospect(list_id, sanne)
    assert (step.prospect_id, step.wrapped) == (zoe, False)
    step = ws.people.next_prospect(list_id, zoe)
    assert (step.prospect_id, step.wrapped) == (sanne, True)
    for person in (sanne, zoe):
        ws.people.open(person)
        ws.sending.mark_sent()
    assert ws.people.next_prospect(list_id, zoe).prospect_id is None


def test_changing_the_lists_template_refills_an_unedited_draft(ws: Workspace) -> None:
    list_id, (sanne, *_rest) = people_list(ws)
    ws.store.prospects.set_list_template(list_id, None)
    ws.people.open(sanne)
    assert ws.desk.draft.body == ""
    ws.people.set_list_template(list_id, "test-note")
    assert ws.desk.draft.body.startswith("Hi Sanne,")


def test_forgetting_the_open_persons_moves_to_a_new_draft(ws: Workspace) -> None:
    _list_id, (sanne, *_rest) = people_list(ws)
    ws.people.open(sanne)
    ws.sending.mark_sent()
    assert ws.people.dependents(sanne) == (1, 1)
    ws.people.forget(sanne)
    assert ws.desk.draft.prospect_id is None and ws.people.get(sanne) is None
    assert ws.log.items() == []


def test_a_draft_restored_without_its_template_never_loses_typing(ws: Workspace, paths: Paths) -> None:
    ws.desk.use_template("test-note")
    ws.desk.set_value("topic", "hiring")
    ws.desk.save()
    ws.close()
    again = Workspace.open(paths)
    again.desk.restore_last(defer_template=True)  # as the window's first frame does
    assert again.desk.template_pending and again.desk.composition.template is None
    assert again.library._loaded is None  # the template files are not read yet
    again.desk.set_text(again.desk.draft.subject, again.desk.draft.body + "\nPS: typed by hand")
    assert not again.desk.template_pending and again.desk.composition.template is not None
    again.desk.set_value("topic", "onboarding")  # the text is the user's now: the form no longer changes it
    assert again.desk.draft.edited and again.desk.draft.body.endswith("PS: typed by hand")
    assert "hiring" in again.desk.draft.body
    again.close()
