"""Names in any script on paper, and titles as each person writes them: Arabic shaped and
right to left, Devanagari with its conjuncts, Chinese and Cyrillic in fonts that have them
(read back from the PDF with pdfium); « Conseillère », « Conseiller » or both forms on the
plan; the signer's English title on English documents."""

from __future__ import annotations

import io
from datetime import date

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from cjeapp.core import clock
from cjeapp.core.casework import plans
from cjeapp.core.casework.plan_pdf import render_plan
from cjeapp.core.casework.plans import ItemForm
from cjeapp.core.casework.service_records import ServiceForm
from cjeapp.core.casework.service_records import record_service
from cjeapp.core.db.database import Database
from cjeapp.core.documents import issuing
from cjeapp.core.documents.layout import Letterhead
from cjeapp.core.documents.layout import Stamp
from cjeapp.core.documents.layout import render
from cjeapp.core.errors import ValidationError
from cjeapp.core.org import organization
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.core.staff import accounts
from cjeapp.core.titles import TitleForm
from cjeapp.core.writers.scripts import HAIR_SPACE
from cjeapp.core.writers.scripts import NO_BREAK
from cjeapp.core.writers.scripts import markup
from cjeapp.core.writers.scripts import needs_shaping

ARABIC_NAME = "إيمان العمراني"
NAMES = {"arabic": ARABIC_NAME, "devanagari": "अनीता शर्मा", "chinese": "王秀英",
         "cyrillic": "Ольга Иванова", "hebrew": "שרה לוי"}
HEAD = Letterhead("Carrefour jeunesse-emploi de Frontenac")


def _pdf(blocks: list) -> bytes:
    return render(HEAD, Stamp("2026-000001", "ABCD2345", date(2026, 11, 1)), "Attestation",
                  blocks, "fr")


def _fonts(pdf: bytes) -> set[str]:
    found: set[str] = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = page["/Resources"]["/Font"]
        found |= {str(resources[name].get_object()["/BaseFont"]).split("+")[-1]
                  for name in resources}
    return found


def _chars(pdf: bytes) -> list[tuple[str, float]]:
    """Every character pdfium reads on the first page, with its left edge."""
    page = pdfium.PdfDocument(pdf)[0]
    text = page.get_textpage()
    return [(text.get_text_range(index, 1), text.get_charbox(index)[0])
            for index in range(text.count_chars())]


def test_markup_gives_each_script_its_font_and_keeps_a_right_to_left_run_whole() -> None:
    assert markup("Élodie <b> & Côté") == "Élodie &lt;b&gt; &amp; Côté"
    assert not needs_shaping("Élodie Côté — « 1er »") and not needs_shaping(NAMES["cyrillic"])
    arabic = markup(ARABIC_NAME)
    assert arabic == f'<font face="NotoSansArabic">إيمان{NO_BREAK}العمراني</font>'
    # Brackets around it stay in the sentence's font and direction: a hair space parts them.
    assert markup(f"Imane ({ARABIC_NAME})") == f"Imane ({HAIR_SPACE}{arabic}{HAIR_SPACE})"
    assert markup("王秀英 (Wang)") == '<font face="DroidSansFallback">王秀英</font> (Wang)'
    assert 'face="NotoSansDevanagari"' in markup(NAMES["devanagari"])
    assert markup(NAMES["hebrew"]) == f"שרה{NO_BREAK}לוי"  # DejaVu has Hebrew
    # A bracket Noto Sans Arabic lacks never joins the Arabic run (it would print a box).
    for span in markup("إيمان (العمراني)").split("<font")[1:]:
        assert "(" not in span.split("</font>")[0] and ")" not in span.split("</font>")[0]
    assert markup("عبد-الله") == '<font face="NotoSansArabic">عبد-الله</font>'  # it has « - »


def test_names_in_other_scripts_print_in_fonts_that_have_them() -> None:
    pdf = _pdf([("p", f"Nous attestons que {name} a participé.") for name in NAMES.values()])
    fonts = _fonts(pdf)
    for family in ("DejaVuSans", "NotoSansArabic", "NotoSansDevanagari", "DroidSansFallback"):
        assert any(font.startswith(family) for font in fonts), (family, fonts)
    text = "".join(char for char, _left in _chars(pdf))
    for script in ("chinese", "cyrillic"):
        assert NAMES[script] in text, script
    assert "अनीता" in text
    assert "attestons" in text  # no discretionary « st » ligature in the Latin words


