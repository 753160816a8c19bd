"""People's names and languages as lists and e-mails write them: « BENALI Khadija » (the
surname in capitals, as MIFI and many lists write it), « Benali, Khadija », « arabe,
français et kabyle »; shared by the referral e-mail reader and the spreadsheet import."""

from __future__ import annotations

import re

from cjeapp.core.locale_format import language_named
from cjeapp.core.search.normalize import words_key

_LIST = re.compile(r"[,;/+()]|\bet\b|\band\b", re.IGNORECASE)


def name_case(text: str) -> str:
    """« BENALI » → « Benali », « CÔTÉ-BÉLANGER » → « Côté-Bélanger »; mixed case stays."""
    return text.title() if text.isupper() else text


def split_full_name(text: str) -> tuple[str, str] | None:
    """(first, last) of « BENALI Khadija » or « Khadija BENALI »; of « Benali, Khadija »
    (last, first); None when the name does not say which part is which."""
    if "," in text:
        last, _comma, first = text.partition(",")
        if first.strip() and last.strip():
            return name_case(first.strip()), name_case(last.strip())
    words = text.split()
    last_words = [w for w in words if w.isupper() and len(w) > 1]
    first_words = [w for w in words if w not in last_words]
    if last_words and first_words:
        return " ".join(first_words), name_case(" ".join(last_words))
    return None


def languages_in(text: str, translations: dict[str, str] | None = None
                 ) -> tuple[list[str], list[str]]:
    """(ISO 639 codes, parts not recognized) of a list of languages; ``translations``
    (compared by ``words_key``) come before CLDR's French and English names."""
    codes: list[str] = []
    unknown: list[str] = []
    for part in _LIST.split(text):
        if not part.strip():
            continue
        code = (translations or {}).get(words_key(part)) or language_named(part)
        if code is None:
            unknown.append(part.strip())
        elif code not in codes:
            codes.append(code)
    return codes, unknown
