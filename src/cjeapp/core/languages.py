"""Every language, found by its French, English or own name: the one lookup behind each
field that asks for a language (spoken, interpreter, consent explained in, notice).

The codes are ISO 639 as CLDR names them (``locale_format.language_codes``); French and
English names come from Babel; each language's name in itself (« Ikirundi », « العربية »)
from ``resources/codelists/language_own_names.json``, written from Babel's locale data by
``scripts/language_names.py`` (the installed program keeps Babel's data for four locales
only, so the names are kept in the file it needs).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from cjeapp.core.i18n import current_language
from cjeapp.core.locale_format import language_codes
from cjeapp.core.locale_format import language_name
from cjeapp.core.resources import resource_path
from cjeapp.core.search.normalize import fold

# The languages newcomers to Quebec most often speak: listed first, and first among matches.
COMMON_LANGUAGES = ("fr", "en", "es", "ar", "uk", "ru", "ht", "fa", "prs", "ps", "ur", "hi",
                    "pa", "bn", "ta", "tl", "zh", "ln", "sw", "rw", "rn", "ff", "wo", "ti",
                    "am", "so", "ku", "pt", "tr", "vi", "ro", "de", "it")
OWN_NAMES_FILE = "language_own_names.json"


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # in the language asked (the screens' by default)
    own: str | None  # in itself, when CLDR has it and it differs from ``name``

    @property
    def label(self) -> str:
        """What a list shows: « roundi (Ikirundi) », « français »."""
        return f"{self.name} ({self.own})" if self.own else self.name


@cache
def own_names() -> dict[str, str]:
    """Each language's name in itself, by code."""
    data = json.loads(resource_path("codelists", OWN_NAMES_FILE).read_text(encoding="utf-8"))
    return {str(code): str(name) for code, name in data["names"].items()}


def own_name(code: str) -> str | None:
    return own_names().get(code)


def _key(text: str) -> str:
    """Folded for comparing (accents and case gone, any script kept), words kept apart."""
    return " ".join(fold(text).replace("-", " ").replace("(", " ").replace(")", " ").split())


@cache
def _names_by_code() -> dict[str, tuple[str, ...]]:
    """Every folded name of each language: French, English, its own, and its code."""
    found: dict[str, tuple[str, ...]] = {}
    for code in language_codes():
        names = {_key(language_name(code, "fr")), _key(language_name(code, "en")), code}
        if own := own_name(code):
            names.add(_key(own))
        found[code] = tuple(sorted(names))
    return found


def language(code: str, in_language: str | None = None) -> Language:
    name = language_name(code, in_language)
    own = own_name(code)
    return Language(code, name, own if own and _key(own) != _key(name) else None)


@cache
def _choices(in_language: str) -> tuple[Language, ...]:
    from cjeapp.core.search.normalize import sort_key

    common = sorted((language(code, in_language) for code in COMMON_LANGUAGES),
                    key=lambda found: sort_key(found.name, ""))
    others = sorted((language(code, in_language) for code in language_codes()
                     if code not in COMMON_LANGUAGES),
                    key=lambda found: sort_key(found.name, ""))
    return (*common, *others)


def language_choices(codes: list[str] | None = None,
                     in_language: str | None = None) -> list[Language]:
    """The languages a list offers (every one unless ``codes``), the usual ones first, each
    part in alphabetical order."""
    every = _choices(in_language or current_language())
    if codes is None:
        return list(every)
    wanted = set(codes)
    return [found for found in every if found.code in wanted]


def find_languages(text: str, codes: list[str] | None = None, limit: int = 30) -> list[str]:
    """The codes of the languages whose French, English or own name holds ``text`` (« kirun »,
    « Kirundi », « Ikirundi » find Kirundi; « dari », « persan » the Persians), among
    ``codes`` when given: a name that begins so first, then one with a word that does, then
    one that holds it anywhere; the usual languages first within each."""
    wanted = _key(text)
    if not wanted:
        return []
    allowed = set(codes) if codes is not None else None
    ranked: list[tuple[int, int, str, str]] = []
    order = {code: index for index, code in enumerate(COMMON_LANGUAGES)}
    for code, names in _names_by_code().items():
        if allowed is not None and code not in allowed:
            continue
        rank = min((0 if name.startswith(wanted)
                    else 1 if f" {wanted}" in f" {name}"
                    else 2 if wanted in name else 3)
                   for name in names)
        if code == wanted:
            rank = 0
        if rank < 3:
            ranked.append((rank, order.get(code, len(order)), _key(language_name(code)), code))
    return [code for *_rest, code in sorted(ranked)[:limit]]


def language_found(text: str) -> str | None:
    """The code of the language ``text`` names in full (French, English or own name, or
    its code), or None."""
    wanted = _key(text)
    for code, names in _names_by_code().items():
        if wanted in names:
            return code
    return None
