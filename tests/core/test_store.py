# SPDX-License-Identifier: GPL-3.0-or-later
"""The drafts store: what is saved comes back, and two windows never overwrite each other."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from inmail_studio.core.store import DatabaseUnavailable, DraftChangedElsewhere, Store, StoreError
from inmail_studio.core.store.migrations import MIGRATIONS, SCHEMA_VERSION

BODY = "Hoi Sanne, je post over onboarding in de zorg bleef hangen. Zullen we volgende week kort bellen?"


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    opened = Store.open(tmp_path / "inmail-studio.sqlite3")
    yield opened
    opened.close()


def test_a_saved_draft_comes_back_as_typed(store: Store) -> None:
    draft = store.drafts.create(kind="connection_request", language="nl")
    saved = store.drafts.save(replace(draft, body=BODY, values={"first_name": "Sanne"}))
    again = store.drafts.get(draft.id)
    assert again == saved
    assert again.body == BODY and again.values == {"first_name": "Sanne"} and again.kind == "connection_request"


def test_a_second_reader_of_the_same_draft_cannot_overwrite_the_first_save(tmp_path: Path) -> None:
    path = tmp_path / "inmail-studio.sqlite3"
    first, second = Store.open(path), Store.open(path)
    try:
        draft = first.drafts.create()
        mine, theirs = first.drafts.get(draft.id), second.drafts.get(draft.id)
        first.drafts.save(replace(mine, body=BODY))
        with pytest.raises(DraftChangedElsewhere):
            second.drafts.save(replace(theirs, body="stray"))
        assert second.drafts.get(draft.id).body == BODY
    finally:
        first.close()
        second.close()


def test_saving_again_over_ones_own_save_and_rename_works(store: Store) -> None:
    draft = store.drafts.create()
    saved = store.drafts.save(replace(draft, body="one"))
    saved = store.drafts.save(replace(saved, body="two"))
    updated_at = store.drafts.rename(draft.id, "  Sanne, zorg  ")
    store.drafts.save(replace(saved, title="Sanne, zorg", body="three", updated_at=updated_at))
    assert store.drafts.get(draft.id).body == "three"
    assert store.drafts.get(draft.id).title == "Sanne, zorg"


def test_deleted_drafts_leave_the_list_until_restored(store: Store) -> None:
    kept, gone = store.drafts.create(body="kept"), store.drafts.create(body="gone")
    store.drafts.delete(gone.id)
    assert [d.id for d in store.drafts.list()] == [kept.id]
    store.drafts.restore(gone.id)
    assert {d.id for d in store.drafts.list()} == {kept.id, gone.id}
    store.drafts.delete(gone.id)
    assert store.drafts.purge_deleted() == 1
    assert store.drafts.get(gone.id) is None


def test_the_same_text_is_recorded_as_sent_once(store: Store) -> None:
    draft = store.drafts.save(replace(store.drafts.create(), subject="Onboarding", body=BODY))
    assert not store.sent.was_sent(draft)
    record = store.sent.record(draft)
    assert record.body == BODY and store.sent.was_sent(draft)
    assert record.sent_at.tzinfo is not None and record.outcome == "pending"
    assert store.sent.sent_draft_ids() == {draft.id}
    assert not store.sent.was_sent(replace(draft, body=BODY + " Groet, Ruud"))


def test_settings_keep_their_values(store: Store) -> None:
    assert store.settings.get("last_draft_id", 7) == 7
    store.settings.set("preferences", {"account": "free", "band": [100, 200]})
    assert store.settings.get("preferences") == {"account": "free", "band": [100, 200]}


def test_a_first_version_database_is_migrated_with_its_drafts(tmp_path: Path) -> None:
    path = tmp_path / "inmail-studio.sqlite3"
    old = sqlite3.connect(path, isolation_level=None)
    old.executescript(MIGRATIONS[1])
    old.execute("PRAGMA user_version=1")
    old.execute("INSERT INTO drafts (body, created_at, updated_at) VALUES (?, 1.0, 1.0)", (BODY,))
    old.close()
    store = Store.open(path)
    try:
        assert store.notice is None
        [draft] = store.drafts.list()
        assert draft.body == BODY and draft.prospect_id is None
        version = sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0]
        assert version == SCHEMA_VERSION
    finally:
        store.close()


def test_migrations_are_numbered_one_by_one_from_one() -> None:
    assert sorted(MIGRATIONS) == list(range(1, SCHEMA_VERSION + 1))


def test_a_file_from_a_newer_version_is_not_opened_over(tmp_path: Path) -> None:
    path = tmp_path / "inmail-studio.sqlite3"
    newer = sqlite3.connect(path, isolation_level=None)
    newer.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    newer.close()
    with pytest.raises(DatabaseUnavailable) as refused:  # update the app; the file is not moved aside
        Store.open(path)
    assert refused.value.code == "store.newer_schema" and refused.value.params["version"] == SCHEMA_VERSION + 1
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_several_writes_in_one_transaction_are_undone_together(store: Store) -> None:
    kept = store.drafts.create(body="kept")
    with pytest.raises(RuntimeError), store.transaction():
        store.drafts.delete(kept.id)
        store.settings.set("last_draft_id", kept.id)
        raise RuntimeError("the second half failed")
    assert store.drafts.get(kept.id) is not None and store.settings.get("last_draft_id") is None


def test_a_draft_that_is_gone_cannot_be_duplicated(store: Store) -> None:
    with pytest.raises(StoreError) as gone:
        store.drafts.duplicate(404, "copy")
    assert gone.value.code == "store.missing"


def test_when_a_draft_was_sent_is_read_through_an_index(tmp_path: Path) -> None:
    """The first frame asks it of the draft it restores; a long sent log must not slow start-up."""
    from inmail_studio.core.store.first_look import _LAST

    store = Store.open(tmp_path / "inmail.db")
    store.close()
    with sqlite3.connect(tmp_path / "inmail.db") as db:
        plan = " ".join(str(row) for row in db.execute(f"EXPLAIN QUERY PLAN {_LAST}", (1,)))
    assert "sent_by_draft" in plan
