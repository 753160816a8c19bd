"""Aide › À propos: the program's version, the libraries it runs on with their versions
and licences, where its files are, and the full licence texts; what an IT helper asks for
on the phone can be copied in one click."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtCore import qVersion
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp import __version__
from cjeapp import about
from cjeapp import log_file
from cjeapp.about import Component
from cjeapp.ui.models.row_table import Column
from cjeapp.ui.widgets.record_table import RecordTable


class LicencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Licences of the components"))
        self.text = QPlainTextEdit(about.licence_texts())
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)
        self.resize(760, 560)


class AboutDialog(QDialog):
    def __init__(self, db_path: Path | str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About cjeapp"))
        title = QLabel(f"cjeapp {__version__}")
        title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        summary = QLabel(self.tr(
            "Files, action plans, documents and the year-end report of organizations that "
            "welcome newcomers to Quebec."))
        summary.setWordWrap(True)
        log = log_file.log_path()
        self.details = QLabel(self.tr(
            "Python %1 · Qt %2 · PySide6 %3\nDatabase: %4\nLog: %5")
            .replace("%1", platform.python_version()).replace("%2", qVersion())
            .replace("%3", pyside_version)
            .replace("%4", str(db_path) if db_path else "—")
            .replace("%5", str(log) if log else self.tr("(no log file)")))
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lgpl = QLabel(self.tr(
            "Qt and PySide6 are used under the GNU LGPL version 3: in the installed program "
            "they are separate libraries (the _internal/PySide6 folder) that can be "
            "replaced by another build of the same version."))
        lgpl.setWordWrap(True)
        self.components: RecordTable[Component] = RecordTable([
            Column(self.tr("Component"), lambda c: c.name, width=210),
            Column(self.tr("Version"), lambda c: c.version, width=100),
            Column(self.tr("Licence"), lambda c: c.licence),
        ])
        self.components.set_rows(about.components())
        self.copy_button = QPushButton(self.tr("Copy the versions"))
        self.licences_button = QPushButton(self.tr("Licences…"))
        close = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.licences_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addWidget(self.details)
        layout.addWidget(self.components, 1)
        layout.addWidget(lgpl)
        layout.addLayout(buttons)
        # once in the dialog (not before): Enter presses it even after Tab went past
        # another button
        close.setDefault(True)
        self.copy_button.clicked.connect(self.copy_versions)
        self.licences_button.clicked.connect(self.show_licences)
        close.clicked.connect(self.accept)
        self.resize(680, 560)

    def versions_text(self) -> str:
        lines = [f"cjeapp {__version__}", self.details.text(), ""]
        lines += [f"{c.name} {c.version} ({c.licence})" for c in self.components.rows]
        return "\n".join(lines)

    def copy_versions(self) -> None:
        QApplication.clipboard().setText(self.versions_text())
        self.copy_button.setText(self.tr("Versions copied"))

    def show_licences(self) -> LicencesDialog:
        dialog = LicencesDialog(self)
        dialog.show()
        return dialog
