"""Text in any script on a PDF page: Latin, Cyrillic, Greek and Hebrew in DejaVu Sans,
Arabic in Noto Sans Arabic, Devanagari in Noto Sans Devanagari, Chinese, Japanese and Korean
in Droid Sans Fallback (all shipped in ``resources/fonts``).

ReportLab draws a paragraph word by word (a word ends at a breaking space) and, when a
paragraph style asks for it, shapes each word with HarfBuzz (uharfbuzz): Arabic letters take
their joined forms, Devanagari its conjuncts and vowel signs, and a right-to-left word comes
out in visual order. ReportLab has no bidirectional algorithm of its own without ``rlbidi``
(not published where the program's packages come from), and it shapes a whole word with the
face of its first character. So :func:`markup` prepares the text:

- each character gets the first font that has it (Arabic letters go to Noto Sans Arabic,
  whose forms are better than DejaVu's), and a run of one font becomes a ``<font>`` span;
- the spaces inside a right-to-left run become no-break spaces, so the run (a name such as
  « إيمان العمراني ») is one word that HarfBuzz lays out right to left as a whole; it sits
  in the line as one unit, which is what the Unicode bidirectional algorithm gives a
  right-to-left name in a French or English sentence;
- where two fonts, or two directions, meet inside a word (« (إيمان »), a hair space
  (U+200A) separates them, so each part is shaped with its own face and direction.

Only paragraphs that need it are shaped (:func:`paragraph`): shaping a Latin paragraph
changes nothing a reader sees and costs time.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import Any
from xml.sax.saxutils import escape

from cjeapp.core.resources import resource_path
from cjeapp.core.writers.fonts import BOLD
from cjeapp.core.writers.fonts import REGULAR
from cjeapp.core.writers.fonts import register_fonts

HAIR_SPACE = "\u200a"
NO_BREAK = "\u00a0"
_BREAKING = frozenset(" \t\n\r")


@dataclass(frozen=True)
class Fallback:
    name: str
    regular: str
    bold: str | None  # None: the regular face serves for bold too


ARABIC = Fallback("NotoSansArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")
DEVANAGARI = Fallback("NotoSansDevanagari", "NotoSansDevanagari-Regular.ttf",
                      "NotoSansDevanagari-Bold.ttf")
CJK = Fallback("DroidSansFallback", "DroidSansFallbackFull.ttf", None)
FALLBACKS = (ARABIC, DEVANAGARI, CJK)

_ARABIC_BLOCKS = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF),
                  (0xFE70, 0xFEFF))


def _is_arabic(code: int) -> bool:
    return any(low <= code <= high for low, high in _ARABIC_BLOCKS)


@cache
def _font(fallback: Fallback) -> Any:
    """Register a fallback font (and its bold) the first time a text needs it."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    register_fonts()
    font = TTFont(fallback.name, str(resource_path("fonts", fallback.regular)))
    pdfmetrics.registerFont(font)
    bold_name = fallback.name
    if fallback.bold:
        bold_name = f"{fallback.name}-Bold"
        pdfmetrics.registerFont(TTFont(bold_name, str(resource_path("fonts", fallback.bold))))
    pdfmetrics.registerFontFamily(fallback.name, normal=fallback.name, bold=bold_name,
                                  italic=fallback.name, boldItalic=bold_name)
    return font


@cache
def _base_covers() -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    return frozenset(pdfmetrics.getFont(REGULAR).face.charToGlyph)


def _covers(fallback: Fallback, code: int) -> bool:
    return code in _font(fallback).face.charToGlyph


def font_for(char: str) -> str:
    """The name of the font that draws ``char``."""
    code = ord(char)
    if _is_arabic(code) and _covers(ARABIC, code):
        return ARABIC.name
    if code in _base_covers():
        return REGULAR
    for fallback in (DEVANAGARI, CJK):
        if _covers(fallback, code):
            return fallback.name
    return REGULAR  # a character no font has: the base font's empty box, as before


# A character's run: its font, and whether it reads right to left.
Key = tuple[str, bool]
_BASE: Key = (REGULAR, False)


