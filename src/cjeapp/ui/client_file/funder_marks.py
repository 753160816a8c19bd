"""The fields the funder's package (the active reporting profile) or the organization's
policy requires, marked where a person's file is filled in (the desk's intake, the file),
and what the package will say of this person, written under the form."""

from __future__ import annotations

from collections.abc import Collection
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QWidget

from cjeapp.core.reporting.funder_fields import COUNSELLOR_FIELD
from cjeapp.core.reporting.person_check import FileWarning
from cjeapp.ui.client_file.field_captions import caption

WARNING_STYLE = "color: #8a4b00;"


def why_asked(field: str) -> str:
    if field == COUNSELLOR_FIELD:
        return QCoreApplication.translate(
            "FunderMarks", "The organization's policy gives every person a counsellor.")
    return QCoreApplication.translate(
        "FunderMarks", "The funder's package requires it for every person served.")


def marked(field: str, asked: Collection[str]) -> str:
    """The field's caption, with a star when the funder or the policy requires it."""
    if field not in asked:
        return caption(field)
    return QCoreApplication.translate("FunderMarks", "%1 *").replace("%1", caption(field))


def mark(widget: QWidget, field: str, asked: Collection[str]) -> None:
    """Say on the field itself (tooltip, and what a screen reader reads) why it is asked."""
    if field in asked:
        widget.setToolTip(why_asked(field))
        widget.setAccessibleDescription(why_asked(field))


def legend() -> QLabel:
    label = QLabel(QCoreApplication.translate(
        "FunderMarks", "* asked for every person: the funder's package or the "
        "organization's policy requires it."))
    label.setWordWrap(True)
    return label


def warnings_html(warnings: list[FileWarning]) -> str:
    """What the package will say of this person, each field a link to it."""
    if not warnings:
        return ""
    pair = QCoreApplication.translate("FunderMarks", "%1: %2")
    lines = [pair.replace("%1", f'<a href="{escape(w.field)}">{_text(caption(w.field))}</a>')
             .replace("%2", _text(w.message.render())) for w in warnings]
    heading = QCoreApplication.translate(
        "FunderMarks", "For the funder's package (saved all the same):")
    return _text(heading) + "<br>" + "<br>".join(lines)


def _text(text: str) -> str:
    return escape(text, quote=False)  # an apostrophe stays one when the label is read


def warning_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(WARNING_STYLE)
    label.setAccessibleName(QCoreApplication.translate(
        "FunderMarks", "What the funder's package will say of this person"))
    label.hide()
    return label


def show_warnings(label: QLabel, warnings: list[FileWarning]) -> None:
    label.setText(warnings_html(warnings))
    label.setVisible(bool(warnings))
