"""Counts in words in every language: never « (s) », never « 1 appointments ». Every plural
message of the screens (Qt's %n) has its forms in French and English, and no translation
of the catalogues counts with « (s) » (the labels « Prénom(s) », « Nom(s) de famille » name
a field, they count nothing)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

TRANSLATIONS = Path(__file__).resolve().parents[1] / "src" / "cjeapp" / "translations"
FIELD_LABELS = {"Prénom(s)", "Nom(s) de famille", "First name(s)", "Last name(s)"}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_count_of_the_screens_has_its_forms(language: str) -> None:
    tree = ET.parse(TRANSLATIONS / f"cjeapp_{language}.ts")
    wrong = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.findall("numerusform")] \
                if translation is not None else []
            if len(forms) < 2 or not all(forms) or any("(s)" in form for form in forms):
                wrong.append(source)
        elif translation is not None and "(s)" in (translation.text or "") \
                and translation.text not in FIELD_LABELS:
            wrong.append(source)
    assert wrong == []


def test_no_message_of_the_core_counts_with_s_in_brackets() -> None:
    for language in ("fr", "en"):
        with (TRANSLATIONS / "core" / f"{language}.po").open("rb") as file:
            catalogue = read_po(file, locale=language)
        wrong = []
        for message in catalogue:
            if not message.id:
                continue
            texts = message.string if isinstance(message.string, tuple) else (message.string,)
            ids = message.id if isinstance(message.id, tuple) else (message.id,)
            for text in (*texts, *ids):
                if text and "(s)" in text and text not in FIELD_LABELS:
                    wrong.append(text)
        assert wrong == [], language
