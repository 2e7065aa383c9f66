# SPDX-License-Identifier: GPL-3.0-or-later
"""The window's words for the core's codes (kinds, goals, DMU roles, statuses, template variables).

Each table is marked where it is defined with `QT_TRANSLATE_NOOP`, so `pyside6-lupdate` finds its
texts, and translated where it is shown with `label()`; never pass a variable to `tr()`.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Labels"

KINDS = {
    "inmail": QT_TRANSLATE_NOOP("Labels", "InMail"),
    "connection_request": QT_TRANSLATE_NOOP("Labels", "Connection request"),
    "follow_up": QT_TRANSLATE_NOOP("Labels", "Follow-up"),
}
# A language is named in its own language in the lists that choose one (a Dutch user looks for
# "Nederlands", an English one for "English"), and in the window's language in running text.
LANGUAGES_OWN = {"en": "English", "nl": "Nederlands"}
LANGUAGES = {
    "en": QT_TRANSLATE_NOOP("Labels", "English"),
    "nl": QT_TRANSLATE_NOOP("Labels", "Dutch"),
}
# What an ask asks for (the core's kinds, facts/asks.py), as the coach names it after the count of asks.
ASK_KINDS = {
    "interest": QT_TRANSLATE_NOOP("Labels", "interest"),
    "meeting": QT_TRANSLATE_NOOP("Labels", "call or meeting"),
    "connect": QT_TRANSLATE_NOOP("Labels", "connect"),
    "opinion": QT_TRANSLATE_NOOP("Labels", "their view"),
    "resource": QT_TRANSLATE_NOOP("Labels", "read or watch"),
    "calendar": QT_TRANSLATE_NOOP("Labels", "book a time"),
    "intro": QT_TRANSLATE_NOOP("Labels", "introduction"),
    "reply": QT_TRANSLATE_NOOP("Labels", "a reply"),
}
GOALS = {
    "recruiting": QT_TRANSLATE_NOOP("Labels", "Recruiting"),
    "sales": QT_TRANSLATE_NOOP("Labels", "Sales"),
    "networking": QT_TRANSLATE_NOOP("Labels", "Networking"),
}
DMU_ROLES = {
    "initiator": QT_TRANSLATE_NOOP("Labels", "Initiator"),
    "influencer": QT_TRANSLATE_NOOP("Labels", "Influencer"),
    "gatekeeper": QT_TRANSLATE_NOOP("Labels", "Gatekeeper"),
    "decision maker": QT_TRANSLATE_NOOP("Labels", "Decision maker"),
    "buyer": QT_TRANSLATE_NOOP("Labels", "Buyer"),
    "user": QT_TRANSLATE_NOOP("Labels", "User"),
}
PHASES = {"ZMOT": "ZMOT", "FMOT": "FMOT", "SMOT": "SMOT"}  # names of the phases, the same in Dutch
STATUSES = {
    "todo": QT_TRANSLATE_NOOP("Labels", "To do"),
    "drafted": QT_TRANSLATE_NOOP("Labels", "Drafted"),
    "sent": QT_TRANSLATE_NOOP("Labels", "Sent"),
    "replied": QT_TRANSLATE_NOOP("Labels", "Replied"),
}
ACCOUNTS = {
    "premium": QT_TRANSLATE_NOOP("Labels", "Premium (Career, Business, Sales Navigator, Recruiter)"),
    "free": QT_TRANSLATE_NOOP("Labels", "Free"),
}
# The variables of the built-in templates; another variable is shown by its own name.
VARIABLES = {
    "first_name": QT_TRANSLATE_NOOP("Labels", "First name"),
    "last_name": QT_TRANSLATE_NOOP("Labels", "Last name"),
    "company": QT_TRANSLATE_NOOP("Labels", "Company"),
    "position": QT_TRANSLATE_NOOP("Labels", "Position"),
    "role": QT_TRANSLATE_NOOP("Labels", "Role"),
    "team": QT_TRANSLATE_NOOP("Labels", "Team"),
    "region": QT_TRANSLATE_NOOP("Labels", "Region"),
    "recent_post": QT_TRANSLATE_NOOP("Labels", "Recent post"),
    "recent_talk": QT_TRANSLATE_NOOP("Labels", "Recent talk"),
    "shared_connection": QT_TRANSLATE_NOOP("Labels", "Shared connection"),
    "shared_interest": QT_TRANSLATE_NOOP("Labels", "Shared interest"),
    "challenge": QT_TRANSLATE_NOOP("Labels", "Challenge"),
    "event": QT_TRANSLATE_NOOP("Labels", "Event"),
    "project": QT_TRANSLATE_NOOP("Labels", "Project"),
    "notes": QT_TRANSLATE_NOOP("Labels", "Notes"),
    "hiring_company": QT_TRANSLATE_NOOP("Labels", "Hiring company"),
    "hiring_manager": QT_TRANSLATE_NOOP("Labels", "Hiring manager"),
    "sender_name": QT_TRANSLATE_NOOP("Labels", "Your name"),
    "profile_url": QT_TRANSLATE_NOOP("Labels", "Profile URL"),
    "email": QT_TRANSLATE_NOOP("Labels", "E-mail address"),
    "connected_on": QT_TRANSLATE_NOOP("Labels", "Connected on"),
    "full_name": QT_TRANSLATE_NOOP("Labels", "Full name"),
    "location": QT_TRANSLATE_NOOP("Labels", "Location"),
    "industry": QT_TRANSLATE_NOOP("Labels", "Industry"),
}


def label(table: Mapping[str, str], code: str) -> str:
    """`code`'s label from `table` in the window's language; an unknown code shows as itself."""
    text = table.get(code)
    return QCoreApplication.translate(CONTEXT, text) if text else code


def variable_label(name: str) -> str:
    """A template variable's label: ours, translated, or readable from its name ("favourite_tool"
    → "Favourite tool": the user's own column, in the user's own words)."""
    from inmail_studio.core.compose import readable_label  # with the form, after the first frame

    return label(VARIABLES, name) if name in VARIABLES else readable_label(name)
