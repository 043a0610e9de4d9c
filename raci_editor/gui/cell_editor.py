"""The cell editor: a dialog with one check box per letter of the scheme and a note."""

from __future__ import annotations

import re
import string

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from raci_editor.core.model import Matrix
from raci_editor.core.scheme import Scheme
from raci_editor.core.texts import word
from raci_editor.gui.language import say


def _escape_mnemonic(text: str) -> str:
    return text.replace("&", "&&")


def _without_mnemonic(text: str) -> str:
    """``"&Cancel"`` or ``"取消(&C)"`` without its mnemonic (``"&&"`` stays a literal ``&``)."""
    text = re.sub(r"\s*\(&[^&]\)", "", text)
    return re.sub(r"&(.)", r"\1", text)


def _mnemonic_label(text: str, taken: str, source: str = "") -> str:
    """``text`` with a mnemonic on its first Latin letter whose key is not ``taken``.

    A text without such a letter (Chinese ``备注``) gets one after it, as
    ``备注(&N)``: the first free letter of ``source`` (the English text), else
    of the alphabet.
    """
    for position, char in enumerate(text):
        if char.isascii() and char.isalpha() and char.upper() not in taken:
            return _escape_mnemonic(text[:position]) + "&" + _escape_mnemonic(text[position:])
    for char in source.upper() + string.ascii_uppercase:
        if char.isascii() and char.isalpha() and char not in taken:
            return f"{_escape_mnemonic(text)}(&{char})"
    return _escape_mnemonic(text)


class CellEditorDialog(QDialog):
    """Edit one cell's letters and note; :meth:`result_value` gives them after OK."""

    def __init__(
        self,
        scheme: Scheme,
        activity_name: str,
        role_name: str,
        *,
        letters: str = "",
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._scheme = scheme
        self.setWindowTitle(
            QCoreApplication.translate("CellEditorDialog", "Edit cell — {0} / {1}").format(
                activity_name, role_name
            )
        )
        layout = QVBoxLayout(self)
        heading = QLabel(
            QCoreApplication.translate("CellEditorDialog", "Letters of {0} in {1}:").format(
                role_name, activity_name
            )
        )
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self._boxes: dict[str, QCheckBox] = {}
        for item in scheme.letters:
            name = say(word("Letters", item.name))
            meaning = say(word("Letters", item.meaning)) if item.meaning else ""
            label = QCoreApplication.translate("CellEditorDialog", "{letter} — {name}")
            text = "&" + label.format(letter=item.letter, name=_escape_mnemonic(name))
            if meaning:
                text = "&" + QCoreApplication.translate(
                    "CellEditorDialog", "{letter} — {name}: {meaning}"
                ).format(
                    letter=item.letter,
                    name=_escape_mnemonic(name),
                    meaning=_escape_mnemonic(meaning),
                )
            box = QCheckBox(text, self)
            box.setChecked(item.letter in letters)
            box.setToolTip(meaning)
            box.setAccessibleName(label.format(letter=item.letter, name=name))
            self._boxes[item.letter] = box
            layout.addWidget(box)
        note_name = QCoreApplication.translate("CellEditorDialog", "Note")
        note_label = QLabel(_mnemonic_label(note_name, scheme.alphabet, "Note"), self)
        self._note = QPlainTextEdit(self)
        self._note.setPlainText(note)
        self._note.setTabChangesFocus(True)  # Tab reaches the buttons, as keyboard users expect
        self._note.setAccessibleName(note_name)
        note_label.setBuddy(self._note)
        layout.addWidget(note_label)
        layout.addWidget(self._note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        for button in buttons.buttons():  # Alt+C and Alt+O belong to the letters
            button.setText(_without_mnemonic(button.text()))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if scheme.letters:
            self._boxes[scheme.letters[0].letter].setFocus()

    @classmethod
    def for_cell(
        cls, matrix: Matrix, activity_id: str, role_id: str, parent: QWidget | None = None
    ) -> CellEditorDialog:
        """The editor showing one cell of ``matrix``."""
        return cls(
            matrix.scheme,
            matrix.activity(activity_id).name,
            matrix.role(role_id).name,
            letters=matrix.cell(activity_id, role_id),
            note=matrix.note(activity_id, role_id),
            parent=parent,
        )

    def checkbox(self, letter: str) -> QCheckBox:
        """The check box of one letter of the scheme."""
        return self._boxes[letter]

    @property
    def note_edit(self) -> QPlainTextEdit:
        """The note's text field."""
        return self._note

    def set_value(self, letters: str, note: str) -> None:
        """Tick exactly ``letters`` and show ``note``."""
        for letter, box in self._boxes.items():
            box.setChecked(letter in letters)
        self._note.setPlainText(note)

    def result_value(self) -> tuple[str, str]:
        """The letters ticked, in scheme order, and the note trimmed of surrounding space."""
        letters = "".join(ch for ch in self._scheme.alphabet if self._boxes[ch].isChecked())
        return letters, self._note.toPlainText().strip()