def test_arabic_is_joined_and_reads_right_to_left() -> None:
    pdf = _pdf([("p", ARABIC_NAME)])
    # Shaped: the font's joined forms are drawn (the file maps them to presentation forms),
    # not the isolated letters.
    written = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert sum("\ufe70" <= char <= "\ufeff" for char in written) >= 8
    # Right to left: pdfium reads the letters in their logical order, each to the left of
    # the one before it; the first letter of the first word is the rightmost.
    letters = [(char, left) for char, left in _chars(pdf) if "\u0600" <= char <= "\u06ff"]
    assert "".join(char for char, _left in letters) == ARABIC_NAME.replace(" ", "")
    lefts = [left for _char, left in letters]
    assert lefts == sorted(lefts, reverse=True) and len(set(lefts)) == len(lefts)


def test_a_document_names_the_person_in_their_own_script(
        db: Database, staff: dict[str, Actor]) -> None:
    counsellor = staff["counsellor"]
    person = clients.create_client(db, counsellor, ClientForm(
        first_name="Imane", last_name="El Amrani", other_names=ARABIC_NAME)).id
    today = clock.today()
    record_service(db, counsellor, person, ServiceForm(
        service_type="needs_assessment", delivered_on=today, duration_minutes=30))
    draft = issuing.services_draft(db, counsellor, person, today, today)
    texts = [str(block[1]) for block in draft.blocks if block[0] == "p"]
    assert texts[1] == f"Nom dans son écriture d'origine : {ARABIC_NAME}"
    assert "qu'Imane El Amrani" in texts[0]
    pdf = issuing.issue(db, counsellor, draft).pdf
    assert "NotoSansArabic-Regular" in _fonts(pdf)


def _plan_text(form: TitleForm, language: str) -> str:
    pdf = render_plan([], organization="CJE", person="Omar Tazi", counsellor="Karim Benjelloun",
                      started_on=date(2026, 11, 2), revision=1, printed_on=date(2026, 11, 3),
                      language=language, counsellor_form=form)
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
                    .split())


@pytest.mark.parametrize(("form", "title", "signature"), [
    (TitleForm.FEMININE, "Conseillère : Karim", "Signature de la conseillère :"),
    (TitleForm.MASCULINE, "Conseiller : Karim", "Signature du conseiller :"),
    (TitleForm.INCLUSIVE, "Conseillère ou conseiller : Karim",
     "Signature de la conseillère ou du conseiller :"),
])
def test_the_plan_writes_the_title_in_the_counsellors_form(
        form: TitleForm, title: str, signature: str) -> None:
    text = _plan_text(form, "fr")
    assert title in text and signature in text
    english = _plan_text(form, "en")
    assert "Counsellor: Karim" in english and "Signature of the counsellor: ____" in english


def test_each_account_says_its_form_and_the_plan_follows_it(
        db: Database, staff: dict[str, Actor]) -> None:
    counsellor, admin = staff["counsellor"], staff["administrator"]
    with pytest.raises(ValidationError) as refused:
        accounts.set_title_form(db, admin, counsellor.user_id, "q")
    assert "Conseillère, Conseiller" in str(refused.value.errors[0].message)
    accounts.set_title_form(db, admin, counsellor.user_id, "m")
    mine = next(a for a in accounts.list_staff(db, admin) if a.id == counsellor.user_id)
    assert mine.title_form is TitleForm.MASCULINE
    person = clients.create_client(db, counsellor, ClientForm(
        first_name="Omar", last_name="Tazi")).id
    plans.add_item(db, counsellor, person, ItemForm(area="installation", goal="Trouver un bail"))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(
        plans.plan_pdf(db, counsellor, person, "fr"))).pages).split())
    assert "Conseiller :" in text and "Signature du conseiller" in text
    assert "Conseillère" not in text


def test_english_documents_carry_the_signers_english_title(
        db: Database, staff: dict[str, Actor]) -> None:
    admin, counsellor = staff["administrator"], staff["counsellor"]
    org = organization.get_organization(db)
    organization.update_organization(
        db, admin, name=org.name, address=None, phone=None, email=None,
        agreement_number=None, privacy_officer_name="Andréane Morin",
        privacy_officer_title=None, privacy_officer_contact=None,
        expected_version=org.version, signer_name="Andréane Morin",
        signer_title="Directrice générale", signer_title_en="Executive Director")
    person = clients.create_client(db, counsellor, ClientForm(
        first_name="Priya", last_name="D'Souza", preferred_language="en")).id

    def text(language: str) -> str:
        pdf = issuing.issue_collection_notice(db, counsellor, person, language).pdf
        return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)

    english, french = text("en"), text("fr")
    assert "Executive Director" in english and "Directrice générale" not in english
    assert "Directrice générale" in french and "Executive Director" not in french
