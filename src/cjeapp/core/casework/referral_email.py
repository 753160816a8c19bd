"""The needs a MIFI referral e-mail names ("Besoins : logement, garderie, carte RAMQ, NAS"),
found so the counsellor only checks the ticks instead of entering each by hand.

Each need in the code list ``needs`` carries the words that name it; text and words are
compared as sequences of folded words, so case, accents, apostrophes and punctuation do not
matter ("Numéro d’assurance sociale" = "numero d'assurance sociale"), and a word never
matches inside another ("NAS" is not found in "Nassima")."""

from __future__ import annotations

import re

from cjeapp.core.codelists import codelist
from cjeapp.core.search.normalize import fold

_WORD = re.compile(r"[0-9a-z]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def _first_position(words: list[str], phrase: list[str]) -> int | None:
    size = len(phrase)
    for start in range(len(words) - size + 1):
        if words[start:start + size] == phrase:
            return start
    return None


def needs_in_text(text: str) -> list[str]:
    """The need codes the text names, in the order it names them, each once."""
    words = _words(text)
    found: list[tuple[int, str]] = []
    for need in codelist("needs").codes:
        positions = [position for phrase in need.extra.get("words", ())
                     if (position := _first_position(words, _words(str(phrase)))) is not None]
        if positions:
            found.append((min(positions), need.code))
    return [code for _position, code in sorted(found)]
