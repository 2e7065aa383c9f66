# SPDX-License-Identifier: GPL-3.0-or-later
"""The outreach log's actions, once, for the window and the command line: list, add, mark, undo,
the due list, contact memory, importing LinkedIn's export, exporting, forgetting a person."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from inmail_studio.core.message import KINDS
from inmail_studio.core.outreach.export_rows import BadRow
from inmail_studio.core.outreach.followup import ContactWarning, DueEntry, contact_warnings
from inmail_studio.core.outreach.linkedin_export import ExportReading, read_export
from inmail_studio.core.outreach.log_files import export_log
from inmail_studio.core.outreach.matching import plan_import
from inmail_studio.core.outreach.model import OUTCOMES, LogItem
from inmail_studio.core.outreach.people import PeopleIndex, Person
from inmail_studio.core.outreach.query import LogQuery, due_entries, filter_items, search_text
from inmail_studio.core.outreach.settings import SETTINGS_KEY, OutreachSettings


class LogError(ValueError):
    """A log action refused: `code` is "unknown-item", "unknown-outcome", "unknown-kind",
    "outcome-not-for-kind" (only a connection request is accepted), "no-outcome-to-undo" or
    "outcome-before-sent" (`value`: the message's sending time, ISO 8601 to the minute); `value`
    the value at fault (for the UI and CLI to put in words)."""

    def __init__(self, code: str, value: object = "") -> None:
        super().__init__(f"{code}: {value}")
        self.code = code
        self.value = value


class LogRepository(Protocol):
    """What the log needs from storage (`core/store/sent.py`'s SentLog). Each write is one transaction."""

    def items(self) -> list[LogItem]: ...  # newest first
    def get(self, item_id: int) -> LogItem | None: ...
    def add_items(self, items: Sequence[LogItem]) -> list[int]: ...
    def record_outcome(self, item_id: int, outcome: str, at: datetime | None) -> None: ...
    def undo_outcome(self, item_id: int) -> bool: ...
    def apply_import(self, new: Sequence[LogItem], outcomes: Sequence[tuple[int, str, datetime | None]]) -> None: ...
    def delete_items(self, item_ids: Sequence[int]) -> int: ...


class SettingsStore(Protocol):
    def get(self, key: str, default: Any = None) -> Any: ...
    def set(self, key: str, value: Any) -> None: ...


@dataclass
class ImportSummary:
    """What `import_linkedin` did; `to_dict()` is the JSON `log import-linkedin --json` prints."""

    invitations: int = 0
    conversations: int = 0
    accepted: int = 0
    replied: int = 0
    new: int = 0
    matched: int = 0
    bad_rows: list[BadRow] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"invitations": self.invitations, "conversations": self.conversations, "accepted": self.accepted,
                "replied": self.replied, "new": self.new, "matched": self.matched,
                "bad_rows": [b.to_dict() for b in self.bad_rows]}


def with_languages(items: list[LogItem]) -> list[LogItem]:
    """Items with their language ("en", "nl") told from their text, as the coach tells it; an item
    without text keeps "" (unknown)."""
    from dataclasses import replace

    from inmail_studio.core.language import detect_language
    from inmail_studio.core.lint.engine import rulebook

    languages = rulebook().languages
    return [replace(i, language=detect_language(f"{i.subject}\n{i.body}", languages)) if i.body.strip() and
            not i.language else i for i in items]


def local_now() -> datetime:
    return datetime.now().astimezone()


class OutreachLog:
    """Every action on the log. Reads are cached until this object writes (or `refresh()`).

    `clock` gives "now" (timezone-aware); tests pass a fixed one. Store errors (disk full, …)
    pass through as the store raises them.
    """

    def __init__(self, repository: LogRepository, settings: SettingsStore,
                 clock: Callable[[], datetime] = local_now) -> None:
        self._repo = repository
        self._settings_store = settings
        self.clock = clock
        self._items: list[LogItem] | None = None
        self._texts: list[str] | None = None  # each item's query.search_text, in the same order
        self._index: PeopleIndex | None = None
        self._settings: OutreachSettings | None = None

    # reading -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Forget what was read (another window or the command line may have written)."""
        self._items = self._index = self._settings = self._texts = None

    def items(self, query: LogQuery | None = None) -> list[LogItem]:
        """The log, newest first, narrowed by `query` when given."""
        if self._items is None:
            self._items = self._repo.items()
        if query and query.text and self._texts is None:
            self._texts = [search_text(item) for item in self._items]  # folded once, not at every key
        return filter_items(self._items, query, self.clock(), self.settings, self._texts) if query else \
            list(self._items)

    def get(self, item_id: int) -> LogItem:
        """One item; raises LogError("unknown-item")."""
        item = self._repo.get(item_id)
        if item is None:
            raise LogError("unknown-item", item_id)
        return item

    @property
    def settings(self) -> OutreachSettings:
        if self._settings is None:
            self._settings = OutreachSettings.from_json(self._settings_store.get(SETTINGS_KEY))
        return self._settings

    def save_settings(self, settings: OutreachSettings) -> None:
        self._settings_store.set(SETTINGS_KEY, settings.to_json())
        self._settings = settings

    def due(self) -> list[DueEntry]:
        """People due a follow-up now (see followup.due_list; worked out by query.due_entries)."""
        return due_entries(self.items(), self.clock(), self.settings)

    def warnings(self, person: Person, draft_id: int | None = None) -> list[ContactWarning]:
        """What to know before writing to `person` from draft `draft_id` (see
        followup.contact_warnings); never blocks."""
        return contact_warnings(self._people(), person, self.clock(), self.settings, draft_id)

    def items_for(self, person: Person) -> list[LogItem]:
        """Every item sent to `person` (by profile URL, else name and company, the loose rule of
        `Person.is_same`: contact memory), oldest first. `forget` uses the strict rule."""
        return self._people().items_for(person)

    def _people(self) -> PeopleIndex:
        if self._index is None:
            self._index = PeopleIndex(self.items())
        return self._index

    # writing -------------------------------------------------------------------------------------
    def add(self, *, kind: str, to_name: str, body: str, subject: str = "", profile_url: str = "",
            company: str = "", template_id: str | None = None, variant: str | None = None, language: str = "",
            list_name: str | None = None, sent_at: datetime | None = None) -> LogItem:
        """Log a message sent outside the app (source "app", outcome pending); returns it with its id.
        Raises LogError("unknown-kind")."""
        if kind not in KINDS:
            raise LogError("unknown-kind", kind)
        item = LogItem(id=0, sent_at=sent_at or self.clock(), kind=kind, to_name=to_name.strip(),
                       profile_url=profile_url.strip(), subject=subject, body=body, template_id=template_id,
                       variant=variant, language=language, list_name=list_name, company=company.strip(),
                       body_chars=len(body))
        [item_id] = self._repo.add_items([item])
        self.refresh()
        return self.get(item_id)

    def set_outcome(self, item_id: int, outcome: str, at: datetime | None = None) -> LogItem:
        """Record what came of a message, at `at` (default now); undoable with `undo_outcome`.
        Raises LogError("unknown-outcome" | "outcome-not-for-kind" | "unknown-item" |
        "outcome-before-sent": an answer cannot come before the message)."""
        if outcome not in OUTCOMES:
            raise LogError("unknown-outcome", outcome)
        item = self.get(item_id)
        if outcome == "accepted" and item.kind != "connection_request":
            raise LogError("outcome-not-for-kind", outcome)
        if outcome != "pending" and at is not None and at < item.sent_at:
            raise LogError("outcome-before-sent", item.sent_at.isoformat(timespec="minutes"))
        self._repo.record_outcome(item_id, outcome, None if outcome == "pending" else (at or self.clock()))
        self.refresh()
        return self.get(item_id)

    def undo_outcome(self, item_id: int) -> LogItem:
        """Put back the outcome the item had before its last change; raises
        LogError("no-outcome-to-undo" | "unknown-item")."""
        self.get(item_id)
        if not self._repo.undo_outcome(item_id):
            raise LogError("no-outcome-to-undo", item_id)
        self.refresh()
        return self.get(item_id)

    def still_open_before(self, item: LogItem) -> LogItem | None:
        """The InMail a follow-up may have continued, to offer the follow-up's answer to it: for a
        follow-up replied to or declined, the last InMail sent before it to surely the same person
        (`Person.is_surely`: the profile URLs when both have one, else the same name and company),
        while that is still pending; None otherwise. Nothing links the two for certain (the
        follow-up may have gone by e-mail, and LinkedIn returns an InMail's credit only for an
        answer in its own conversation), so the window asks and the CLI only points it out."""
        if item.kind != "follow_up" or item.outcome not in ("replied", "declined"):
            return None
        person = Person.of(item)
        earlier = [other for other in self.items_for(person) if other.kind == "inmail"
                   and (other.sent_at, other.id) < (item.sent_at, item.id) and person.is_surely(Person.of(other))]
        return earlier[-1] if earlier and earlier[-1].outcome == "pending" else None

    def import_linkedin(self, path: str | Path) -> ImportSummary:
        """Read LinkedIn's export (folder or .zip) into the log in one transaction: new items added,
        items already logged matched (and given the export's outcome when still pending).
        Raises ExportError when the export cannot be read at all."""
        return self.import_reading(read_export(path))

    def import_reading(self, reading: ExportReading) -> ImportSummary:
        """The second half of `import_linkedin`, for a reading made on another thread (reading a
        large export takes seconds; this part is a quick write on the thread that owns the store)."""
        plan = plan_import(self.items(), reading.items)
        plan.new = with_languages(plan.new)
        # An outcome never before the logged message (the export may date it earlier the same day).
        outcomes = [(old.id, new.outcome, max(new.outcome_at, old.sent_at) if new.outcome_at else None)
                    for old, new in plan.outcomes]
        self._repo.apply_import(plan.new, outcomes)
        self.refresh()
        return ImportSummary(reading.invitations, reading.conversations, reading.accepted, reading.replied,
                             len(plan.new), len(plan.matched), reading.bad_rows)

    def export(self, path: str | Path, items: Iterable[LogItem] | None = None) -> int:
        """Write `items` (default the whole log) to a .csv or .json file, 0600; see log_files.export_log."""
        return export_log(self.items() if items is None else items, path)

    def forget(self, person: Person) -> int:
        """Remove every log item for `person` by the strict rule `Person.is_surely` (never a
        namesake's), securely deleted; returns how many. The log alone: `Workspace.forget` removes
        everything else stored about the person too."""
        ids = [item.id for item in self.items() if person.is_surely(Person.of(item))]
        removed = self._repo.delete_items(ids) if ids else 0
        self.refresh()
        return removed
