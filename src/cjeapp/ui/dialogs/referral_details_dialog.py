"""What the MIFI referral e-mail says about the person, beside what the file holds: the
counsellor ticks what to copy (empty fields are ticked, differences are not), and the
file's own Save then records it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QGridLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.casework.referral_details import Found
from cjeapp.core.locale_format import format_date
from cjeapp.core.locale_format import language_name
from cjeapp.core.search.normalize import fold
from cjeapp.ui.client_file.field_captions import caption


def shown(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, list):
        return ", ".join(language_name(str(code)) for code in value)
    return str(value)


def _is_new(found: Found, current: Any) -> bool:
    """True when copying ``found`` adds something the file does not have yet."""
    if isinstance(found.value, list):
        return not set(found.value) <= set(current or [])
    return current in (None, "", [])


def _another_name(found: list[Found], current: dict[str, Any]) -> bool:
    """The e-mail names someone else than the file (accents and case aside)."""
    return any(fold(str(detail.value)) != fold(str(current.get(detail.field) or ""))
               for detail in found if detail.field in ("first_name", "last_name")
               and current.get(detail.field))


class ReferralDetailsDialog(QDialog):
    def __init__(self, found: list[Found], current: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Details found in the e-mail"))
        self.found = found
        intro = QLabel(self.tr(
            "Tick what to copy into the file. What the file already holds stays unless "
            "you tick it; languages are added to those already there. Nothing is saved "
            "until you press Save in the file."))
        intro.setWordWrap(True)
        grid = QGridLayout()
        for column, title in enumerate((self.tr("Field"), self.tr("In the e-mail"),
                                        self.tr("In the file"))):
            heading = QLabel(title)
            heading.setStyleSheet("font-weight: 600;")
            grid.addWidget(heading, 0, column)
        self.checks: dict[str, QCheckBox] = {}
        for row, detail in enumerate(found, start=1):
            now = current.get(detail.field)
            check = QCheckBox(caption(detail.field))
            check.setChecked(_is_new(detail, now))
            self.checks[detail.field] = check
            grid.addWidget(check, row, 0)
            grid.addWidget(QLabel(shown(detail.value)), row, 1)
            grid.addWidget(QLabel(shown(now)), row, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.warning = QLabel(self.tr(
            "The name in the e-mail is not the one in the file: make sure the e-mail is "
            "about this person before copying anything."))
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b00020; font-weight: 600;")
        self.warning.setVisible(_another_name(found, current))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        copy = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if copy is not None:
            copy.setText(self.tr("Copy into the file"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.warning)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)

    def chosen(self, current: dict[str, Any]) -> dict[str, Any]:
        """The field values to write in the file's form for what is ticked."""
        values: dict[str, Any] = {}
        for detail in self.found:
            if not self.checks[detail.field].isChecked():
                continue
            if isinstance(detail.value, list):
                values[detail.field] = list(dict.fromkeys(
                    [*(current.get(detail.field) or []), *detail.value]))
            else:
                values[detail.field] = detail.value
            if detail.field == "interpreter_language":
                values["interpreter_needed"] = True
        return values
