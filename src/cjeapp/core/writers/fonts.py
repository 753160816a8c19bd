"""The embedded font: ReportLab's built-in fonts lack many glyphs (and U+202F, which
Babel's fr_CA uses as thousands separator), so every document embeds DejaVu Sans."""

from __future__ import annotations

from functools import cache

from cjeapp.core.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


@cache
def register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(REGULAR, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)
