# SPDX-License-Identifier: GPL-3.0-or-later
"""The window's language: our catalogue and Qt's own, installed at start and switched while running."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QSettings, QTranslator

from inmail_studio.core.paths import resources_dir
from inmail_studio.core.ui_language import (
    DEFAULT_UI_LANGUAGE,
    FOLLOW_SYSTEM,
    UI_LANGUAGE_CHOICES,
    language_of_locale,
    resolve_ui_language,
)

# The user's choice lives with Qt's per-user settings of this machine (like a window's size), not
# in the data folder: a folder synced between two people or machines does not carry a language.
SETTING = "ui/language"
CATALOGUE = "inmail_studio"  # resources/i18n/inmail_studio_<lang>.qm, built by `python3 dev.py translations`
QT_CATALOGUE = "qtbase"  # Qt's standard dialogs and buttons: "Annuleren", not "Cancel"
_LOCALES = {"en": QLocale.Language.English, "nl": QLocale.Language.Dutch}


def system_locale_names() -> list[str]:
    """The system's languages in order of preference, as Qt reads them (on Windows and macOS from
    the system settings, where the LANG family of variables is seldom set)."""
    return list(QLocale.system().uiLanguages())


def ui_language_for(choice: str) -> str:
    """"en" or "nl" for a setting of "en", "nl" or "system"."""
    return resolve_ui_language(choice, os.environ, system_locale_names())


def current_ui_language() -> str:
    """The language the window speaks now: Qt's default locale, which `UiTranslations` sets."""
    return language_of_locale(QLocale().name()) or DEFAULT_UI_LANGUAGE


class _Catalogue(QTranslator):
    """A translator over a copy of its .qm in memory (Qt keeps a pointer to the bytes, not a copy)."""

    def __init__(self, data: bytes, path: Path, parent: QObject) -> None:
        super().__init__(parent)
        self.data = data
        self.path = path


def load_catalogue(path: Path, parent: QObject) -> QTranslator | None:
    """A translator for the .qm at `path`, read whole into memory, or None when it is missing or
    not a catalogue. `QTranslator.load(file)` maps the file instead: a .qm rewritten in place while
    the window runs (lrelease does, e.g. `dev.py translations`) then turns most texts shown from
    that moment on into English, with no LanguageChange to put them back."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    translator = _Catalogue(data, path, parent)
    return translator if translator.load(data, str(path.parent)) else None


class UiTranslations(QObject):
    """Owns the installed translators of one application; find it with `UiTranslations.of(app)`.

    `set_language` swaps them: Qt then sends every widget a `QEvent.LanguageChange`, and each
    widget's `retranslate()` sets its texts again, so the window switches without a restart. It
    also makes the language Qt's default locale, which `current_ui_language()` reads (the coach
    asks it for the language of its texts).
    """

    def __init__(self, app: QCoreApplication, i18n_dir: Path) -> None:
        super().__init__(app)
        self.setObjectName("uiTranslations")
        self._app = app
        self._dir = i18n_dir
        self._installed: list[QTranslator] = []
        self.language = DEFAULT_UI_LANGUAGE

    @classmethod
    def of(cls, app: QCoreApplication | None = None) -> UiTranslations | None:
        app = app or QCoreApplication.instance()
        return app.findChild(UiTranslations, "uiTranslations") if app is not None else None

    def set_language(self, language: str) -> str:
        """Speak `language` ("en" or "nl"; anything else counts as English) from now on; returns
        the language in use. A missing catalogue leaves that part in English, never fails."""
        language = language if language in _LOCALES else DEFAULT_UI_LANGUAGE
        if language == self.language and self._installed:
            return language
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        QLocale.setDefault(QLocale(_LOCALES[language]))
        self.language = language
        # English has a catalogue too, with only the plurals ("%n template(s)": "1 template").
        catalogues = [(CATALOGUE, str(self._dir))]
        if language != DEFAULT_UI_LANGUAGE:
            catalogues.insert(0, (QT_CATALOGUE, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
        for name, folder in catalogues:
            translator = load_catalogue(Path(folder) / f"{name}_{language}.qm", self)
            if translator is not None:
                self._app.installTranslator(translator)
                self._installed.append(translator)
        return language

    def uninstall(self) -> None:
        """Remove every translator this object installed (the texts fall back to their source)."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []

    @property
    def catalogues(self) -> list[str]:
        """The files installed now (for tests and diagnostics)."""
        return [str(t.path) for t in self._installed if isinstance(t, _Catalogue)]


def saved_choice() -> str:
    """The user's choice in Settings: "system" (the default), "en" or "nl"."""
    value = QSettings().value(SETTING, FOLLOW_SYSTEM)
    return value if value in UI_LANGUAGE_CHOICES else FOLLOW_SYSTEM


def install(app: QCoreApplication, i18n_dir: Path | None = None, choice: str | None = None) -> UiTranslations:
    """Install the translations on `app` for `choice` ("system", "en" or "nl"; by default the
    saved one) from `i18n_dir` (by default the shipped resources/i18n)."""
    translations = UiTranslations.of(app) or UiTranslations(app, i18n_dir or resources_dir() / "i18n")
    translations.set_language(ui_language_for(saved_choice() if choice is None else choice))
    return translations


def choose(choice: str) -> str:
    """Keep the user's `choice` and switch the running window to it at once; returns the
    language now spoken. Nothing is written when the choice did not change."""
    if choice not in UI_LANGUAGE_CHOICES:
        choice = FOLLOW_SYSTEM
    if choice != saved_choice():
        QSettings().setValue(SETTING, choice)
    app = QCoreApplication.instance()
    return install(app, choice=choice).language if app is not None else DEFAULT_UI_LANGUAGE


class Retranslating:
    """Mixin for a widget (listed before the Qt class) whose `retranslate()` sets every text it
    shows: called again on `QEvent.LanguageChange`, so the widget has one list of its texts."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
