"""The language of the interface: which one, loading its translations, and saying core texts.

The language is, in order: ``--lang`` on the command line, the one chosen in
View › Language (remembered in the settings), the system locale. English is
the language of the source; other languages come from
``resources/translations/raci_editor_<lang>.qm`` plus Qt's own ``qtbase``
translations for the standard dialogs and buttons.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from raci_editor import paths
from raci_editor.core.texts import Translator, render
from raci_editor.gui import settings

SETTING = "interface/language"
"""Settings key of the language chosen in View › Language (empty: follow the system)."""


@dataclass(frozen=True)
class Language:
    """One language the interface can speak."""

    code: str
    """Qt locale name, e.g. ``zh_CN``."""
    name: str
    """The language's own name for itself, as the menu shows it."""

    @property
    def template_code(self) -> str:
        """The language part of template file names (``zh-CN``)."""
        return self.code.replace("_", "-")


ENGLISH = Language("en", "English")
CHINESE = Language("zh_CN", "简体中文")
LANGUAGES = (ENGLISH, CHINESE)


def find(code: str) -> Language | None:
    """The language for a code such as ``zh_CN``, ``zh-CN``, ``zh``, ``en_GB``; None if unknown."""
    wanted = code.strip().replace("-", "_").lower()
    if not wanted:
        return None
    for language in LANGUAGES:
        own = language.code.lower()
        if wanted == own or wanted.split("_")[0] == own.split("_")[0]:
            return language
    return None


def system_language() -> Language:
    """The language of the system locale when we have it, else English."""
    locale = _State.system_locale or QLocale()  # the default changes with the interface
    for name in locale.uiLanguages():
        language = find(name)
        if language is not None:
            return language
    return ENGLISH


def chosen() -> Language | None:
    """The language chosen in View › Language, or None to follow the system."""
    value = settings.settings().value(SETTING, "")
    return find(value) if isinstance(value, str) else None


def startup_language() -> Language:
    """The language to start in when none is given: the one chosen, else the system's."""
    return chosen() or system_language()


def choose(language: Language | None) -> None:
    """Remember ``language`` for the next start (None: follow the system)."""
    settings.settings().setValue(SETTING, language.code if language else "")


class _State:
    current: Language = ENGLISH
    installed: list[QTranslator] = []  # noqa: RUF012 - one list for the process
    system_locale: QLocale | None = None


def current() -> Language:
    """The language the interface speaks now."""
    return _State.current


def install(language: Language) -> bool:
    """Load ``language``'s translations into the running application.

    Returns False when the program's own translation file is missing (the
    interface then stays English). Qt's translations are loaded first, ours
    after them, as Qt's documentation says.
    """
    app = QCoreApplication.instance()
    for old in _State.installed:
        QCoreApplication.removeTranslator(old)
    _State.installed = []
    _State.current = ENGLISH
    if _State.system_locale is None:
        _State.system_locale = QLocale()
    QLocale.setDefault(_State.system_locale)
    if language == ENGLISH or app is None:
        return language == ENGLISH
    ours = QTranslator(app)
    if not ours.load(str(qm_path(language))):
        return False
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language.code}", qt_dir):
        QCoreApplication.installTranslator(qt)
        _State.installed.append(qt)
    QCoreApplication.installTranslator(ours)
    _State.installed.append(ours)
    _State.current = language
    # Dates, numbers and the order of names (pinyin for Chinese) follow the interface.
    QLocale.setDefault(QLocale(language.code))
    return True


def qm_path(language: Language) -> Path:
    """The compiled translation of the program for ``language``."""
    return paths.translations_dir() / f"raci_editor_{language.code}.qm"


class _QtTexts:
    """The core's :class:`Translator` backed by the application's installed translations."""

    def translate(self, context: str, source: str) -> str:
        """``QCoreApplication.translate``: the translation, or ``source`` when there is none."""
        return QCoreApplication.translate(context, source)


QT_TEXTS: Translator = _QtTexts()
"""Pass this to exporters so their words follow the interface language."""


def say(value: object) -> str:
    """A core message (a :class:`~raci_editor.core.texts.Text`) in the interface language."""
    return str(render(value, QT_TEXTS))
