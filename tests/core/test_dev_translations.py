# SPDX-License-Identifier: GPL-3.0-or-later
"""`python3 dev.py translations` keeps a translation when its string moves to another class."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("dev", ROOT / "dev.py")
dev = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(dev)  # type: ignore[union-attr]

OLD = """<?xml version="1.0" encoding="utf-8"?>
<TS version="2.1" language="nl_NL">
<context><name>MainWindow</name>
  <message><source>Mark as sent</source><translation>Markeren als verzonden</translation></message>
  <message numerus="yes"><source>%n template(s)</source>
    <translation><numerusform>%n sjabloon</numerusform><numerusform>%n sjablonen</numerusform></translation></message>
  <message><source>Half done</source><translation type="unfinished">Half</translation></message>
</context>
</TS>
"""
# What lupdate writes once the strings moved to WindowActions: new, unfinished entries.
NEW = """<?xml version="1.0" encoding="utf-8"?>
<TS version="2.1" language="nl_NL">
<context><name>WindowActions</name>
  <message><source>Mark as sent</source><translation type="unfinished"></translation></message>
  <message numerus="yes"><source>%n template(s)</source>
    <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform></translation></message>
  <message><source>Half done</source><translation type="unfinished"></translation></message>
  <message><source>Brand new</source><translation type="unfinished"></translation></message>
</context>
</TS>
"""


def test_a_moved_string_keeps_its_translation_and_a_new_one_stays_unfinished(tmp_path: Path) -> None:
    old, new = tmp_path / "old.ts", tmp_path / "new.ts"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    assert dev._fill_from(new, dev._known_translations(old)) == 2  # "Half done" was never finished
    messages = {m.findtext("source"): m.find("translation") for m in ET.parse(new).getroot().iter("message")}
    assert messages["Mark as sent"].text == "Markeren als verzonden"
    assert messages["Mark as sent"].get("type") is None
    assert [f.text for f in messages["%n template(s)"].iter("numerusform")] == ["%n sjabloon", "%n sjablonen"]
    assert messages["Half done"].get("type") == "unfinished"
    assert messages["Brand new"].get("type") == "unfinished"
