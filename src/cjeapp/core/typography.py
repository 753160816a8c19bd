"""French typography for printed words: elision before a name ("qu'Élodie", "d'Imane")
and the spaces that must not break (inside « », before : ; ! ?). English is left as is.

Only the spaces around punctuation are touched (a time like 10:30 or an address like
https://… has none), so typesetting a name or a sentence typed by a person is harmless."""

from __future__ import annotations

import re
from typing import Any

# Before : ; ! ? and inside « ». The narrow U+202F would be finer before ; ! ? but ReportLab
# breaks lines at it, so every one of these spaces is U+00A0.
NO_BREAK = "\u00a0"
VOWELS = "AEIOUaeiouÀÂÄÆÉÈÊËÎÏÔÖŒÙÛÜàâäæéèêëîïôöœùûü"
_ELIDED = (("que", "qu'"), ("Que", "Qu'"), ("de", "d'"), ("De", "D'"), ("le", "l'"),
           ("Le", "L'"), ("la", "l'"), ("La", "L'"), ("jusque", "jusqu'"))
_OPENING = re.compile(r"«[ \t\u00a0\u202f]*")
_CLOSING = re.compile(r"[ \t\u00a0\u202f]*»")
_COLON = re.compile(r"[ \t\u202f]+:")
_HIGH = re.compile(r"[ \t\u00a0]+([;!?])")


def fill(template: str, language: str, **values: Any) -> str:
    """``template.format(**values)``, with French elision before a value that begins with
    a vowel: "que {person}" with "Élodie" gives "qu'Élodie"."""
    if language == "fr":
        for name, value in values.items():
            if isinstance(value, str) and value[:1] in VOWELS:
                for word, elided in _ELIDED:
                    template = re.sub(rf"(?<![\w']){word} \{{{name}\}}",
                                      f"{elided}{{{name}}}", template)
    return template.format(**values)


def typeset(text: str, language: str) -> str:
    """French spaces that do not break at the end of a line: « mot », mot : mot ; mot !"""
    if language != "fr" or not text:
        return text
    text = _OPENING.sub("«" + NO_BREAK, text)
    text = _CLOSING.sub(NO_BREAK + "»", text)
    text = _COLON.sub(NO_BREAK + ":", text)
    return _HIGH.sub(NO_BREAK + r"\1", text)


def unbroken(text: str) -> str:
    """A time or a phone number that never breaks across lines (« 08 h 30 »,
    « 418 555-0101 »): its spaces and hyphens made non-breaking."""
    return text.replace(" ", NO_BREAK).replace("-", "\u2011")
