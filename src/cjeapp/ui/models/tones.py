"""Statuses shown as coloured labels, the same colours on every screen: good (done,
accepted, ready), warn (waiting, to decide, likely duplicate), bad (refused, error, left),
info (in progress), muted (cancelled, closed without result). Text stays dark on a pale
ground, readable when printed in grey and for people who do not tell red from green (the
words say it; the colour only helps the eye find it)."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtGui import QColor
from PySide6.QtGui import QFont


class Tone(StrEnum):
    GOOD = "good"
    WARN = "warn"
    BAD = "bad"
    INFO = "info"
    MUTED = "muted"


_COLOURS: dict[Tone, tuple[str, str]] = {  # (ground, text)
    Tone.GOOD: ("#e3f4e8", "#1d6b35"),
    Tone.WARN: ("#fff1d6", "#7a4f00"),
    Tone.BAD: ("#fde4e4", "#9b1c1c"),
    Tone.INFO: ("#e2ecfa", "#1f4e8c"),
    Tone.MUTED: ("#eeeeee", "#555555"),
}


def ground(tone: Tone) -> QBrush:
    return QBrush(QColor(_COLOURS[tone][0]))


def ink(tone: Tone) -> QBrush:
    return QBrush(QColor(_COLOURS[tone][1]))


def bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def styled(tone: Tone, role: int) -> object:
    """What a model answers for a cell shown in ``tone``: its ground, its ink, bold; None
    for the other roles."""
    if role == Qt.ItemDataRole.BackgroundRole:
        return ground(tone)
    if role == Qt.ItemDataRole.ForegroundRole:
        return ink(tone)
    if role == Qt.ItemDataRole.FontRole:
        return bold()
    return None


# The statuses of the program's records, by their codes.
APPOINTMENT_TONES = {"booked": Tone.INFO, "attended": Tone.GOOD, "no_show": Tone.BAD,
                     "cancelled": Tone.MUTED}
DECISION_TONES = {"approve": Tone.GOOD, "refuse": Tone.BAD, "refer_transport_org": Tone.INFO,
                  "ask_employer": Tone.INFO, "": Tone.WARN}
OUTCOME_TONES = {"pending": Tone.WARN, "accepted": Tone.GOOD, "refused": Tone.BAD,
                 "completed": Tone.GOOD, "no_answer": Tone.MUTED}
