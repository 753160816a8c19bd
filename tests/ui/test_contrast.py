"""Every pair of text and ground colours the screens use reads at WCAG 2.2 AA (4.5:1): the
status labels, the agenda's inks on white and on each kind of appointment's colour, the
alerts of the lists, and the selected row (issue 37, item 2, in part)."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from cjeapp.ui.contrast import TEXT_RATIO
from cjeapp.ui.contrast import ratio
from cjeapp.ui.models import tones
from cjeapp.ui.models.agenda_model import CANCELLED_INK
from cjeapp.ui.models.agenda_model import KIND_COLOURS
from cjeapp.ui.models.agenda_model import PLACE_COLOURS

WHITE = "#ffffff"


def test_the_status_labels_read_on_their_ground() -> None:
    for tone, (ground, ink) in tones._COLOURS.items():
        assert ratio(ink, ground) >= TEXT_RATIO, tone
        assert ratio(ink, WHITE) >= TEXT_RATIO, tone


def test_the_agenda_reads_on_white_and_on_every_kind_of_appointment() -> None:
    inks = [CANCELLED_INK, "#b00020", *PLACE_COLOURS.values()]
    for ground in [WHITE, *KIND_COLOURS.values()]:
        for ink in inks:
            assert ratio(ink, ground) >= TEXT_RATIO, (ink, ground)


def test_the_lists_alerts_and_quiet_rows_read_on_white() -> None:
    for ink in ("#b00020", "#666666", "#5b6472"):  # alert rows, left visits, hints
        assert ratio(ink, WHITE) >= TEXT_RATIO, ink


def test_a_selected_row_reads_in_an_active_window_and_an_inactive_one(qapp: QApplication
                                                                         ) -> None:
    palette = qapp.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        ground = palette.color(group, QPalette.ColorRole.Highlight).name()
        text = palette.color(group, QPalette.ColorRole.HighlightedText).name()
        assert ratio(text, ground) >= TEXT_RATIO, (group, text, ground)
