"""Paragraphs written right to left (Arabic, Persian, Urdu, Hebrew) in the order a reader
expects, through the Unicode bidirectional algorithm (UAX #9).

ReportLab breaks a paragraph into lines and draws each line's words from left to right,
shaping each word with HarfBuzz (which lays out the letters of a right-to-left word right to
left). What it lacks is the order of the words on a line: its own support for that needs
``rlbidi``, which no package registry the program installs from publishes. So:

- python-bidi (the Rust crate unicode-bidi) resolves each character's embedding level
  (rules X1–I2 of UAX #9): not its reordered string, because the words must be reordered
  whole, after ReportLab has broken the lines, their letters left to HarfBuzz;
- the text is cut into *pieces* of one font and one level, and the spaces between them
  (a hair space where two pieces touch inside a word: « Khoury، »);
- ReportLab breaks the paragraph in logical order (so the first words are on the first
  line), and each line's pieces are then put in visual order by rule L2: from the highest
  level down to the lowest odd one, every run of pieces at that level or higher is
  reversed. A piece of neutral characters at an odd level (a bracket, a full stop) is
  reversed and mirrored here, since HarfBuzz would lay it out left to right.

The lines are then drawn as one paragraph whose lines are broken where ReportLab broke the
logical one: the same pieces, so the same widths. A number whose groups are parted by
spaces (« 514 555-1234 ») is one piece: its spaces do not break (see ``scripts``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText

RIGHT_TO_LEFT = ("R", "AL")
HAIR_SPACE = "\u200a"


@dataclass(frozen=True)
class Piece:
    """A run of text drawn as one unit: ``markup`` (escaped, with its font), its embedding
    level, and whether it is the space between words (``space``) or a word's part."""

    text: str
    markup: str
    level: int
    space: bool = False
    font: str = ""


_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


def levels(text: str, rtl: bool) -> list[int]:
    """The embedding level of each character of a paragraph (even: left to right, odd:
    right to left), its base direction given.

    python-bidi's Rust algorithm (unicode-bidi, UAX #9 with bracket pairs and isolates)
    gives its levels only in its debugging text, one a byte of UTF-8; they are read from
    there. Should that text ever change shape, its older Python algorithm (without rule N0
    for brackets) answers instead."""
    from bidi import get_display

    shown = str(get_display(text, base_dir="R" if rtl else "L", debug=True))
    section = shown.partition("levels:")[2].partition("]")[0]
    per_byte = [int(level) for level in _LEVEL.findall(section)]
    if len(per_byte) == len(text.encode("utf-8")):
        found, offset = [], 0
        for char in text:
            found.append(per_byte[offset])
            offset += len(char.encode("utf-8"))
        return found
    return _python_levels(text, rtl)


def _python_levels(text: str, rtl: bool) -> list[int]:
    from bidi import algorithm

    storage = algorithm.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    algorithm.get_embedding_levels(text, storage)
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    return [int(char["level"]) for char in storage["chars"]]


