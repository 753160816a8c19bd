"""The one way a PDF of the program is begun: it says its language (``/Lang`` in its
catalog, BCP 47, for screen readers and for hyphenation in readers) and its canvas starts
in the embedded font, so no page refers to ReportLab's unembedded Helvetica.

ReportLab cannot write a tagged PDF (no structure tree, no marked content, no
``/ActualText``): a screen reader reads the text in drawing order, and the Arabic of a
shaped word is extracted as the presentation forms HarfBuzz chose, not as the letters
typed. The text is in reading order line by line, and each document says its language.
"""

from __future__ import annotations

from typing import Any

from cjeapp.core.i18n import current_language
from cjeapp.core.writers.fonts import REGULAR
from cjeapp.core.writers.fonts import register_fonts


def pdf_language(language: str | None = None) -> str:
    """The BCP 47 tag a PDF declares: « fr-CA », « en-CA », « ar »…"""
    from cjeapp.core.locale_format import locale_name

    code = language or current_language()
    name = locale_name(code)
    return name.replace("_", "-") if name.split("_")[0] == code else code


def pdf_document(buffer: Any, language: str | None, **options: Any) -> Any:
    """A ReportLab SimpleDocTemplate writing to ``buffer`` in ``language``."""
    from reportlab.platypus import SimpleDocTemplate

    register_fonts()
    options.setdefault("invariant", True)
    return SimpleDocTemplate(buffer, lang=pdf_language(language), initialFontName=REGULAR,
                             **options)


def table_style(commands: list[tuple[Any, ...]]) -> Any:
    """A TableStyle whose cells start in the embedded font (a table sets its cells' font
    before drawing them, Helvetica unless told, even when every cell is a paragraph)."""
    from reportlab.platypus import TableStyle

    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


def drawing(width: float, height: float) -> Any:
    """A ReportLab Drawing (a chart's canvas) whose text starts in the embedded font: its
    renderer sets Helvetica first unless the drawing says otherwise."""
    from reportlab.graphics.shapes import Drawing

    made = Drawing(width, height)
    made.initialFontName = REGULAR
    return made
