# SPDX-License-Identifier: GPL-3.0-or-later
"""Every preference the window has, by one flat name (`account`, `followup_delay.inmail`, `plan`…),
read and written in the settings store: what `inmail-studio settings get|set` works on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from typing import Any, Protocol

from inmail_studio.core.message import ACCOUNTS, KINDS, LANGUAGE_CHOICES, Limits
from inmail_studio.core.outreach.settings import SETTINGS_KEY as OUTREACH_KEY
from inmail_studio.core.outreach.settings import OutreachSettings
from inmail_studio.core.results.settings import KEYS as RESULTS_KEYS
from inmail_studio.core.results.settings import PLANS, ResultsSettings, SettingError, number_range
from inmail_studio.core.results.settings import SETTINGS_KEY as RESULTS_KEY
from inmail_studio.core.settings import SETTINGS_KEY as PREFERENCES_KEY
from inmail_studio.core.settings import Preferences

__all__ = ["KEYS", "SettingError", "Valid", "get_all", "get_value", "set_value", "valid_values"]

LIMIT_RANGE = (1, 100_000)  # a length limit, in characters or words
DAYS_RANGE = (1, 365)  # a follow-up delay or how long a contact is remembered, in days


class SettingsStore(Protocol):
    def get(self, key: str, default: Any = None) -> Any: ...
    def set(self, key: str, value: Any) -> None: ...


@dataclass(frozen=True)
class _Setting:
    store_key: str
    load: Callable[[Any], Any]  # stored JSON -> settings object
    read: Callable[[Any], Any]  # settings object -> this value
    write: Callable[[Any, str], Any]  # (settings object, text) -> new settings object; raises SettingError


def _choice(key: str, choices: tuple[str, ...]) -> Callable[[Any, str], Any]:
    def write(prefs: Preferences, text: str) -> Preferences:
        if text not in choices:
            raise SettingError("bad-value", key)
        return replace(prefs, **{key: text})
    return write


def _limit(name: str) -> Callable[[Any, str], Any]:
    def write(prefs: Preferences, text: str) -> Preferences:
        value = _int(f"limits.{name}", text, *LIMIT_RANGE)
        return replace(prefs, limits=replace(prefs.limits, **{name: value}))
    return write


def _delay(kind: str) -> Callable[[Any, str], Any]:
    def write(outreach: OutreachSettings, text: str) -> OutreachSettings:
        return outreach.with_delay(kind, _int(f"followup_delay.{kind}", text, *DAYS_RANGE))
    return write


def _int(key: str, text: str, low: int, high: int) -> int:
    try:
        value = int(text)
    except ValueError:
        raise SettingError("bad-value", key) from None
    if not low <= value <= high:
        raise SettingError("bad-value", key)
    return value


def _results(key: str) -> _Setting:
    return _Setting(RESULTS_KEY, ResultsSettings.from_json, lambda s: s.to_json()[key],
                    lambda s, text: s.with_value(key, text))


def _table() -> dict[str, _Setting]:
    prefs = {
        "account": _Setting(PREFERENCES_KEY, Preferences.from_json, lambda p: p.account, _choice("account", ACCOUNTS)),
        "default_language": _Setting(PREFERENCES_KEY, Preferences.from_json, lambda p: p.default_language,
                                     _choice("default_language", LANGUAGE_CHOICES)),
        "sender_name": _Setting(PREFERENCES_KEY, Preferences.from_json, lambda p: p.sender_name,
                                lambda p, text: replace(p, sender_name=text.strip())),
    }
    for f in fields(Limits):
        prefs[f"limits.{f.name}"] = _Setting(PREFERENCES_KEY, Preferences.from_json,
                                             lambda p, n=f.name: getattr(p.limits, n), _limit(f.name))
    for kind in KINDS:
        prefs[f"followup_delay.{kind}"] = _Setting(OUTREACH_KEY, OutreachSettings.from_json,
                                                   lambda o, k=kind: o.delay_days[k], _delay(kind))
    prefs["contact_memory_days"] = _Setting(
        OUTREACH_KEY, OutreachSettings.from_json, lambda o: o.memory_days,
        lambda o, text: o.with_memory(_int("contact_memory_days", text, *DAYS_RANGE)))
    prefs.update({key: _results(key) for key in RESULTS_KEYS})
    return prefs


_SETTINGS = _table()
KEYS = tuple(_SETTINGS)


def _find(key: str) -> _Setting:
    if key not in _SETTINGS:
        raise SettingError("unknown-key", key)
    return _SETTINGS[key]


def get_value(store: SettingsStore, key: str) -> Any:
    """The value of one setting (its default when never set); raises SettingError("unknown-key", key)."""
    setting = _find(key)
    return setting.read(setting.load(store.get(setting.store_key)))


def get_all(store: SettingsStore) -> dict[str, Any]:
    """Every setting by name, in KEYS order."""
    return {key: get_value(store, key) for key in KEYS}


def set_value(store: SettingsStore, key: str, text: str) -> Any:
    """Set one setting from text (as typed on the command line) and return its new value.

    Raises SettingError with code "unknown-key" or "bad-value"; nothing is written then.
    """
    setting = _find(key)
    stored = store.get(setting.store_key)
    try:
        changed = setting.write(setting.load(stored), text)
    except SettingError:
        raise
    except ValueError:
        raise SettingError("bad-value", key) from None
    # Keep what this version does not know about (a newer window may store more under the same key).
    store.set(setting.store_key, {**(stored if isinstance(stored, dict) else {}), **changed.to_json()})
    return setting.read(changed)


@dataclass(frozen=True)
class Valid:
    """What a setting accepts: one of `choices`; a whole number from `low` to `high`; a date
    (`date`: YYYY-MM-DD, or empty to clear it); or, with none of these, any text."""

    choices: tuple[str, ...] = ()
    low: int | None = None
    high: int | None = None
    date: bool = False


def valid_values(key: str) -> Valid:
    """The values `key` accepts, for a message that says so; raises SettingError("unknown-key", key)."""
    _find(key)
    choices = {"account": ACCOUNTS, "default_language": LANGUAGE_CHOICES, "plan": PLANS}
    if key in choices:
        return Valid(choices=choices[key])
    if key == "plan_since":
        return Valid(date=True)
    ranges = {"limits": LIMIT_RANGE, "followup_delay": DAYS_RANGE, "contact_memory_days": DAYS_RANGE}
    span = ranges.get(key.partition(".")[0]) or number_range(key)
    return Valid(low=span[0], high=span[1]) if span else Valid()
