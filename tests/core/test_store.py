# SPDX-License-Identifier: GPL-3.0-or-later
"""The drafts store: what is saved comes back, and two windows never overwrite each other."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from inmail_studio.core.store import DraftChangedElsewhere, Store
from inmail_studio.core.store.database import SCHEMA, SCHEMA_VERSION

BODY = "Hoi Sanne, je post over onboarding in de zorg bleef hangen. Zullen we volgende week kort bellen?"


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    opened = Store.open(tmp_path / "inmail-studio.sqlite3")
    yield opened
    opened.close()


def test_a_saved_draft_comes_back_as_typed(store: Store) -> None:
    draft = store.create_draft(kind="connection_request", language="nl")
    saved = store.save_draft(replace(draft, body=BODY, values={"first_name": "Sanne"}))
    again = store.get_draft(draft.id)
    assert again == saved
    assert again.body == BODY and again.values == {"first_name": "Sanne"} and again.kind == "connection_request"


def test_a_second_reader_of_the_same_draft_cannot_overwrite_the_first_save(tmp_path: Path) -> None:
    path = tmp_path / "inmail-studio.sqlite3"
    first, second = Store.open(path), Store.open(path)
    try:
        draft = first.create_draft()
        mine, theirs = first.get_draft(draft.id), second.get_draft(draft.id)
        first.save_draft(replace(mine, body=BODY))
        with pytest.raises(DraftChangedElsewhere):
            second.save_draft(replace(theirs, body="stray"))
        assert second.get_draft(draft.id).body == BODY
    finally:
        first.close()
        second.close()


def test_saving_again_over_ones_own_save_and_rename_works(store: Store) -> None:
    draft = store.create_draft()
    saved = store.save_draft(replace(draft, body="one"))
    saved = store.save_draft(replace(saved, body="two"))
    updated_at = store.rename_draft(draft.id, "  Sanne, zorg  ")
    store.save_draft(replace(saved, title="Sanne, zorg", body="three", updated_at=updated_at))
    assert store.get_draft(draft.id).body == "three"
    assert store.get_draft(draft.id).title == "Sanne, zorg"


def test_deleted_drafts_leave_the_list_until_restored(store: Store) -> None:
    kept, gone = store.create_draft(body="kept"), store.create_draft(body="gone")
    store.delete_draft(gone.id)
    assert [d.id for d in store.list_drafts()] == [kept.id]
    store.restore_draft(gone.id)
    assert {d.id for d in store.list_drafts()} == {kept.id, gone.id}
    store.delete_draft(gone.id)
    assert store.purge_deleted() == 1
    assert store.get_draft(gone.id) is None


def test_the_same_text_is_recorded_as_sent_once(store: Store) -> None:
    draft = store.save_draft(replace(store.create_draft(), subject="Onboarding", body=BODY))
    assert not store.was_sent(draft)
    record = store.mark_sent(draft)
    assert record.body == BODY and store.was_sent(draft)
    assert store.sent_draft_ids() == {draft.id}
    assert not store.was_sent(replace(draft, body=BODY + " Groet, Ruud"))


def test_settings_keep_their_values(store: Store) -> None:
    assert store.get_setting("last_draft_id", 7) == 7
    store.set_setting("preferences", {"account": "free", "band": [100, 200]})
    assert store.get_setting("preferences") == {"account": "free", "band": [100, 200]}


def test_a_first_version_database_is_migrated_with_its_drafts(tmp_path: Path) -> None:
    path = tmp_path / "inmail-studio.sqlite3"
    old = sqlite3.connect(path, isolation_level=None)
    old.executescript(SCHEMA)
    old.execute("PRAGMA user_version=1")
    old.execute("INSERT INTO drafts (body, created_at, updated_at) VALUES (?, 1.0, 1.0)", (BODY,))
    old.close()
    store = Store.open(path)
    try:
        assert store.notice is None
        [draft] = store.list_drafts()
        assert draft.body == BODY and draft.prospect_id is None
        version = sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0]
        assert version == SCHEMA_VERSION
    finally:
        store.close()
