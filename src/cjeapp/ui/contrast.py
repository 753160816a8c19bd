"""Text people can read: contrast as WCAG 2.2 measures it (AA asks 4.5:1 for text), and the
selection's colours, which Qt's default on Linux (white on #308cc6, 3.69:1) fails. A test
holds every colour pair the screens use to it (tests/ui/test_contrast.py)."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

TEXT_RATIO = 4.5
# The selected row: white on a deep blue (7.1:1), the same whether the window has focus.
SELECTION = ("#1c5a96", "#ffffff")


def _luminance(colour: str) -> float:
    value = QColor(colour)

    def channel(part: float) -> float:
        return part / 12.92 if part <= 0.04045 else ((part + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(value.redF()) + 0.7152 * channel(value.greenF())
            + 0.0722 * channel(value.blueF()))


def ratio(one: str, other: str) -> float:
    """WCAG's contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def apply_selection(app: QApplication) -> None:
    """The selection's colours for every window, active or not."""
    palette = app.palette()
    ground, text = (QColor(colour) for colour in SELECTION)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, ground)
        palette.setColor(group, QPalette.ColorRole.HighlightedText, text)
    app.setPalette(palette)
