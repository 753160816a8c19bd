"""The notice at collection of personal information, one resource file a language
(``resources/notices/collection_notice.LANG.json``): French and English are shipped with
the program, Spanish and Arabic as examples of what an organization may add. The notice is
given in the person's language when there is a file for it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.resources import resource_path

FOLDER = "notices"
PREFIX = "collection_notice."
MAX_BYTES = 64_000


@dataclass(frozen=True)
class NoticeText:
    language: str
    name: str  # the language's name in itself: « español », « العربية »
    rtl: bool
    title: str
    for_line: str  # with {name}
    paragraphs: tuple[str, ...]
    officer: str  # with {name}, {title}, {contact}


def notice_codes() -> list[str]:
    """The languages the notice is written in (file names only), French and English first."""
    codes = sorted(path.name[len(PREFIX):-len(".json")]
                   for path in resource_path(FOLDER).glob(f"{PREFIX}*.json"))
    ordered: list[str] = [code for code in ("fr", "en") if code in codes]
    return ordered + [code for code in codes if code not in ordered]


def notice_languages() -> list[tuple[str, str]]:
    """(code, name) of every language the notice is written in, French and English first."""
    return [(code, notice_text(code).name) for code in notice_codes()]


@cache
def notice_text(language: str) -> NoticeText:
    """The notice in ``language``; a file that is missing gives the French one, a damaged
    one a sentence naming it (never a traceback)."""
    path = resource_path(FOLDER, f"{PREFIX}{language}.json")
    if not language.isalpha() or not path.is_file():
        path = resource_path(FOLDER, f"{PREFIX}fr.json")
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ValueError("too large")
        data = json.loads(path.read_text(encoding="utf-8"))
        texts = [data[key] for key in ("language", "name", "title", "for", "officer")]
        paragraphs = data["paragraphs"]
        if not (all(isinstance(text, str) and text for text in texts)
                and isinstance(paragraphs, list) and paragraphs
                and all(isinstance(text, str) and text for text in paragraphs)
                and data.get("direction", "ltr") in ("ltr", "rtl")):
            raise ValueError("a field is missing or empty")
        # The placeholders must be the ones the program fills.
        data["for"].format(name="")
        data["officer"].format(name="", title="", contact="")
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError) as error:
        raise CjeError(msg(N_("The notice file {path} cannot be used ({reason}): correct it "
                              "or remove it."), path=str(path), reason=str(error))) from None
    return NoticeText(data["language"], data["name"], data.get("direction") == "rtl",
                      data["title"], data["for"], tuple(paragraphs), data["officer"])
