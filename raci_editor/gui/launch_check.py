"""Matrix › Ready to Launch?: the errors that block, the warnings, the waivers and why.

:func:`launch_summary` reads the findings into plain lists (tested without
a window); :class:`LaunchCheckDialog` shows them and copies them as text,
e.g. for a launch e-mail.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from raci_editor.core.model import Matrix
from raci_editor.core.rules import Finding, Severity
from raci_editor.gui.document import Document
from raci_editor.gui.language import say
from raci_editor.gui.status_texts import count_text
from raci_editor.gui.waiver_dialog import place_name


def exec_dialog(dialog: QDialog) -> int:
    """Run a dialog modally; tests replace this to look at it."""
    return dialog.exec()


@dataclass(frozen=True, slots=True)
class Item:
    """One finding as the check lists it: rule, where (names) and what."""

    rule: str
    place: str
    message: str
    """The finding's message in the interface language."""


@dataclass(frozen=True, slots=True)
class WaiverItem:
    """One waiver: what it accepts, why and who; stale when its finding no longer occurs."""

    rule: str
    place: str
    reason: str
    by: str
    stale: bool
    message: str = ""
    """The waived finding's message (empty for a stale waiver)."""


@dataclass(frozen=True, slots=True)
class LaunchSummary:
    """The state of a matrix before a launch; waived findings do not count."""

    errors: list[Item] = field(default_factory=list)
    warnings: list[Item] = field(default_factory=list)
    infos: list[Item] = field(default_factory=list)
    waivers: list[WaiverItem] = field(default_factory=list)

    @property
    def ready(self) -> bool:
        """No error counts (warnings do not block)."""
        return not self.errors

    @property
    def verdict(self) -> str:
        """The one-line answer: "Not ready: 3 errors block the launch" and the like."""
        n_err, n_warn = len(self.errors), len(self.warnings)
        if n_err:
            return count_text(
                n_err,
                QCoreApplication.translate("LaunchCheck", "Not ready: {0} error blocks the launch"),
                QCoreApplication.translate("LaunchCheck", "Not ready: {0} errors block the launch"),
            )
        if n_warn:
            return count_text(
                n_warn,
                QCoreApplication.translate("LaunchCheck", "Ready, with {0} warning"),
                QCoreApplication.translate("LaunchCheck", "Ready, with {0} warnings"),
            )
        return QCoreApplication.translate("LaunchCheck", "Ready: no problems")

    @property
    def stale_waivers(self) -> list[WaiverItem]:
        """The waivers whose finding no longer occurs."""
        return [w for w in self.waivers if w.stale]


def launch_summary(matrix: Matrix, findings: Iterable[Finding]) -> LaunchSummary:
    """Sort the findings into what blocks, what warns and what is waived (with the reasons)."""
    summary = LaunchSummary()
    lists = {Severity.ERROR: summary.errors, Severity.WARNING: summary.warnings}
    used = set()
    for f in findings:
        place = place_name(matrix, f.activity_id, f.role_id)
        if f.waiver is not None:
            used.add(f.waiver.key)
            w = f.waiver
            summary.waivers.append(WaiverItem(f.rule, place, w.reason, w.by, False, say(f.message)))
        elif f.severity in lists:
            lists[f.severity].append(Item(f.rule, place, say(f.message)))
        elif f.stale is None:  # stale waivers are listed with the waivers
            summary.infos.append(Item(f.rule, place, say(f.message)))
    for w in matrix.waivers:
        if w.key not in used:
            place = place_name(matrix, w.activity_id, w.role_id)
            summary.waivers.append(WaiverItem(w.rule, place, w.reason, w.by, True))
    return summary


def _sections(summary: LaunchSummary) -> list[tuple[str, list[Item]]]:
    return [
        (
            QCoreApplication.translate("LaunchCheck", "Errors that block ({0})").format(
                len(summary.errors)
            ),
            summary.errors,
        ),
        (
            QCoreApplication.translate("LaunchCheck", "Warnings ({0})").format(
                len(summary.warnings)
            ),
            summary.warnings,
        ),
        (
            QCoreApplication.translate("LaunchCheck", "Notes ({0})").format(len(summary.infos)),
            summary.infos,
        ),
    ]


