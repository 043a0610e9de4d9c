"""View › Language: the interface language, remembered and applied at the next start.

Qt widgets do not re-read their texts when a translator changes, so the
choice takes effect on a restart; the menu says so and offers to restart
now (closing the window first, which asks about unsaved changes).
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from raci_editor.gui import language
from raci_editor.gui.language import Language


def restart_command(files: list[str]) -> tuple[str, list[str]]:
    """The program and arguments that start the editor again on ``files``."""
    return sys.executable, ["-m", "raci_editor", *files]


class LanguageMenu(QMenu):
    """System language, then each language in its own name; the one in use is checked."""

    def __init__(
        self, parent: QWidget, reopen: Callable[[], list[str]], close: Callable[[], bool]
    ) -> None:
        super().__init__(QCoreApplication.translate("LanguageMenu", "&Language"), parent)
        self._reopen = reopen
        self._close = close
        self._group = QActionGroup(self)
        self.system_action = self._add(
            QCoreApplication.translate("LanguageMenu", "&System Language"), None
        )
        self.addSeparator()
        self.language_actions = {x.code: self._add(x.name, x) for x in language.LANGUAGES}
        chosen = language.chosen()
        checked = self.language_actions[chosen.code] if chosen else self.system_action
        checked.setChecked(True)

    def _add(self, text: str, choice: Language | None) -> QAction:
        action = self.addAction(text)
        action.setCheckable(True)
        self._group.addAction(action)
        action.triggered.connect(lambda: self.choose(choice))
        return action

    def choose(self, choice: Language | None) -> None:
        """Remember ``choice`` (None: the system's) and offer to restart in it."""
        if choice == language.chosen():
            return
        language.choose(choice)
        target = choice or language.system_language()
        if target == language.current():
            return
        if self.ask_restart(target) and self._close():
            program, arguments = restart_command(self._reopen())
            QProcess.startDetached(program, arguments)

    def ask_restart(self, target: Language) -> bool:
        """Ask whether to restart now; True for Restart Now."""
        box = QMessageBox(self.parentWidget())
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(QCoreApplication.translate("LanguageMenu", "Language"))
        box.setText(
            QCoreApplication.translate(
                "LanguageMenu", "RACI Editor will speak {language} when it starts again."
            ).format(language=target.name)
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "LanguageMenu", "Restart now? You will be asked to save unsaved changes first."
            )
        )
        restart = box.addButton(
            QCoreApplication.translate("LanguageMenu", "&Restart Now"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(
            QCoreApplication.translate("LanguageMenu", "&Later"), QMessageBox.ButtonRole.RejectRole
        )
        box.exec()
        return box.clickedButton() is restart
