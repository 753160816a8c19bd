"""PDFs a screen reader and any computer read right: each says its language (/Lang) and
embeds every font it refers to (none of ReportLab's standard fonts, Helvetica above all),
for every kind of document the program writes; right-to-left paragraphs in the order of
the Unicode bidirectional algorithm (python-bidi's own display order is the reference),
a phone number whole and left to right."""

from __future__ import annotations

import ast
import io
from datetime import date
from datetime import datetime
from pathlib import Path

import pytest
from bidi import get_display
from pypdf import PdfReader

from cjeapp.core import clock
from cjeapp.core.agenda import exports
from cjeapp.core.agenda import reminders
from cjeapp.core.agenda.slip import appointment_slip
from cjeapp.core.casework import plans
from cjeapp.core.casework.plans import ItemForm
from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.db.database import Database
from cjeapp.core.documents import issuing
from cjeapp.core.documents.kinds import collection_notice
from cjeapp.core.documents.layout import Letterhead
from cjeapp.core.documents.layout import Stamp
from cjeapp.core.documents.layout import render
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.core.privacy import person_export
from cjeapp.core.reporting.board_export import BoardFormat
from cjeapp.core.reporting.board_export import export_board
from cjeapp.core.reporting.board_figures import BoardFilter
from cjeapp.core.reporting.dashboard import dashboard
from cjeapp.core.reporting.profile import load
from cjeapp.core.writers.bidi import visual_text
from cjeapp.core.writers.pdf_files import pdf_language
from cjeapp.core.writers.scripts import numbers_whole
from cjeapp.core.writers.scripts import pieces
from cjeapp.core.writers.tables import table_pdf

SOURCE = Path(__file__).resolve().parents[2] / "src" / "cjeapp"
STANDARD = {"Helvetica", "Times-Roman", "Courier", "Symbol", "ZapfDingbats"}


def _fonts(pdf: bytes) -> dict[str, bool]:
    """Every font the pages (and their forms) refer to, and whether its file is inside."""
    found: dict[str, bool] = {}

    def visit(resources: object) -> None:
        if not hasattr(resources, "get"):
            return
        fonts = resources.get("/Font") or {}
        for name in fonts:
            font = fonts[name].get_object()
            base = str(font.get("/BaseFont", "")).split("+")[-1].lstrip("/")
            descriptor = font.get("/FontDescriptor")
            if font.get("/Subtype") == "/Type0":
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            found[base] = any(key in descriptor for key in ("/FontFile2", "/FontFile3",
                                                            "/FontFile"))
        for name in resources.get("/XObject") or {}:
            visit(resources["/XObject"][name].get_object().get("/Resources"))

    for page in PdfReader(io.BytesIO(pdf)).pages:
        visit(page.get("/Resources"))
    return found


def _language(pdf: bytes) -> str:
    return str(PdfReader(io.BytesIO(pdf)).trailer["/Root"].get("/Lang", ""))


def _check(pdf: bytes, language: str) -> None:
    fonts = _fonts(pdf)
    assert fonts, "no font at all"
    assert not STANDARD & set(fonts), fonts
    assert all(fonts.values()), fonts  # each one embedded
    assert _language(pdf) == language


def test_every_pdf_is_begun_by_the_one_helper() -> None:
    """No module makes a PDF document, canvas or table style of its own: all go through
    pdf_document (which sets /Lang and the embedded font the canvas starts in) and
    table_style (the font a table sets before its cells)."""
    makers = {"SimpleDocTemplate", "BaseDocTemplate", "Canvas", "DocTemplate", "TableStyle",
              "Drawing"}
    offenders = []
    for path in SOURCE.rglob("*.py"):
        if path.name == "pdf_files.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                if name in makers:
                    offenders.append(f"{path.relative_to(SOURCE)}:{node.lineno}")
    assert offenders == []


def test_each_kind_of_document_says_its_language_and_embeds_its_fonts(
        db: Database, staff: dict[str, Actor]) -> None:
    clock.freeze(datetime(2026, 11, 20, 14, 0, tzinfo=LOCAL_ZONE))
    counsellor, reception = staff["counsellor"], staff["reception"]
    person = clients.create_client(db, counsellor, ClientForm(
        first_name="Mohammad", last_name="Khoury", other_names="محمد خوري",
        phone="514 555-1234")).id
    plans.add_item(db, counsellor, person, ItemForm(area="employment",
                                                    goal="Trouver un emploi",
                                                    next_follow_up=date(2026, 12, 1)))
    _check(issuing.issue_collection_notice(db, reception, person, "ar").pdf, "ar")
    _check(issuing.issue_collection_notice(db, reception, person, "fr").pdf, "fr-CA")
    _check(plans.plan_pdf(db, counsellor, person, "en"), "en-CA")
    counsellor_id = counsellor.user_id
    assert counsellor_id
    from cjeapp.core.agenda import appointments

    appointment = appointments.book(
        db, reception, client_id=person, counsellor_id=counsellor_id,
        kind="needs_assessment", place="office",
        starts_at=datetime(2026, 11, 23, 10, 30, tzinfo=LOCAL_ZONE), minutes=45).id
    _check(appointment_slip(db, reception, appointment), "fr-CA")
    _check(exports.day_sheet_pdf(db, reception, counsellor_id, date(2026, 11, 23)),
           pdf_language())  # the screens' language
    _check(reminders.reminders_pdf(db, reception, language="fr"), "fr-CA")
    director = staff["director"]
    _check(person_export.make(db, director, person).pdf, "fr-CA")
    _check(export_board(db, director, BoardFilter(date(2026, 4, 1), date(2027, 3, 31)),
                        BoardFormat.PDF, "en"), "en-CA")
    _check(dashboard(db, director, load("PASI"), date(2026, 4, 1), date(2027, 3, 31)).pdf,
           pdf_language())
    _check(table_pdf(organization="CJE", title="Liste", subtitle="novembre",
                     header=["Nom"], rows=[["Khoury"]], widths_cm=[5]), pdf_language())


