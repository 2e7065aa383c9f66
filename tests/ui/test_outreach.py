# SPDX-License-Identifier: GPL-3.0-or-later
"""The Sent tab, the Due view and the contact-memory warning, on a real log in a temporary folder."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from qt_fixtures import window_language

from inmail_studio.core.outreach.log import OutreachLog
from inmail_studio.core.outreach.people import Person
from inmail_studio.core.store import Store
from inmail_studio.ui.outreach.due_view import DueView
from inmail_studio.ui.outreach.sent_tab import SentTab
from inmail_studio.ui.outreach.warning import ContactWarningBar

NOW = datetime(2026, 9, 30, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def translations(qapp: QApplication):  # type: ignore[no-untyped-def]
    """The window's English catalogue, as the app installs it (it holds the plurals: "1 day", "4 messages");
    afterwards as they were (none if there were none)."""
    with window_language(qapp, "en") as found:
        yield found


@pytest.fixture
def log(tmp_path: Path):
    store = Store.open(tmp_path / "data" / "inmail-studio.sqlite3")
    log = OutreachLog(store.sent, store.settings, clock=lambda: NOW)
    sent = [("Sanne Bakker", "inmail", 20, "Your talk on platform teams", "Hi Sanne, would you be open to a call?",
             "recruit-dev", "Backend Utrecht", "nl"),
            ("Pieter Jansen", "connection_request", 12, "", "", None, None, "en"),
            ("Eva Smit", "inmail", 3, "Onboarding", "Hoi Eva, zullen we koffie drinken?", "recruit-dev",
             "Backend Utrecht", "nl"),
            ("Dirk Bos", "follow_up", 40, "", "=SUM(A1:A9) any news?", None, None, "en")]
    for name, kind, days, subject, body, template, list_name, language in sent:
        log.add(kind=kind, to_name=name, subject=subject, body=body, template_id=template, list_name=list_name,
                language=language, sent_at=NOW - timedelta(days=days), variant="B" if template else None)
    yield log
    store.close()


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    return widget


def names(tab: SentTab) -> list[str]:
    return [tab.model.item(row).to_name for row in range(tab.model.rowCount())]


def select(tab: SentTab, name: str) -> None:
    tab.table.selectRow(names(tab).index(name))


# the Sent tab --------------------------------------------------------------------------------------
def test_the_sent_tab_lists_every_message_newest_first_and_shows_what_was_sent(qtbot, log) -> None:
    tab = shown(qtbot, SentTab(log))
    assert names(tab) == ["Eva Smit", "Pieter Jansen", "Sanne Bakker", "Dirk Bos"]
    assert tab.count.text() == "4 messages"
    select(tab, "Sanne Bakker")
    assert tab.detail.subject.text() == "Your talk on platform teams"
    assert tab.detail.body.toPlainText() == "Hi Sanne, would you be open to a call?"
    assert tab.detail.template.text() == "recruit-dev · B" and tab.detail.list_name.text() == "Backend Utrecht"
    assert tab.model.outcome_text(tab.selected_item()) == "No reply"  # 20 days pending
    select(tab, "Pieter Jansen")
    assert tab.detail.body.placeholderText() == "Sent without a note."


def test_typing_a_search_filters_after_a_pause(qtbot, log) -> None:
    tab = shown(qtbot, SentTab(log))
    with qtbot.waitSignal(tab.filters.sig_query_changed, timeout=2000):
        qtbot.keyClicks(tab.filters.search, "koffie")
    assert names(tab) == ["Eva Smit"]
    tab.filters.search.clear()
    with qtbot.waitSignal(tab.filters.sig_query_changed, timeout=2000):
        qtbot.keyClicks(tab.filters.search, "JANSEN")
    assert names(tab) == ["Pieter Jansen"]


def test_the_filters_narrow_by_list_template_kind_language_outcome_and_period(qtbot, log) -> None:
    tab = shown(qtbot, SentTab(log))
    f = tab.filters

    def choose(combo, data) -> list[str]:
        combo.setCurrentIndex(combo.findData(data))
        shown = names(tab)
        combo.setCurrentIndex(0)
        return shown

    assert choose(f.lists, "Backend Utrecht") == ["Eva Smit", "Sanne Bakker"]
    assert choose(f.templates, "recruit-dev") == ["Eva Smit", "Sanne Bakker"]
    assert choose(f.kinds, "connection_request") == ["Pieter Jansen"]
    assert choose(f.languages, "en") == ["Pieter Jansen", "Dirk Bos"]
    assert choose(f.outcomes, "no-reply") == ["Pieter Jansen", "Sanne Bakker", "Dirk Bos"]
    assert choose(f.period, 7) == ["Eva Smit"]
    assert names(tab) == ["Eva Smit", "Pieter Jansen", "Sanne Bakker", "Dirk Bos"]


def test_an_outcome_button_records_it_and_undo_puts_it_back(qtbot, log) -> None:
    tab = shown(qtbot, SentTab(log))
    select(tab, "Sanne Bakker")
    assert not tab.buttons["accepted"].isEnabled()  # an InMail is replied to, not accepted
    with qtbot.waitSignal(tab.sig_outcome_changed):
        qtbot.mouseClick(tab.buttons["replied"], Qt.MouseButton.LeftButton)
    assert tab.detail.outcome.text().startswith("Replied · ")
    assert log.get(tab.selected_item().id).outcome_at == NOW
    assert tab.undo_button.isVisible()
    qtbot.mouseClick(tab.undo_button, Qt.MouseButton.LeftButton)
    assert tab.selected_item().outcome == "pending" and tab.detail.outcome.text() == "No reply"
    assert not tab.undo_button.isVisible()  # hidden, not greyed: only one Undo on screen
    select(tab, "Pieter Jansen")
    assert tab.buttons["accepted"].isEnabled()


def test_undo_names_whose_outcome_it_puts_back_and_shows_them(qtbot, log) -> None:
    # a fresh-eyes recruiter marked one person declined, selected another, and Undo silently
    # changed the first one back out of sight
    tab = shown(qtbot, SentTab(log))
    select(tab, "Sanne Bakker")
    qtbot.mouseClick(tab.buttons["declined"], Qt.MouseButton.LeftButton)
    assert tab.undo_button.text() == "Undo"  # her own row is selected: plain Undo
    select(tab, "Pieter Jansen")
    assert tab.undo_button.isVisible() and tab.undo_button.text() == "Undo for Sanne Bakker"
    qtbot.mouseClick(tab.undo_button, Qt.MouseButton.LeftButton)
    assert tab.selected_item().to_name == "Sanne Bakker" and tab.selected_item().outcome == "pending"
    assert not tab.undo_button.isVisible()


@pytest.mark.parametrize("answer", [True, False])
def test_a_reply_to_a_follow_up_offers_itself_to_the_open_inmail(qtbot, log, monkeypatch, answer: bool) -> None:
    from inmail_studio.ui import dialogs

    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda parent, title, text, yes, no: asked.append(text) or answer)
    log.add(kind="follow_up", to_name="Sanne Bakker", body="Hoi Sanne, nog even over de functie.",
            sent_at=NOW - timedelta(days=2))
    tab = shown(qtbot, SentTab(log))
    rows = [tab.model.item(row) for row in range(tab.model.rowCount())]
    tab.table.selectRow(next(row for row, item in enumerate(rows) if item.kind == "follow_up" and item.to_name ==
                             "Sanne Bakker"))
    qtbot.mouseClick(tab.buttons["replied"], Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and asked[0].startswith("Your InMail to Sanne Bakker of ")

    def sanne() -> list[str]:
        items = [tab.model.item(row) for row in range(tab.model.rowCount())]
        return [f"{i.kind}:{i.outcome}" for i in items if i.to_name == "Sanne Bakker"]

    assert sanne() == ["follow_up:replied", "inmail:" + ("replied" if answer else "pending")]
    qtbot.mouseClick(tab.undo_button, Qt.MouseButton.LeftButton)
    if answer:  # the InMail's change is undone first, then the follow-up's
        assert sanne() == ["follow_up:replied", "inmail:pending"]
        qtbot.mouseClick(tab.undo_button, Qt.MouseButton.LeftButton)
    assert sanne() == ["follow_up:pending", "inmail:pending"]


def test_export_writes_what_is_shown_as_csv_and_json(qtbot, log, tmp_path: Path, monkeypatch) -> None:
    from inmail_studio.ui import dialogs

    tab = shown(qtbot, SentTab(log))
    tab.filters.kinds.setCurrentIndex(tab.filters.kinds.findData("follow_up"))
    target = tmp_path / "out" / "sent"
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *args: str(target))
    with qtbot.waitSignal(tab.sig_exported) as exported:
        qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert exported.args == [str(target) + ".csv"]
    rows = list(csv.DictReader(Path(exported.args[0]).read_text(encoding="utf-8-sig").splitlines()))
    assert [r["to_name"] for r in rows] == ["Dirk Bos"] and rows[0]["body"].startswith("'=SUM")
    tab.export(tmp_path / "sent.json")
    assert json.loads((tmp_path / "sent.json").read_text(encoding="utf-8"))[0]["to"]["name"] == "Dirk Bos"


def test_forgetting_a_person_asks_and_removes_every_message_to_them(qtbot, log, dialogs) -> None:
    log.add(kind="follow_up", to_name="Sanne Bakker", body="Hi Sanne, any news?", sent_at=NOW)
    tab = shown(qtbot, SentTab(log))
    select(tab, "Sanne Bakker")
    dialogs.answer_yes = False
    with qtbot.assertNotEmitted(tab.sig_forgotten):
        qtbot.mouseClick(tab.forget_button, Qt.MouseButton.LeftButton)
    assert names(tab).count("Sanne Bakker") == 2
    dialogs.answer_yes = True
    with qtbot.waitSignal(tab.sig_forgotten):
        qtbot.mouseClick(tab.forget_button, Qt.MouseButton.LeftButton)
    assert "Sanne Bakker" not in names(tab) and len(names(tab)) == 3
    assert dialogs.questions[-1].startswith("Forget this person: Remove every message to Sanne Bakker")
    assert not tab.forget_button.isEnabled()


def test_a_refused_action_is_told_in_words(qtbot, log, dialogs, tmp_path: Path, monkeypatch) -> None:
    from inmail_studio.ui import dialogs as module

    tab = shown(qtbot, SentTab(log))
    select(tab, "Eva Smit")
    log.forget(Person("Eva Smit"))  # by another window, say
    qtbot.mouseClick(tab.buttons["replied"], Qt.MouseButton.LeftButton)
    assert dialogs.messages[-1] == "Outcome not saved: That message is no longer in the log."
    (tmp_path / "taken.csv").mkdir()  # a folder where the file should go
    monkeypatch.setattr(module, "choose_save_file", lambda *args: str(tmp_path / "taken.csv"))
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert dialogs.messages[-1].startswith(f"Export failed: {tmp_path / 'taken.csv'} cannot be written: ")
    assert "Errno" not in dialogs.messages[-1]


def test_show_item_clears_filters_that_hide_it(qtbot, log) -> None:
    tab = shown(qtbot, SentTab(log))
    tab.filters.kinds.setCurrentIndex(tab.filters.kinds.findData("follow_up"))
    sanne = next(i for i in log.items() if i.to_name == "Sanne Bakker")
    assert tab.show_item(sanne.id) and tab.selected_item().id == sanne.id
    assert tab.filters.kinds.currentIndex() == 0 and not tab.show_item(9999)


def test_the_log_is_read_when_the_tab_is_shown_not_while_the_window_starts(qtbot, log) -> None:
    tab = SentTab(log)
    qtbot.addWidget(tab)
    assert tab.model.rowCount() == 0 and tab.stale
    tab.show()
    assert tab.model.rowCount() == 4
    tab.hide()
    log.add(kind="inmail", to_name="Noor El Idrissi", body="Hoi Noor", sent_at=NOW)
    tab.refresh()  # hidden: only noted
    assert tab.model.rowCount() == 4
    tab.show()
    assert names(tab)[0] == "Noor El Idrissi"


# the Due view ---------------------------------------------------------------------------------------
def test_the_due_view_lists_who_to_follow_up_and_asks_for_a_follow_up(qtbot, log) -> None:
    view = shown(qtbot, DueView(log))

    def cell(row: int, column: int) -> str:
        return view.model.index(row, column).data()

    people = [cell(row, 0) for row in range(view.model.rowCount())]
    assert people == ["Pieter Jansen", "Sanne Bakker"]  # Dirk's is a follow-up, Eva's is 3 days old
    assert cell(1, 3) == "13 days"
    assert view.summary.text().startswith("2 people are due a follow-up")
    assert not view.write_button.isEnabled()
    view.table.selectRow(1)
    sanne = next(i for i in log.items() if i.to_name == "Sanne Bakker")
    with qtbot.waitSignal(view.sig_write_follow_up) as asked:
        qtbot.mouseClick(view.write_button, Qt.MouseButton.LeftButton)
    assert asked.args == [sanne.id]
    log.set_outcome(sanne.id, "replied")
    view.refresh()
    assert view.model.rowCount() == 1


# the contact-memory warning ------------------------------------------------------------------------
def test_the_warning_shows_without_blocking_and_stays_closed_when_closed(qtbot, log) -> None:
    bar = ContactWarningBar(log)
    qtbot.addWidget(bar)
    bar.show_for(Person("Eva Smit"))
    assert not bar.isHidden()
    assert bar.text.text().startswith("You wrote to Eva Smit 3 days ago")
    assert "still unanswered" in bar.text.text()  # her InMail is pending
    eva = next(i for i in log.items() if i.to_name == "Eva Smit")
    with qtbot.waitSignal(bar.sig_show_item) as shown:
        qtbot.mouseClick(bar.show_button, Qt.MouseButton.LeftButton)
    assert shown.args == [eva.id]
    qtbot.mouseClick(bar.close_button, Qt.MouseButton.LeftButton)
    assert bar.isHidden()
    bar.show_for(Person("Eva Smit"))
    assert bar.isHidden()
    bar.show_for(Person("Noor El Idrissi"))
    assert bar.isHidden() and bar.warnings == []
    bar.show_for(Person("Dirk Bos"))
    assert bar.isHidden()  # 40 days ago is outside the 30-day memory, and a follow-up is no InMail


def test_writing_the_follow_up_itself_is_told_how_it_can_reach_them(qtbot, log) -> None:
    # a fresh-eyes recruiter opened the follow-up the Due list suggested and read "LinkedIn allows no
    # second InMail": for a follow-up the bar says how it can reach them instead
    bar = ContactWarningBar(log)
    qtbot.addWidget(bar)
    bar.show_for(Person("Eva Smit"), None, "follow_up")
    assert "this follow-up can go in that conversation only once they respond" in bar.text.text()
    bar.show_for(Person("Eva Smit"), None, "inmail")
    assert "allows no second InMail" in bar.text.text()


def test_a_message_sent_today_says_today_not_zero_days_ago(qtbot, log) -> None:
    from inmail_studio.core.outreach.followup import ContactWarning

    bar = ContactWarningBar(log)
    qtbot.addWidget(bar)
    eva = next(i for i in log.items() if i.to_name == "Eva Smit")
    assert bar.warning_text(ContactWarning("recent", eva, 0)).startswith("You wrote to Eva Smit today (")
    assert bar.warning_text(ContactWarning("recent", eva, 1)).startswith("You wrote to Eva Smit 1 day ago (")


def test_a_declined_person_is_remembered_past_the_window(qtbot, log) -> None:
    dirk = next(i for i in log.items() if i.to_name == "Dirk Bos")
    log.set_outcome(dirk.id, "declined", NOW - timedelta(days=35))
    bar = ContactWarningBar(log)
    qtbot.addWidget(bar)
    bar.show_for(Person("Dirk Bos"))
    assert not bar.isHidden() and "declined" in bar.text.text()


def test_outcomes_go_through_the_workspace_when_it_is_given(qtbot, log) -> None:
    class Sending:  # stands in for the workspace's `sending`, which also moves a prospect's status
        def __init__(self) -> None:
            self.calls: list[tuple[str, int]] = []

        def record_outcome(self, item_id: int, outcome: str, at=None) -> None:
            self.calls.append((outcome, item_id))
            log.set_outcome(item_id, outcome, at)

        def undo_outcome(self, item_id: int) -> None:
            self.calls.append(("undo", item_id))
            log.undo_outcome(item_id)

    sending = Sending()
    tab = shown(qtbot, SentTab(log, sending))
    select(tab, "Pieter Jansen")
    qtbot.mouseClick(tab.buttons["accepted"], Qt.MouseButton.LeftButton)
    assert tab.detail.outcome.text().startswith("Accepted · ")
    qtbot.mouseClick(tab.undo_button, Qt.MouseButton.LeftButton)
    pieter = tab.selected_item()
    assert sending.calls == [("accepted", pieter.id), ("undo", pieter.id)] and pieter.outcome == "pending"


def test_every_text_follows_a_language_change(qtbot, log) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    class Shouting(QTranslator):  # a stand-in catalogue: every text of these widgets in capitals
        def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001
            if context in ("SentTab", "SentActionsBar", "Outreach", "LogFilterBar", "SentDetail", "DueView",
                           "DueTableModel", "ContactWarningBar"):
                return source.upper().replace("%N", "%n")
            return ""

        def isEmpty(self) -> bool:  # noqa: N802
            return False

    tab = shown(qtbot, SentTab(log))
    select(tab, "Sanne Bakker")
    shouting = Shouting()
    QCoreApplication.installTranslator(shouting)
    try:
        qtbot.waitUntil(lambda: tab.buttons["replied"].text() == "REPLIED")  # LanguageChange is posted
        assert tab.undo_button.text() == "UNDO"
        assert tab.model.headerData(0, Qt.Orientation.Horizontal) == "PERSON"
        assert tab.filters.kinds.itemText(0) == "ALL KINDS" and tab.count.text() == "4 MESSAGE(S)"
        assert tab.model.outcome_text(tab.selected_item()) == "NO REPLY" and tab.detail.outcome.text() == "NO REPLY"
        view = shown(qtbot, DueView(log))
        assert view.write_button.text() == "WRITE A FOLLOW-UP" and view.model.index(0, 3).data() == "5 DAY(S)"
    finally:
        QCoreApplication.removeTranslator(shouting)
    qtbot.waitUntil(lambda: tab.buttons["replied"].text() == "Replied")


def test_importing_linkedin_data_fills_the_tab_without_freezing_it(qtbot, log, tmp_path: Path, monkeypatch,
                                                                     dialogs) -> None:
    from linkedin_exports import full_export

    from inmail_studio.ui import dialogs as module

    export = full_export(tmp_path / "export")
    monkeypatch.setattr(module, "choose_open_file", lambda *args: str(export / "messages.csv"))
    tab = shown(qtbot, SentTab(log))
    with qtbot.waitSignal(tab.sig_imported, timeout=10_000):
        qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
        assert not tab.import_button.isEnabled()  # busy while the worker reads
    assert "Lotte Visser" in names(tab) and len(names(tab)) == 10
    assert tab.import_button.isEnabled()
    assert dialogs.messages[-1].startswith("LinkedIn data imported: 6 new messages in the log; 0 already there.")
    assert "messages.csv, line 10: not a date: not a date" in dialogs.messages[-1]


def test_an_export_that_cannot_be_read_is_one_message(qtbot, log, tmp_path: Path, dialogs) -> None:
    tab = shown(qtbot, SentTab(log))
    with qtbot.waitSignal(tab.import_button.importer.sig_failed, timeout=10_000):
        tab.import_button.import_path(tmp_path / "missing.zip")
    assert dialogs.messages == [f"LinkedIn data not imported: {tmp_path / 'missing.zip'} does not exist."]
    assert len(names(tab)) == 4


def test_the_settings_box_shows_and_reads_back_the_delays_and_memory(qtbot, log) -> None:
    from inmail_studio.ui.outreach.settings_form import OutreachSettingsBox

    box = OutreachSettingsBox(log.settings.with_delay("connection_request", 14))
    qtbot.addWidget(box)
    assert box.delays["connection_request"].value() == 14 and box.memory.value() == 30
    box.delays["inmail"].setValue(10)
    box.memory.setValue(60)
    log.save_settings(box.settings())
    assert (log.settings.delay("inmail").days, log.settings.delay("connection_request").days,
            log.settings.memory_days) == (10, 14, 60)
    assert [e.item.to_name for e in log.due()] == ["Sanne Bakker"]  # Pieter's request now waits 14 days
    # a follow-up never makes its person due again: its delay only marks it unanswered, and says so
    assert box._labels["follow_up"].text() == "Count a follow-up as unanswered after"


def test_templates_go_by_their_titles_once_known_and_the_filter_still_narrows(qtbot, log) -> None:
    tab = shown(qtbot, SentTab(log))
    tab.set_titles({"recruit-dev": "Backend developers (Dutch)"})
    select(tab, "Sanne Bakker")
    assert tab.model.index(tab.model.row_of(tab.selected_item().id), 2).data() == "Backend developers (Dutch) · B"
    assert tab.detail.template.text() == "Backend developers (Dutch) · B"
    combo = tab.filters.templates
    assert combo.itemText(1) == "Backend developers (Dutch)"
    combo.setCurrentIndex(1)
    assert names(tab) == ["Eva Smit", "Sanne Bakker"]
    view = shown(qtbot, DueView(log))
    view.set_titles({"recruit-dev": "Backend developers (Dutch)"})
    assert [view.model.index(row, 5).data() for row in range(view.model.rowCount())] == \
        ["", "Backend developers (Dutch)"]


def test_the_outcome_column_fits_its_longest_wording_even_while_every_row_is_pending(qtbot, log) -> None:
    tab = SentTab(log)
    qtbot.addWidget(tab)
    tab.resize(520, 400)  # a narrow window: the other columns leave the last one little room
    tab.show()
    select(tab, "Eva Smit")
    tab.set_outcome("replied")
    replied = tab.model.outcome_text(tab.selected_item())
    assert replied.startswith("Replied · ")
    needed = tab.table.fontMetrics().horizontalAdvance(replied)
    assert tab.table.horizontalHeader().sectionSize(5) > needed
