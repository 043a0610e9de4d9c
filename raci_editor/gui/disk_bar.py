"""The bar above the grid that says the open file was changed or removed by another program."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QWidget


class ChangedOnDiskBar(QFrame):
    """A non-modal message with Reload and Keep Mine; hidden until something happens."""

    reload_clicked = Signal()
    keep_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changed-on-disk-bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#changed-on-disk-bar { background: #fff4ce; border: 1px solid #c9a400; }"
            "#changed-on-disk-bar QLabel { color: #3b2f00; }"
        )
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(warning.pixmap(size, size))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.reload_button = QPushButton(
            QCoreApplication.translate("ChangedOnDiskBar", "&Reload"), self
        )
        self.reload_button.setToolTip(
            QCoreApplication.translate(
                "ChangedOnDiskBar", "Show the file as it is now on disk; your changes go"
            )
        )
        self.keep_button = QPushButton(
            QCoreApplication.translate("ChangedOnDiskBar", "&Keep Mine"), self
        )
        self.keep_button.setToolTip(
            QCoreApplication.translate(
                "ChangedOnDiskBar", "Keep your matrix; saving it overwrites the file"
            )
        )
        self.reload_button.clicked.connect(self.reload_clicked)
        self.keep_button.clicked.connect(self.keep_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(icon)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.reload_button)
        layout.addWidget(self.keep_button)
        self.hide()

    def show_changed(self, name: str) -> None:
        """Say that ``name`` was changed by another program."""
        self.label.setText(
            QCoreApplication.translate(
                "ChangedOnDiskBar",
                "{0} was changed by another program. Reload it, or keep your version?",
            ).format(name)
        )
        self.reload_button.show()
        self.show()

    def show_removed(self, name: str) -> None:
        """Say that ``name`` was deleted or moved away by another program."""
        self.label.setText(
            QCoreApplication.translate(
                "ChangedOnDiskBar",
                "{0} was deleted or moved by another program. Your matrix is still open; "
                "save it to write the file again.",
            ).format(name)
        )
        self.reload_button.hide()
        self.show()
