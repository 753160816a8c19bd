"""The words of the appointment slip, one resource file a language
(``resources/slips/appointment_slip.LANG.json``): French, English and Spanish are shipped;
an organization adds a language by dropping one more file there (same keys). A person whose
language has no file (or a damaged one) gets the slip in French and English side by side."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.resources import resource_path

FOLDER = "slips"
PREFIX = "appointment_slip."
MAX_BYTES = 32_000
# Each key and the placeholders its sentence must accept (none for a label).
SENTENCES: dict[str, tuple[str, ...]] = {
    "language": (), "name": (), "title": (), "for": ("name",), "when_label": (),
    "when": ("date", "start", "end"), "where_label": (), "by_phone": (), "by_video": (),
    "with_label": (), "bring_label": (), "interpreter": ("language",),
    "change": ("phone",), "change_no_phone": ()}


@dataclass(frozen=True)
class SlipText:
    language: str
    name: str  # the language's name in itself
    rtl: bool
    words: dict[str, str]
    bring: tuple[str, ...]

    def __getitem__(self, key: str) -> str:
        return self.words[key]


def slip_codes() -> list[str]:
    """The languages the slip is written in, French and English first."""
    codes = sorted(path.name[len(PREFIX):-len(".json")]
                   for path in resource_path(FOLDER).glob(f"{PREFIX}*.json"))
    return [code for code in ("fr", "en") if code in codes] + \
        [code for code in codes if code not in ("fr", "en")]


def has_slip(language: str | None) -> bool:
    """Whether the slip is written in ``language`` (a damaged file does not count: the
    person then gets French and English, and the damage is said where the file is read)."""
    if not language or language not in slip_codes():
        return False
    try:
        slip_text(language)
    except CjeError:
        return False
    return True


@cache
def slip_text(language: str) -> SlipText:
    """The slip's words in ``language`` (French when there is no file for it); a damaged
    file gives a sentence naming it, never a traceback."""
    path = resource_path(FOLDER, f"{PREFIX}{language}.json")
    if not language.replace("_", "").isalpha() or not path.is_file():
        path = resource_path(FOLDER, f"{PREFIX}fr.json")
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ValueError("too large")
        data = json.loads(path.read_text(encoding="utf-8"))
        words = {key: data[key] for key in SENTENCES}
        bring = data["bring"]
        if not (all(isinstance(text, str) and text for text in words.values())
                and isinstance(bring, list)
                and all(isinstance(text, str) and text for text in bring)
                and data.get("direction", "ltr") in ("ltr", "rtl")):
            raise ValueError("a field is missing or empty")
        for key, names in SENTENCES.items():  # the placeholders the program fills
            words[key].format(**dict.fromkeys(names, ""))
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError) as error:
        raise CjeError(msg(N_("The slip file {path} cannot be used ({reason}): correct it "
                              "or remove it."), path=str(path), reason=str(error))) from None
    return SlipText(words["language"], words["name"], data.get("direction") == "rtl", words,
                    tuple(bring))
