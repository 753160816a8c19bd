"""Text folding shared by the search index, queries and French sorting."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})
_PUNCTUATION = re.compile(r"[-'’ʼ`.]")


def fold(text: str) -> str:
    """Lower case, no accents, ligatures spelled out: "Côté-Bœuf" -> "cote-boeuf"."""
    if text.isascii():  # nothing to decompose (most of what imports and searches fold)
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


_NOT_WORD = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=65_536)  # a spreadsheet repeats its words: « Réfugié » on 3,000 rows
def words_key(text: str) -> str:
    """Words as compared, not shown: folded, any punctuation a space ("Date d'arrivée" and
    "date d arrivee" give one key)."""
    return _NOT_WORD.sub(" ", fold(text)).strip()


def sort_key(first_name: str, last_name: str) -> str:
    """French alphabetical order by last name then first name, ignoring accents and case.

    "Élise" sorts with "Elise"; hyphens and apostrophes are ignored ("N'Diaye" ~ "Ndiaye").
    """
    last = _PUNCTUATION.sub("", fold(last_name)).strip()
    first = _PUNCTUATION.sub("", fold(first_name)).strip()
    return f"{last}\x1f{first}"


def compact(text: str) -> str:
    """A name with hyphens and apostrophes removed, so "ndiaye" finds "N'Diaye"."""
    return _PUNCTUATION.sub("", text.translate(_LIGATURES))
