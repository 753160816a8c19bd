"""The notice at collection in the person's language: one resource file a language, French
and English shipped, Spanish and Arabic as examples; Arabic laid out right to left; the
officer's name and contact from Paramètres; a damaged file is a sentence."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from cjeapp.core.db.database import Database
from cjeapp.core.documents import issuing
from cjeapp.core.documents import notices
from cjeapp.core.errors import CjeError
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in
                             PdfReader(io.BytesIO(pdf)).pages).split())


def test_the_notice_is_written_in_four_languages() -> None:
    assert notices.notice_languages() == [("fr", "français"), ("en", "English"),
                                          ("ar", "العربية"), ("es", "español")]
    assert notices.notice_text("ar").rtl and not notices.notice_text("es").rtl
    assert notices.notice_text("de").language == "fr"  # no German file: French
    assert notices.notice_text("../fr").language == "fr"


def test_each_language_prints_its_own_notice_with_the_officer(
        db: Database, staff: dict[str, Actor]) -> None:
    reception = staff["reception"]
    person = clients.create_client(db, reception, ClientForm(first_name="Maria",
                                                             last_name="Delgado")).id
    spanish = issuing.issue_collection_notice(db, reception, person, "es")
    assert spanish.document.language == "es"
    text = _text(spanish.pdf)
    assert "Aviso sobre la recopilación de datos personales" in text
    assert "Para: Maria Delgado" in text and "Sus derechos" in text
    assert "Andréane Morin" in text  # the privacy officer set in Paramètres (test database)
    assert "vérification" in text  # the program's own words stay in French


def test_the_arabic_notice_reads_right_to_left(db: Database, staff: dict[str, Actor]) -> None:
    reception = staff["reception"]
    person = clients.create_client(db, reception, ClientForm(first_name="Imane",
                                                             last_name="El Amrani")).id
    pdf = issuing.issue_collection_notice(db, reception, person, "ar").pdf
    page = pdfium.PdfDocument(pdf)[0]
    chars = page.get_textpage()
    letters = [(chars.get_text_range(i, 1), chars.get_charbox(i)) for i in
               range(chars.count_chars())]
    title = notices.notice_text("ar").title.split()
    # Each word of the title stands to the left of the word before it, flush right.
    lefts = []
    for word in title:
        positions = [box[0] for char, box in letters if char == word[0]]
        assert positions, word
        lefts.append(positions)
    first_word = max(lefts[0])
    assert any(position < first_word for position in lefts[-1])
    right_edges = [box[2] for char, box in letters if "\u0600" <= char <= "\u06ff"]
    assert max(right_edges) > page.get_width() * 0.8  # aligned right


def test_a_damaged_notice_file_is_a_sentence(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "resources" / "notices"
    folder.mkdir(parents=True)
    (folder / "collection_notice.fr.json").write_text(json.dumps({"language": "fr"}))
    (folder / "collection_notice.xx.json").write_text("{not json")
    monkeypatch.setenv("CJEAPP_RESOURCES_ROOT", str(tmp_path))
    notices.notice_text.cache_clear()
    try:
        for language in ("fr", "xx"):
            with pytest.raises(CjeError, match="cannot be used"):
                notices.notice_text(language)
    finally:
        notices.notice_text.cache_clear()
