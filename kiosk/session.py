"""The visitor's session: the language shown, and the interface words in it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.content import Exhibition
from kiosk.models import LanguageListModel
from kiosk.preferences import Preferences


class Session(QObject):
    """Which language the current visitor reads; everything shown follows it."""

    languageChanged = Signal()  # noqa: N815 - Qt signal naming
    wordsChanged = Signal()  # noqa: N815

    def __init__(self, exhibition: Exhibition, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._exhibition = exhibition
        self._language = exhibition.manifest.default_language
        self._default: str | None = None
        self._languages = LanguageListModel(parent=self)
        self._preferences = Preferences(parent=self)
        self._update_languages()

    def current_language(self) -> str:
        return self._language

    def current_words(self) -> dict[str, str]:
        """The interface's words in the current language (the default's where missing)."""
        words = self._exhibition.words
        fallback = words[self._exhibition.manifest.default_language]
        return {**fallback, **words.get(self._language, {})}

    def languages_model(self) -> LanguageListModel:
        return self._languages

    def _get_language(self) -> str:
        return self._language

    @Slot(str)
    def setLanguage(self, code: str) -> None:  # noqa: N802 - called from QML
        """Switch language; an unknown code is ignored (the switch offers only known ones)."""
        if code == self._language or code not in self._exhibition.languages:
            return
        self._language = code
        self._update_languages()
        self.languageChanged.emit()
        self.wordsChanged.emit()

    def reset(self) -> None:
        """Everything a visitor chose back to its default, for the next visitor.

        The one place a visitor's settings are undone when the kiosk falls idle:
        the language, and the accessibility choices (text size, contrast, reach).
        """
        self.setLanguage(self.default_language())
        self._preferences.reset()

    def preferences(self) -> Preferences:
        return self._preferences

    def default_language(self) -> str:
        """The language each new session starts in: the installation's choice, if the
        exhibition still has it, else the exhibition's own default."""
        if self._default is not None and self._default in self._exhibition.languages:
            return self._default
        return self._exhibition.manifest.default_language

    def set_default_language(self, code: str) -> bool:
        """Make ``code`` the installation's default for every next session (staff's choice).

        False, and nothing changes, if the exhibition has no such language.
        """
        if code not in self._exhibition.languages:
            return False
        self._default = code
        return True

    def replace_exhibition(self, exhibition: Exhibition) -> bool:
        """New content for the same kiosk; True if the visitor's language had to change.

        The visitor keeps their language if the new content still has it, else gets
        the new default. Nothing is announced: the kiosk calls :meth:`announce` once
        every part of it has the new content.
        """
        self._exhibition = exhibition
        language = self._language
        if language not in exhibition.languages:
            self._language = self.default_language()
        self._update_languages()
        return self._language != language

    def announce(self, language_changed: bool) -> None:
        """Tell QML that the words (and perhaps the language) are new."""
        if language_changed:
            self.languageChanged.emit()
        self.wordsChanged.emit()

    def _update_languages(self) -> None:
        self._languages.set_rows(
            [
                {
                    "name": language.name,
                    "code": language.code,
                    "current": language.code == self._language,
                }
                for language in self._exhibition.manifest.languages
            ]
        )

    def _get_words(self) -> dict[str, str]:
        return self.current_words()

    def _get_languages(self) -> QObject:
        return self._languages

    def _get_preferences(self) -> QObject:
        return self._preferences

    language = Property(str, _get_language, setLanguage, notify=languageChanged)
    words = Property(dict, _get_words, notify=wordsChanged)
    """The interface's words in the current language, by key: ``session.words.home``."""
    languages = Property(QObject, _get_languages, constant=True)
    access = Property(QObject, _get_preferences, constant=True)
    """The visitor's accessibility choices: ``session.access.textScale``."""


def words_in(words: dict[str, str], key: str, **values: Any) -> str:
    """A word with its ``{placeholders}`` filled: ``page_of`` → 'Page 2 of 4'."""
    text = words[key]
    for name, value in values.items():
        text = text.replace("{" + name + "}", str(value))
    return text