def visual_order(level_of: list[int]) -> list[int]:
    """Rule L2 of UAX #9 over units: the indexes of the units, left to right on the line."""
    order = list(range(len(level_of)))
    if not level_of:
        return order
    highest = max(level_of)
    lowest_odd = min(level for level in level_of) | 1
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if level_of[order[i]] >= level:
                j = i
                while j < len(order) and level_of[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order


def _mirrored(text: str) -> str:
    from bidi.mirror import MIRRORED

    return "".join(MIRRORED.get(char, char) for char in reversed(text))


def drawn_by_itself(piece: Piece) -> bool:
    """A piece at an odd level that HarfBuzz would lay out left to right (no right-to-left
    letter in it): brackets, stops, dashes."""
    return piece.level % 2 == 1 and not piece.space and not any(
        unicodedata.bidirectional(char) in RIGHT_TO_LEFT for char in piece.text)


def visual_line(pieces: list[Piece]) -> list[Piece]:
    """One line's pieces (logical order, spaces at its ends left out) in visual order."""
    order = visual_order([piece.level for piece in pieces])
    return [pieces[index] for index in order]


def visual_text(pieces: list[Piece]) -> str:
    """The characters of a line as they stand from left to right, before mirroring and
    without the hair spaces (what python-bidi's ``get_display`` gives)."""
    out = []
    for piece in visual_line(pieces):
        if piece.text != HAIR_SPACE:
            out.append(piece.text[::-1] if piece.level % 2 else piece.text)
    return "".join(out)


def _piece_markup(piece: Piece) -> str:
    if drawn_by_itself(piece):
        from xml.sax.saxutils import escape

        reordered = escape(_mirrored(piece.text))
        return piece.markup.replace(escape(piece.text), reordered, 1)
    return piece.markup


def _left_to_right(piece: Piece) -> bool:
    return not piece.space and not any(unicodedata.bidirectional(char) in RIGHT_TO_LEFT
                                       for char in piece.text)


def visual_markup(line: list[Piece]) -> str:
    """A line's markup in visual order. A hair space between two pieces laid out left to
    right in one font is left out: they are drawn as one word (« (MIFI) », « .Morin »),
    as ReportLab would draw any separator as a whole space."""
    ordered = visual_line(line)
    parts = []
    for index, piece in enumerate(ordered):
        if piece.text == HAIR_SPACE and 0 < index < len(ordered) - 1:
            left, right = ordered[index - 1], ordered[index + 1]
            if _left_to_right(left) and _left_to_right(right) and left.font == right.font:
                continue
        parts.append(_piece_markup(piece))
    return "".join(parts)


def _strip(pieces: list[Piece]) -> list[Piece]:
    start, end = 0, len(pieces)
    while start < end and pieces[start].space:
        start += 1
    while end > start and pieces[end - 1].space:
        end -= 1
    return pieces[start:end]


def _spans(pieces: list[Piece], counts: list[int]) -> list[tuple[int, int]]:
    """Where each line of ``counts`` words begins and ends in ``pieces`` (a word: the pieces
    between two spaces, each hair space included, as ReportLab counts them)."""
    spans: list[tuple[int, int]] = []
    index = 0
    for count in counts:
        while index < len(pieces) and pieces[index].space:
            index += 1
        start, words = index, 0
        while index < len(pieces) and words < count:
            words += not pieces[index].space
            index += 1
        spans.append((start, index))
    if spans and index < len(pieces):
        spans[-1] = (spans[-1][0], len(pieces))  # never: ReportLab counted every word
    return spans


def _logical_markup(pieces: list[Piece]) -> str:
    return "".join(piece.markup for piece in pieces)


def _wrap(markup: str | None, style: Any, width: float, height: float,
          frags: Any = None) -> list[int]:
    logical = Paragraph(markup, style, frags=frags)
    logical.wrap(width, height)
    return [int(line.wordCount) if hasattr(line, "wordCount") else len(line[1])
            for line in logical.blPara.lines]


def break_lines(pieces: list[Piece], style: Any, width: float, height: float,
                enclose: Any = str, frags: Any = None) -> list[list[Piece]]:
    """The logical pieces cut into lines as ReportLab breaks them at ``width``, never at a
    hair space while the line has a real one (a bracket stays with its word). ``frags``:
    the whole text already parsed by ReportLab, to spare parsing it again."""
    lines: list[list[Piece]] = []
    rest = _strip(pieces)
    while rest:
        if frags is not None:
            counts = _wrap(None, style, width, height, list(frags))
            frags = None
        else:
            counts = _wrap(enclose(_logical_markup(rest)), style, width, height)
        spans = _spans(rest, counts)
        for start, end in spans:
            if end < len(rest) and rest[end].text == HAIR_SPACE:
                spaces = [i for i in range(start + 1, end) if rest[i].text == " "]
                if spaces:  # break at the line's last real space, and lay out the rest again
                    lines.append(_strip(rest[start:spaces[-1]]))
                    rest = _strip(rest[spaces[-1]:])
                    break
            lines.append(_strip(rest[start:end]))
        else:
            rest = []
    return lines


class BidiParagraph(Paragraph):  # type: ignore[misc]  # ReportLab has no types
    """A paragraph of pieces in logical order, drawn in visual order line by line.

    Each time it is wrapped at a new width it breaks the logical text there and writes its
    lines in visual order; a part split off at a page break is a plain paragraph of lines
    already in visual order."""

    def __init__(self, text: Any, style: Any = None, bulletText: Any = None,
                 frags: Any = None, pieces: list[Piece] | None = None, bold: bool = False,
                 **kwargs: Any) -> None:
        self._pieces = pieces
        self._bold = bold
        self._laid_for: float | None = None
        super().__init__(text, style, bulletText, frags, **kwargs)
        self._logical_frags = self.frags if pieces is not None else None

    def _enclose(self, body: str) -> str:
        return f"<b>{body}</b>" if self._bold else body

    def _lay_out(self, width: float, height: float) -> None:
        if self._pieces is None or self._laid_for == width:
            return
        self._laid_for = width
        lines = break_lines(self._pieces, self.style, width, height, self._enclose,
                            self._logical_frags)
        visual = "<br/>".join(visual_markup(line) for line in lines)
        self._setup(self._enclose(visual), self.style, self.bulletText, None,
                    cleanBlockQuotedText)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._lay_out(availWidth, availHeight)
        return super().wrap(availWidth, availHeight)  # type: ignore[no-any-return]

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        self._lay_out(availWidth, availHeight)
        return super().split(availWidth, availHeight)  # type: ignore[no-any-return]
