"""Where the words typed in the desk's search go when a new file is opened from them: a
desk searches by family name, so the family name goes to « Nom », whichever way it was
typed — alone, before a comma (« Tremblay, Marie »), or in capitals (« TREMBLAY Marie »,
« Marie TREMBLAY »); otherwise the first word is the given name (« Marie Tremblay »)."""

from __future__ import annotations


def _capitals(word: str) -> bool:
    letters = [char for char in word if char.isalpha()]
    return len(letters) >= 2 and all(char.isupper() for char in letters)


def split_typed_name(text: str) -> tuple[str, str]:
    """(given names, family name) from what was typed; nothing from a phone number or a
    file number (digits)."""
    typed = " ".join(text.split())
    if not typed or any(char.isdigit() for char in typed):
        return "", ""
    if "," in typed:
        family, _, given = typed.partition(",")
        return " ".join(given.split()), family.strip()
    words = typed.split(" ")
    if len(words) == 1:
        return "", words[0]
    capitals = [word for word in words if _capitals(word)]
    if capitals and len(capitals) < len(words):
        return (" ".join(word for word in words if not _capitals(word)),
                " ".join(word.title() for word in capitals))
    return words[0], " ".join(words[1:])