def _waiver_line(w: WaiverItem) -> tuple[str, str]:
    """(what is waived, why and who) for one waiver."""
    what = f"{w.rule} · {w.place}"
    if w.stale:
        what = QCoreApplication.translate(
            "LaunchCheck", "[stale: no such finding any more] {0}"
        ).format(what)
    return what, QCoreApplication.translate("LaunchCheck", "“{0}” — waived by {1}").format(
        w.reason, w.by
    )


def summary_text(matrix: Matrix, summary: LaunchSummary) -> str:
    """The summary as plain text, for the clipboard."""
    title = matrix.title or QCoreApplication.translate("LaunchCheck", "Untitled matrix")
    lines = [
        QCoreApplication.translate("LaunchCheck", "Ready to launch? {0}").format(title),
        summary.verdict,
    ]
    for heading, items in _sections(summary):
        if items:
            lines += ["", heading]
            line = QCoreApplication.translate("LaunchCheck", "- {rule} · {place}: {message}")
            lines += [line.format(rule=i.rule, place=i.place, message=i.message) for i in items]
    if summary.waivers:
        lines += [
            "",
            QCoreApplication.translate("LaunchCheck", "Waivers ({0})").format(len(summary.waivers)),
        ]
        for w in summary.waivers:
            what, why = _waiver_line(w)
            line = QCoreApplication.translate("LaunchCheck", "- {what}: {why}")
            lines.append(line.format(what=what, why=why))
    return "\n".join(lines) + "\n"


def summary_html(matrix: Matrix, summary: LaunchSummary) -> str:
    """The summary as simple HTML in the palette's colours; every name is escaped."""
    e = html.escape
    mark = "✔" if summary.ready else "✖"
    parts = [f"<h2>{mark} {e(summary.verdict)}</h2>"]
    if matrix.title:
        parts.append(f"<p>{e(matrix.title)}</p>")
    for heading, items in _sections(summary):
        if not items:
            continue
        parts.append(f"<h3>{e(heading)}</h3><ul>")
        parts += [f"<li><b>{e(i.rule)}</b> · {e(i.place)}<br>{e(i.message)}</li>" for i in items]
        parts.append("</ul>")
    if summary.waivers:
        waivers = QCoreApplication.translate("LaunchCheck", "Waivers ({0})").format(
            len(summary.waivers)
        )
        parts.append(f"<h3>{e(waivers)}</h3><ul>")
        for w in summary.waivers:
            what, why = _waiver_line(w)
            detail = f"<br><i>{e(w.message)}</i>" if w.message else ""
            parts.append(f"<li><b>{e(what)}</b><br>{e(why)}{detail}</li>")
        parts.append("</ul>")
    elif summary.ready and not summary.warnings:
        passes = QCoreApplication.translate(
            "LaunchCheck", "Every rule passes and nothing is waived."
        )
        parts.append(f"<p>{e(passes)}</p>")
    return "".join(parts)


class LaunchCheckDialog(QDialog):
    """The launch check of one matrix, with a button that copies it as text."""

    def __init__(self, parent: QWidget | None, matrix: Matrix, findings: list[Finding]) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("LaunchCheckDialog", "Ready to Launch?"))
        self.summary = launch_summary(matrix, findings)
        self.text = summary_text(matrix, self.summary)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setHtml(summary_html(matrix, self.summary))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(
            QCoreApplication.translate("LaunchCheckDialog", "&Copy as Text"), self
        )
        self.copy_button.setAutoDefault(False)
        self.copy_button.setToolTip(
            QCoreApplication.translate(
                "LaunchCheckDialog", "Copy the summary, e.g. for a launch e-mail"
            )
        )
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(600, 560)

    def _on_copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text)
        self.copy_button.setText(QCoreApplication.translate("LaunchCheckDialog", "Copied"))


def show_launch_check(parent: QWidget | None, document: Document) -> LaunchSummary:
    """Matrix › Ready to Launch?: show the check of the document; return what it showed."""
    dialog = LaunchCheckDialog(parent, document.matrix, document.validation.findings())
    try:
        exec_dialog(dialog)
        return dialog.summary
    finally:
        dialog.deleteLater()
