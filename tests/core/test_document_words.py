"""What a printed document says, read back from the PDF: French typography (1er, elision
before a vowel, spaces that do not break inside « » and before : ; ! ?), plural forms in
both languages, the issue date inside the file, and a QR code that proves itself: read by
zbarimg (Debian's zbar-tools, installed by the test set-up) from the rendered page and
checked with the organization's public key alone."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import UTC
from datetime import date
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from cjeapp.cli import main
from cjeapp.core import clock
from cjeapp.core.casework import service_records
from cjeapp.core.casework.service_records import ServiceForm
from cjeapp.core.db.database import Database
from cjeapp.core.documents import issuing
from cjeapp.core.documents import kinds
from cjeapp.core.documents import paper_check
from cjeapp.core.documents.layout import Letterhead
from cjeapp.core.documents.layout import Stamp
from cjeapp.core.documents.layout import render
from cjeapp.core.org import settings
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.core.reporting import keys

NBSP, NNBSP = "\u00a0", "\u202f"
HEAD = Letterhead("Carrefour jeunesse-emploi de Frontenac", signer_name="Andréane Morin")


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _flat(pdf: bytes) -> str:
    return " ".join(_text(pdf).split())  # NBSP are kept: str.split() splits on them too


def _rendered(title: str, blocks: list, language: str) -> str:
    return _text(render(HEAD, Stamp("2026-000001", "ABCD2345", date(2026, 11, 1)), title,
                        blocks, language))


def _sessions(count: int) -> list[kinds.SessionLine]:
    return [kinds.SessionLine(date(2026, 11, 1 + 7 * i), Decimal("1.5"), None, True)
            for i in range(count)]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_kind_in_both_languages_with_edge_values(language: str) -> None:
    french = language == "fr"
    made = {
        "participation": kinds.participation("Élodie Arsenault", "Atelier « Emploi »",
                                             _sessions(1), 1, True, language,
                                             continues_until=date(2026, 12, 1)),
        "services_one": kinds.services_received(
            "Imane El Amrani", date(2026, 11, 1), date(2026, 11, 20),
            [kinds.ServiceLine(date(2026, 11, 3), "Accueil", 30)], language),
        "services_many": kinds.services_received(
            "Omar Tazi", date(2026, 10, 1), date(2026, 11, 20),
            [kinds.ServiceLine(date(2026, 10, 1), "Accueil", 60),
             kinds.ServiceLine(date(2026, 10, 8), "Emploi", 90)], language),
        "referral": kinds.referral_letter("Ahmed Ali", "Services Québec", None,
                                          "Recherche d'emploi", date(2026, 11, 1),
                                          "Julie Roy", date(2026, 11, 1), language),
        "notice": kinds.collection_notice("Ève Roy", "Andréane Morin", "Directrice",
                                          "418 555-0101", language),
    }
    texts = {name: _rendered(title, blocks, language) for name, (title, blocks) in made.items()}
    flat = {name: " ".join(text.split()) for name, text in texts.items()}
    if french:
        assert "qu'Élodie" in flat["participation"] and "que Élodie" not in flat["participation"]
        assert "qu'Imane" in flat["services_one"]
        assert "du 1er novembre 2026 au 20 novembre 2026" in flat["services_one"]
        assert "1 service, 30 min." in flat["services_one"]
        assert "2 services, 2 h 30." in flat["services_many"]
        assert "1er décembre 2026" in flat["participation"]
        for text in texts.values():
            assert "1 novembre" not in text
    else:
        assert "1 service, 30 min." in flat["services_one"]
        assert "2 services, 2 h 30 min." in flat["services_many"]
        assert "from November 1, 2026 to November 20, 2026" in flat["services_one"]
        for text in texts.values():
            assert " :" not in text


def test_french_punctuation_never_starts_a_line() -> None:
    """Words of every length before « », : ; ! ?: with plain spaces, some of these marks
    would wrap alone onto the next line; the spaces that do not break keep them with their
    word."""
    words = ["a" * (1 + (i * 7) % 13) for i in range(160)]
    marks = [":", ";", "!", "?", "»"]
    pieces = []
    for index, word in enumerate(words):
        mark = marks[index % len(marks)]
        pieces.append(f"« {word} »" if mark == "»" else f"{word} {mark}")
    text = _rendered("Essai", [("p", " ".join(pieces))], "fr")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert len(lines) > 10
    for line in lines:
        assert not line.startswith((":", ";", "!", "?", "»")), line
        assert not line.endswith("«"), line


def _person_with_a_service(db: Database, counsellor: Actor, first: str, last: str) -> str:
    person = clients.create_client(db, counsellor, ClientForm(first_name=first,
                                                              last_name=last)).id
    service_records.record_service(db, counsellor, person, ServiceForm(
        "government_documents", delivered_on=date(2026, 11, 3), duration_minutes=30))
    return person


def _read_qr(pdf: bytes, folder: Path) -> str:
    import pypdfium2

    if shutil.which("zbarimg") is None:
        pytest.fail("zbarimg is missing: scripts/setup.sh --test installs zbar-tools")
    page = pypdfium2.PdfDocument(pdf)[0]
    image = page.render(scale=3).to_pil()
    image.save(folder / "page.png")
    done = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sbinary", str(folder / "page.png")],
                          capture_output=True, check=True, timeout=60)
    return done.stdout.decode("utf-8").strip()


def test_the_qr_code_proves_the_paper_without_the_database(
        db: Database, staff: dict[str, Actor], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    clock.freeze(datetime(2026, 11, 20, 15, 0, tzinfo=UTC))
    counsellor = staff["counsellor"]
    person = _person_with_a_service(db, counsellor, "Élodie", "Arsenault-Côté")
    issued = issuing.issue(db, counsellor, issuing.services_draft(
        db, counsellor, person, date(2026, 11, 1), date(2026, 11, 20), "fr"))
    text = _read_qr(issued.pdf, tmp_path)
    number = issued.document.number
    assert text.startswith(f"CJEAPP2|{number}|{issued.document.verification_code}|"
                           "attestation_services|2026-11-01/2026-11-20|"
                           "Élodie Arsenault-Côté|2026-11-20|")
    public = keys.load_public_key(keys.public_key_pem(db) or b"")
    verdict = paper_check.check(text, public)
    assert verdict.genuine and verdict.name == "Élodie Arsenault-Côté"
    assert verdict.issued_on == date(2026, 11, 20)
    assert verdict.kind == "attestation_services" and "attestation of services" in str(
        verdict.reason)
    assert paper_check.check(text, public, "attestation_services").genuine
    # What the QR signs is what the document is: a notice's QR on a forged attestation.
    notice = issuing.issue(db, counsellor, issuing.notice_draft(db, counsellor, person))
    notice_qr = _read_qr(notice.pdf, tmp_path)
    _public, notice_public = keys.load_public_keys(keys.public_keys_pem(db))
    assert paper_check.check(notice_qr, public, notice_key=notice_public).genuine
    assert not paper_check.check(notice_qr, public).genuine  # the notices' key, not ours
    forged = paper_check.check(notice_qr, public, "attestation_services",
                               notice_key=notice_public)
    assert not forged.genuine and "forged" in str(forged.reason)
    for relabelled in (notice_qr.replace("collection_notice", "attestation_services"),
                       text.replace("2026-11-01/2026-11-20", "2026-01-01/2026-11-20")):
        assert not paper_check.check(relabelled, public).genuine
    # A paper printed before (CJEAPP1: no kind) still checks, and says what it lacks.
    import base64

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    older_key = Ed25519PrivateKey.generate()
    signed = f"CJEAPP1|{number}|ABCD2345|Élodie Arsenault-Côté|2026-11-20"
    older = signed + "|" + base64.urlsafe_b64encode(
        older_key.sign(signed.encode())).rstrip(b"=").decode()
    earlier = paper_check.check(older, older_key.public_key())
    assert earlier.genuine and "does not say what the document is" in str(earlier.reason)
    for altered in (text.replace("Élodie", "Elodie"), text.replace("2026-11-20", "2026-11-21"),
                    text[:-3] + ("AAA" if not text.endswith("AAA") else "BBB"), text[:40],
                    "CJEAPP 2026-000001 ABCD2345", ""):
        assert not paper_check.check(altered, public).genuine
    other = keys.load_public_key(_other_key())
    assert not paper_check.check(text, other).genuine
    assert str(PdfReader(io.BytesIO(issued.pdf)).metadata["/CreationDate"]).startswith(
        "D:20261120")

    key_file = tmp_path / "public.pem"
    key_file.write_bytes(keys.public_keys_pem(db))  # as `cjeapp public-key` writes them
    assert main(["--lang", "fr", "verify-document", "--qr", text,
                 "--public-key", str(key_file)]) == 0
    out = capsys.readouterr().out
    assert number in out and "Élodie Arsenault-Côté" in out
    assert main(["--lang", "fr", "verify-document", "--qr", text.replace("Élodie", "Eve"),
                 "--public-key", str(key_file)]) == 1
    assert main(["--lang", "fr", "verify-document", "--qr", notice_qr, "--kind",
                 "attestation_services", "--public-key", str(key_file)]) == 1
    assert "avis" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["verify-document", "--qr", text])  # neither a key nor a database


def _other_key() -> bytes:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.generate().public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def test_with_an_address_the_qr_opens_a_page_and_still_checks(
        db: Database, staff: dict[str, Actor], tmp_path: Path) -> None:
    from cjeapp.core.errors import ValidationError

    clock.freeze(datetime(2026, 11, 20, 15, 0, tzinfo=UTC))
    with pytest.raises(ValidationError):
        settings.set_verify_url(db, staff["administrator"], "cje.example.org/verifier")
    settings.set_verify_url(db, staff["administrator"], "https://cje.example.org/verifier?d=")
    counsellor = staff["counsellor"]
    person = _person_with_a_service(db, counsellor, "Omar", "Tazi")
    issued = issuing.issue(db, counsellor, issuing.services_draft(
        db, counsellor, person, date(2026, 11, 1), date(2026, 11, 20), "en"))
    text = _read_qr(issued.pdf, tmp_path)
    assert text.startswith("https://cje.example.org/verifier?d=CJEAPP2%7C")
    assert paper_check.check(text, keys.load_public_key(keys.public_key_pem(db))).genuine