def _notice(person: str, language: str = "ar") -> bytes:
    title, blocks = collection_notice(person, "Andréane Morin", "directrice",
                                      "514 555-1234", language)
    return render(Letterhead("Carrefour jeunesse-emploi"), Stamp("2026-000001", "ABCD2345",
                                                                 date(2026, 12, 6)),
                  title, blocks, language)


def _reference(text: str, rtl: bool, number: str = "") -> str:
    """python-bidi's display order (its Rust algorithm), a number isolated as a unit."""
    if number:
        text = text.replace(number, f"\u2066{number}\u2069")
    shown = get_display(text, base_dir="R" if rtl else "L")
    return str(shown).replace("\u2066", "").replace("\u2069", "")


@pytest.mark.parametrize(("text", "rtl", "number"), [
    ("ما نجمعه: هويتك وبيانات الاتصال بك، ووضعك من حيث الهجرة.", True, ""),
    ("إلى: Mohammad Khoury", True, ""),
    ("للتواصل: 514 555-1234، من الاثنين إلى الجمعة.", True, "514\u00a0555-1234"),
    ("الجهة الممولة (MIFI) بما يسمح به القانون.", True, ""),
    ("שלום עולם, Sarah Levi (123).", True, ""),
    ("کارت اقامت دائم: 2026-12-06", True, "2026-12-06"),
    ("Imane (إيمان العمراني) est venue.", False, ""),
])
def test_the_order_on_the_line_is_the_bidirectional_algorithms(text: str, rtl: bool,
                                                                 number: str) -> None:
    text = numbers_whole(text)
    mine = visual_text(pieces(text, rtl)).replace("\u00a0", " ")
    assert mine == _reference(text, rtl, number).replace("\u00a0", " ")


def test_a_phone_number_is_one_piece_left_to_right() -> None:
    text = numbers_whole("هاتف 514 555-1234.")
    cut = [(piece.text, piece.level) for piece in pieces(text, True) if not piece.space]
    assert ("514\u00a0555-1234", 2) in cut  # whole, never broken, read left to right
    assert visual_text(pieces(text, True)) == ".514\u00a0555-1234 فتاه"


def _lines(pdf: bytes) -> list[str]:
    """The characters of the first page as pdfium places them, line by line (top down),
    each line left to right."""
    import pypdfium2 as pdfium

    page = pdfium.PdfDocument(pdf)[0]
    text = page.get_textpage()
    placed = []
    for index in range(text.count_chars()):
        char = text.get_text_range(index, 1)
        left, bottom, _right, top = text.get_charbox(index, loose=True)
        if char.strip():
            placed.append(((bottom + top) / 2, left, char))
    lines: list[list[tuple[float, str]]] = []
    last = None
    for middle, left, char in sorted(placed, reverse=True):
        if last is None or last - middle > 6:  # lines are 14 points apart
            lines.append([])
        lines[-1].append((left, char))
        last = middle
    return ["".join(char for _left, char in sorted(line)) for line in lines]


def _arabic(char: str) -> bool:
    return "\u0600" <= char <= "\u06ff" or "\ufb50" <= char <= "\ufeff"


def test_the_arabic_notice_reads_right_to_left_word_after_word() -> None:
    pdf = _notice("Mohammad Khoury")
    _check(pdf, "ar")
    lines = _lines(pdf)
    # « إلى: Mohammad Khoury »: the name stands left of « إلى: » and reads left to right.
    line = next(line for line in lines if "Mohammad" in line)
    assert line.index("Mohammad") < line.index("Khoury")
    assert min(i for i, char in enumerate(line) if _arabic(char)) > line.index("Khoury")
    # The officer's contact: the phone number whole and left to right on its line.
    assert any("514555-1234" in line for line in lines)
    # The title's first word (« إشعار », its first letter on the right) ends its line.
    title = next(line for line in lines if sum(map(_arabic, line)) > 10)
    assert title.rstrip(":")[-1] in "\u0625\ufe87"  # إ, alone or in its isolated form