def _strong(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("L", "R", "AL")


def _keys(text: str, rtl: bool = False) -> list[Key]:
    keys: list[Key] = []
    for char in text:
        if char in _BREAKING or char == NO_BREAK or not _strong(char):
            keys.append(_BASE)  # spaces and neutral characters: settled below
        else:
            keys.append((font_for(char), unicodedata.bidirectional(char) in ("R", "AL")))
    strong = [i for i, char in enumerate(text) if _strong(char)]
    # Neutrals between two characters of one right-to-left run belong to it (the spaces of a
    # name in Arabic, a hyphen or an Arabic comma), and so do neutrals next to a left-to-right
    # fallback run inside a word when its font has them (« अनीता, »).
    for left, right in pairwise(strong):
        key = keys[left]
        between = range(left + 1, right)
        if between and keys[right] == key and key[1] \
                and all(_has(key[0], text[i]) for i in between):
            for i in between:
                keys[i] = key
    for i, char in enumerate(text):
        if char in _BREAKING or _strong(char) or char == NO_BREAK:
            continue
        for j in (i - 1, i + 1):
            # In a right-to-left paragraph the punctuation that ends or opens an Arabic word
            # reads with it (« لك. »); in a left-to-right one it belongs to the sentence.
            if 0 <= j < len(text) and keys[j][0] != REGULAR and (rtl or not keys[j][1]) \
                    and _strong(text[j]) and _fallback_has(keys[j][0], char):
                keys[i] = keys[j]
                break
    return keys


def _fallback_has(name: str, char: str) -> bool:
    fallback = next(f for f in FALLBACKS if f.name == name)
    return _covers(fallback, ord(char))


def _has(name: str, char: str) -> bool:
    """Does the font ``name`` draw ``char`` (spaces become no-break spaces: both count)?"""
    if char in _BREAKING:
        char = NO_BREAK
    return ord(char) in _base_covers() if name == REGULAR else _fallback_has(name, char)


def _runs(text: str, rtl: bool) -> list[tuple[Key, str]]:
    runs: list[tuple[Key, str]] = []
    for char, key in zip(text, _keys(text, rtl), strict=True):
        if key[1] and char in _BREAKING and not rtl:
            char = NO_BREAK  # in a left-to-right line, a name in Arabic stays whole
        if runs and runs[-1][0] == key:
            runs[-1] = (key, runs[-1][1] + char)
        else:
            runs.append((key, char))
    return runs


def needs_shaping(text: str) -> bool:
    """Does the text hold a character that only a shaped, fallback or right-to-left run
    draws right? (Pure Latin text is drawn as it always was.)"""
    return any(ord(char) > 0x24F and (font_for(char) != REGULAR or
                                     unicodedata.bidirectional(char) in ("R", "AL"))
               for char in text if not char.isspace())


def markup(text: str, rtl: bool = False) -> str:
    """Paragraph markup (escaped) that draws ``text`` in the right fonts; ``rtl`` for a
    paragraph written right to left (its words wrap from line to line)."""
    return _markup(text, rtl) if needs_shaping(text) else escape(text)


def _markup(text: str, rtl: bool) -> str:
    parts: list[str] = []
    previous: tuple[Key, str] | None = None
    for key, chunk in _runs(text, rtl):
        if previous is not None and previous[0] != key and previous[1][-1] not in _BREAKING \
                and chunk[0] not in _BREAKING:
            parts.append(HAIR_SPACE)  # two faces or directions meet inside a word
        parts.append(escape(chunk) if key[0] == REGULAR
                     else f'<font face="{key[0]}">{escape(chunk)}</font>')
        previous = (key, chunk)
    return "".join(parts)


@cache
def _plain_ligatures_only() -> None:
    """ReportLab shapes with discretionary ligatures on by default: DejaVu then joins
    « st » into one glyph and Noto Sans Arabic writes the vowel marks of « محمد ». Only the
    ligatures a script requires (liga) and kerning stay."""
    from reportlab.pdfbase import ttfonts

    defaults = getattr(ttfonts.shapeFragWord, "__defaults__", None) or ()
    for value in defaults:
        if isinstance(value, dict) and "dlig" in value:
            value["dlig"] = False


def _derived(style: Any, suffix: str, **changes: Any) -> Any:
    """A variant of a paragraph style, made once and kept on it (styles live as long as a
    render)."""
    from reportlab.lib.styles import ParagraphStyle

    key = f"_cjeapp_{suffix}"
    found = style.__dict__.get(key)
    if found is None:
        found = ParagraphStyle(f"{style.name}-{suffix}", parent=style, **changes)
        style.__dict__[key] = found
    return found


def _shaped(style: Any) -> Any:
    """The style, shaping each word with HarfBuzz."""
    _plain_ligatures_only()
    return _derived(style, "shaped", shaping=1)


_NUMBER_SPACE = re.compile(r"(?<=\d) (?=\d)")
_NUMBER = re.compile(r"\d(?:[\d\u00a0./:,\-]*\d)?")


def numbers_whole(text: str) -> str:
    """The spaces between the groups of a number (« 514 555-1234 », « 1 250 ») do not
    break: a phone number is never split across two lines."""
    return _NUMBER_SPACE.sub(NO_BREAK, text)


def needs_bidi(text: str) -> bool:
    """Does the text hold a letter written right to left?"""
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


def pieces(text: str, rtl: bool, heavy: bool = False) -> list[Any]:
    """The text cut into pieces of one font and one embedding level, and the spaces between
    them (a hair space where two pieces meet inside a word), in logical order; ``heavy``
    for a paragraph whose style is bold (its fallback fonts in their bold face)."""
    from cjeapp.core.writers.bidi import Piece
    from cjeapp.core.writers.bidi import levels

    found: list[Piece] = []
    keys = _keys(text, rtl)
    resolved = levels(text, rtl)
    for number in _NUMBER.finditer(text):
        # A number (« 514 555-1234 », « 2026-12-06 ») reads left to right as one unit, as
        # if isolated: after Arabic letters the algorithm alone would read its hyphen as
        # right to left and swap its groups.
        for index in range(number.start(), number.end()):
            resolved[index] = resolved[number.start()]
            keys[index] = _BASE
    word: list[str] = []
    word_key: Key | None = None
    word_level = -1

    def close() -> None:
        if word and word_key is not None:
            chunk = "".join(word)
            body = escape(chunk)
            if word_key[0] != REGULAR:
                body = f'<font face="{_face(word_key[0], heavy)}">{body}</font>'
            found.append(Piece(chunk, body, word_level, font=word_key[0]))
        word.clear()

    for index, (char, key, level) in enumerate(zip(text, keys, resolved, strict=True)):
        if char in _BREAKING:
            if key[1] and not rtl and 0 < index < len(text) - 1 \
                    and keys[index - 1] == key == keys[index + 1]:
                char = NO_BREAK  # a name in Arabic inside a left-to-right line stays whole
            else:
                close()
                word_key = None
                if found and found[-1].space and found[-1].text != HAIR_SPACE:
                    continue  # spaces in a row: one
                found.append(Piece(" ", " ", level, space=True))
                continue
        if word and (key != word_key or level != word_level):
            close()
            found.append(Piece(HAIR_SPACE, HAIR_SPACE, min(level, word_level), space=True))
        if not word:
            word_key, word_level = key, level
        word.append(char)
    close()
    return found


def _face(name: str, heavy: bool) -> str:
    fallback = next((found for found in FALLBACKS if found.name == name), None)
    return f"{name}-Bold" if heavy and fallback is not None and fallback.bold else name


def paragraph(text: str, style: Any, *, bold: bool = False, rtl: bool = False) -> Any:
    """A ReportLab Paragraph of plain ``text`` (escaped here), in any script; ``rtl`` for a
    paragraph of a document written right to left (aligned right). A paragraph with
    right-to-left letters is laid out by the bidirectional algorithm (``bidi``)."""
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.platypus import Paragraph

    text = numbers_whole(text)
    if rtl:
        style = _derived(style, "right", alignment=TA_RIGHT)
    if needs_bidi(text):
        from cjeapp.core.writers.bidi import BidiParagraph

        cut = pieces(text, rtl, heavy=not bold and style.fontName == BOLD)
        logical = "".join(piece.markup for piece in cut)
        return BidiParagraph(f"<b>{logical}</b>" if bold else logical, _shaped(style),
                             pieces=cut, bold=bold)
    shaped = needs_shaping(text)
    body = _markup(text, rtl) if shaped else escape(text)
    if bold:
        body = f"<b>{body}</b>"
    return Paragraph(body, _shaped(style) if shaped else style)


def lines(texts: list[str], style: Any) -> Any:
    """One Paragraph of several lines of plain text."""
    from reportlab.platypus import Paragraph

    joined = "".join(texts)
    body = "<br/>".join(markup(text) for text in texts)
    return Paragraph(body, _shaped(style) if needs_shaping(joined) else style)



