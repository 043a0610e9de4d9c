"""The legend: each letter of the scheme on its colour chip, with the letter's name.

Colours never carry meaning alone: every chip shows its letter, and the name
follows it (``R Responsible · A Accountable · C Consulted · I Informed``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from raci_editor.core.scheme import RACI, LetterDef, Scheme
from raci_editor.core.texts import word
from raci_editor.gui.language import say
from raci_editor.gui.palette import letter_brushes


class Legend(QWidget):
    """A row of letter chips and names for one scheme."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(4, 0, 4, 0)
        self._layout.setSpacing(4)
        self._scheme: Scheme | None = None
        self.set_scheme(RACI)

    @property
    def scheme(self) -> Scheme | None:
        """The scheme shown."""
        return self._scheme

    def set_scheme(self, scheme: Scheme) -> None:
        """Show the letters of ``scheme`` (nothing changes when it is the same)."""
        if scheme == self._scheme:
            return
        self._scheme = scheme
        while (item := self._layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        _, brushes = letter_brushes(scheme)
        for n, item_def in enumerate(scheme.letters):
            if n:
                self._layout.addWidget(QLabel("·", self))
            chip = QLabel(item_def.letter, self)
            chip.setObjectName(f"legend-chip-{item_def.letter}")
            chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
            colour = brushes[item_def.letter].color()
            chip.setStyleSheet(
                "QLabel { font-weight: bold; border-radius: 3px; padding: 0px 5px;"
                f" background-color: rgba({colour.red()}, {colour.green()}, {colour.blue()},"
                f" {colour.alpha()}); }}"
            )
            tip = _meaning(item_def) or _name(item_def)
            chip.setToolTip(tip)
            self._layout.addWidget(chip)
            name = QLabel(_name(item_def), self)
            name.setToolTip(tip)
            self._layout.addWidget(name)

    def text(self) -> str:
        """The legend as plain text, e.g. ``R Responsible · A Accountable · …``."""
        if self._scheme is None:
            return ""
        return " · ".join(f"{d.letter} {_name(d)}" for d in self._scheme.letters)


def _name(item: LetterDef) -> str:
    """A letter's name in the interface language (a name of the user's own as written)."""
    return say(word("Letters", item.name))


def _meaning(item: LetterDef) -> str:
    return say(word("Letters", item.meaning)) if item.meaning else ""
