"""Everything the organization holds about one person, for their access (section 27 of the
Act) and portability (27.1) requests: a readable PDF in French or English with why each
part is kept, and the same as JSON (one versioned schema, shipped beside it) plus a CSV per
section, together in a zip encrypted with AES-256 (WinZip AES, opened by 7-Zip, WinZip and
most archive tools) under a passphrase given to the person by another way.

Counsellors' confidential notes are given, or withheld with the reason the person in
charge records (the Act's exceptions: harm to a third party, a proceeding…); the copy says
how many were withheld and why. Other people's files (a spouse with their own file) are
not part of it. Making the copy is audited."""

from __future__ import annotations

import csv
import io
import json
import secrets
from dataclasses import dataclass
from dataclasses import field
from datetime import UTC
from datetime import date
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Table
from sqlalchemy import select
from sqlalchemy.orm import Session

from cjeapp.core import clock
from cjeapp.core import fields as registry
from cjeapp.core.custody import notes_text
from cjeapp.core.custody.held import HeldKeys
from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import ValidationError
from cjeapp.core.fields import Shown
from cjeapp.core.fields import caption
from cjeapp.core.fields.values import value_words
from cjeapp.core.fields.values import yes_no
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.i18n import msg
from cjeapp.core.ids import ClientId
from cjeapp.core.locale_format import format_date
from cjeapp.core.models import Activity
from cjeapp.core.models import Client
from cjeapp.core.models import Office
from cjeapp.core.models import Partner
from cjeapp.core.models import User
from cjeapp.core.models.base import Base
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.privacy.conflict_words import VALUES
from cjeapp.core.privacy.conflict_words import conflict_value_words
from cjeapp.core.privacy.export_fields import SECTIONS
from cjeapp.core.resources import resource_path
from cjeapp.core.unit_of_work import unit_of_work
from cjeapp.core.writers.pdf_files import pdf_document
from cjeapp.core.writers.pdf_files import table_style

FORMAT = "cjeapp-person-export"
VERSION = 1
SCHEMA_FILE = "person_export.schema.json"
PASSPHRASE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L


@dataclass
class SectionData:
    name: str
    title: str
    purpose: str
    records: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class PersonExport:
    zip_bytes: bytes  # encrypted
    pdf: bytes  # readable, also inside the zip
    passphrase: str
    document: dict[str, Any]  # what person.json holds


def new_passphrase() -> str:
    """Six groups of four characters (about 118 bits), easy to read out or copy."""
    chars = [secrets.choice(PASSPHRASE_ALPHABET) for _ in range(24)]
    return "-".join("".join(chars[i:i + 4]) for i in range(0, 24, 4))


def schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(resource_path("privacy", SCHEMA_FILE)
                                        .read_text(encoding="utf-8"))
    return loaded


def _tables() -> dict[str, Table]:
    return {table.name: table for table in Base.metadata.tables.values()}


def _plain(value: Any) -> Any:
    """A JSON value: dates and times in ISO 8601, amounts as exact text."""
    if isinstance(value, datetime):
        return value.astimezone(clock.LOCAL_ZONE).isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return None
    return value


def _collect(session: Session, client_id: ClientId, *, withhold_notes: bool,
             held: HeldKeys | None = None) -> tuple[list[SectionData], int]:
    """The person's records, section by section, and how many notes were withheld."""
    tables = _tables()
    staff = {key: value for key, value in session.execute(select(User.id, User.full_name))}
    partners = {key: value for key, value in session.execute(select(Partner.id, Partner.name))}
    offices = {key: value for key, value in session.execute(select(Office.id, Office.name))}
    activities = {key: value for key, value in session.execute(select(Activity.id, Activity.title))}
    named = {"partners": partners, "offices": offices, "activities": activities}
    ids: dict[str, list[str]] = {}
    sections: list[SectionData] = []
    withheld = 0
    for section in SECTIONS:
        table = tables[section.name]
        if section.name == "clients":
            query = select(table).where(table.c.id == client_id)
        elif section.parent is not None:
            parent, column = section.parent
            query = select(table).where(table.c[column].in_(ids.get(parent, [])))
        else:
            query = select(table).where(table.c.client_id == client_id)
        if "deleted_at" in table.c:
            query = query.where(table.c.deleted_at.is_(None))
        rows = [dict(row._mapping) for row in session.execute(query)]
        ids[section.name] = [str(row["id"]) for row in rows]
        if section.name == "confidential_notes" and withhold_notes:
            withheld = len(rows)
            rows = []
        elif section.name == "confidential_notes":
            for row in rows:
                opened = notes_text.open_note(held, str(row["id"]), str(row["client_id"]),
                                              str(row["body"]))
                if opened is None:
                    raise CjeError(msg(N_(
                        "This file holds notes sealed with a case-notes key you have not "
                        "been given yet: a colleague who reads the notes passes it on the "
                        "next time they sign in. Sign in again after that, then make the "
                        "copy.")))
                row["body"] = opened
        records = []
        for row in rows:
            record: dict[str, Any] = {}
            for column, value in row.items():
                entry = registry.field(section.name, column)
                if not entry.given or isinstance(value, bytes):
                    continue
                if entry.shown is Shown.STAFF:
                    value = staff.get(value) if value else None
                elif entry.shown is Shown.NAMED and entry.codes in named:
                    value = named[entry.codes].get(value) if value else None
                record[column] = _plain(value)
            records.append(record)
        sections.append(SectionData(section.name, section.title, section.purpose, records))
    return sections, withheld


def make(db: Database, actor: Actor, client_id: ClientId, *, language: str = "fr",
         withhold_notes_reason: str | None = None, request_id: str | None = None,
         passphrase: str | None = None) -> PersonExport:
    """The person's copy: the readable PDF and the encrypted zip. A passphrase is made when
    none is given (at least 12 characters otherwise)."""
    actor.require(Permission.PRIVACY_ADMIN)
    reason = " ".join((withhold_notes_reason or "").split()) or None
    passphrase = passphrase or new_passphrase()
    if len(passphrase) < 12:
        raise ValidationError([FieldError("passphrase", msg(N_(
            "Choose a passphrase of at least 12 characters.")))])
    with unit_of_work(db, actor) as uow:
        client = uow.get(Client, client_id, what="client file")
        sections, withheld = _collect(uow.session, client_id, withhold_notes=reason is not None,
                                      held=actor.keys)
        organization = _organization_name(uow.session)
        document = {
            "format": FORMAT, "version": VERSION,
            "generated_at": clock.now().astimezone(clock.LOCAL_ZONE).isoformat(
                timespec="seconds"),
            "organization": organization, "language": language, "person_id": client.id,
            "sections": [{"name": s.name, "title": gettext(s.title, language),
                          "purpose": gettext(s.purpose, language), "records": s.records}
                         for s in sections],
            "withheld": ([{"section": "confidential_notes", "count": withheld,
                           "reason": reason}] if reason is not None else []),
        }
        person = f"{client.first_name} {client.last_name}"
        uow.audit("export", "clients", client.id, {
            "what": "person_export", "sections": sum(bool(s.records) for s in sections),
            "notes_withheld": withheld, "request_id": request_id})
        if request_id:
            from cjeapp.core.models import PrivacyRequest

            request = uow.get(PrivacyRequest, request_id, what="request")
            if request.client_id != client_id:
                raise ValidationError([FieldError("request_id", msg(N_(
                    "This request concerns another person.")))])
            uow.change(request, {"withheld_reason": reason})
    pdf = render_pdf(document, person, sections, language)
    return PersonExport(_zip(document, sections, pdf, passphrase, language), pdf, passphrase,
                        document)


def _organization_name(session: Session) -> str:
    from cjeapp.core.models import Organization

    org = session.scalars(select(Organization).order_by(Organization.created_at)).first()
    return org.name if org is not None else ""


def _zip(document: dict[str, Any], sections: list[SectionData], pdf: bytes,
         passphrase: str, language: str) -> bytes:
    import pyzipper

    buffer = io.BytesIO()
    with pyzipper.AESZipFile(buffer, "w", compression=pyzipper.ZIP_DEFLATED,
                             encryption=pyzipper.WZ_AES) as archive:
        archive.setpassword(passphrase.encode("utf-8"))
        archive.setencryption(pyzipper.WZ_AES, nbits=256)
        archive.writestr("person.json", json.dumps(document, ensure_ascii=False, indent=2))
        archive.writestr(SCHEMA_FILE, resource_path("privacy", SCHEMA_FILE).read_bytes())
        archive.writestr("dossier.pdf", pdf)
        for section in sections:
            if section.records:
                archive.writestr(f"csv/{section.name}.csv",
                                 _csv(section.records, language, section.name))
        archive.writestr("LISEZ-MOI.txt" if language == "fr" else "README.txt",
                         gettext(README, language).encode("utf-8-sig"))
    return buffer.getvalue()


README = N_(
    "This folder holds a copy of the personal information our organization keeps about "
    "you.\n\n"
    "- dossier.pdf: the same information, readable, with why we keep each part.\n"
    "- person.json: everything in a structured format (JSON) that other software can "
    "read; person_export.schema.json describes it.\n"
    "- csv/: one table per part, for a spreadsheet (UTF-8).\n\n"
    "Dates are written year-month-day. Keep this folder and its passphrase in a safe "
    "place.\n")


def _csv(records: list[dict[str, Any]], language: str, table: str) -> bytes:
    """One table for a spreadsheet: each column headed by its caption, each value in words
    as the PDF says it (person.json keeps the values as they are, for software); dates
    stay year-month-day, and an identifier a spreadsheet would take for a number (a MIFI
    number, a phone) is written so that it opens as text."""
    from cjeapp.core.writers.spreadsheets import safe_cell

    columns: list[str] = []
    for record in records:
        columns += [key for key in record if key not in columns]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([gettext(caption(table, key), language) for key in columns])
    for record in records:
        writer.writerow([safe_cell(conflict_value_words(record, key, language))
                         if table == "exchange_conflicts" and key in VALUES
                         else _csv_cell(table, key, record.get(key), language)
                         for key in columns])
    return out.getvalue().encode("utf-8-sig")


def _csv_cell(table: str, column: str, value: Any, language: str) -> object:
    from cjeapp.core.writers.spreadsheets import reads_as_number
    from cjeapp.core.writers.spreadsheets import safe_cell

    if value is None or value == "":
        return ""
    shown = registry.field(table, column).shown
    if isinstance(value, bool) or shown is Shown.YES_NO:
        return yes_no(value, language)
    if shown in (Shown.IDENTIFIER, Shown.TEXT) and isinstance(value, str) \
            and reads_as_number(value):
        return '="' + value.replace('"', '""') + '"'  # opens as text, never as a number
    if shown in (Shown.CODE, Shown.WORDS, Shown.COUNTRY, Shown.LANGUAGE, Shown.MESSAGE,
                 Shown.DURATION):
        return safe_cell(value_words(table, column, value, language))
    return safe_cell(value)


# -- the readable PDF --------------------------------------------------------------------
# A record's lines kept with its section's heading (the heading never alone at a page's
# foot), and a record short enough kept whole on one page.
_WITH_HEADING = 3
_KEPT_WHOLE = 10


def _words(table: str, column: str, record: dict[str, Any], language: str) -> str:
    if table == "exchange_conflicts" and column in VALUES:
        return conflict_value_words(record, column, language)
    return value_words(table, column, record[column], language)


def record_lines(table: str, record: dict[str, Any], language: str) -> list[tuple[str, str]]:
    """A record as the copy prints it: (caption, value in words) for each column a person
    is told (links to other records are said by the layout, never printed)."""
    lines = []
    for column, value in record.items():
        entry = registry.field(table, column)
        if not entry.printed or value in (None, ""):
            continue
        lines.append((gettext(entry.caption, language), _words(table, column, record,
                                                               language)))
    return lines


def render_pdf(document: dict[str, Any], person: str, sections: list[SectionData],
               language: str) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import KeepTogether
    from reportlab.platypus import Spacer
    from reportlab.platypus import Table

    from cjeapp.core.typography import typeset
    from cjeapp.core.writers.fonts import BOLD
    from cjeapp.core.writers.fonts import REGULAR
    from cjeapp.core.writers.fonts import register_fonts
    from cjeapp.core.writers.scripts import paragraph

    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12.5, spaceAfter=4)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, spaceAfter=0)
    heading = ParagraphStyle("heading", parent=body, fontName=BOLD, fontSize=12, leading=16,
                             spaceBefore=10, keepWithNext=1)
    purpose = ParagraphStyle("purpose", parent=small, keepWithNext=1)
    title = ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=15, leading=19)

    def t(text: str) -> str:
        return typeset(gettext(text, language), language)

    def grid(lines: list[tuple[str, str]]) -> Any:
        table = Table([[paragraph(typeset(words, language), small, bold=True),
                        paragraph(typeset(value, language), small)] for words, value in lines],
                      colWidths=[5.2 * cm, 11.6 * cm])
        table.setStyle(table_style([("GRID", (0, 0), (-1, -1), 0.3, colors.lightgrey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return table

    made_at = datetime.fromisoformat(document["generated_at"])
    story: list[Any] = [
        paragraph(document["organization"], body),
        paragraph(t(N_("The personal information we hold about you")), title),
        paragraph(typeset(gettext(N_("For: {name}"), language).format(name=person), language),
                  body),
        paragraph(typeset(gettext(N_("Made on {date}"), language).format(
            date=format_date(made_at.date(), language)), language), body),
        paragraph(t(N_("Each part says why we keep it. To have something corrected, or to "
                       "withdraw a consent, ask the person in charge of personal "
                       "information.")), body)]
    for withheld in document["withheld"]:
        story.append(paragraph(typeset(gettext(N_(
            "Counsellors' notes withheld: {count}. Reason: {reason}"), language).format(
            count=withheld["count"], reason=withheld["reason"]), language), body))
    for section in sections:
        opening: list[Any] = [paragraph(t(section.title), heading),
                              paragraph(t(section.purpose), purpose)]
        if not section.records:
            story.append(KeepTogether([*opening, paragraph(t(N_("Nothing recorded.")),
                                                           small)]))
            continue
        for number, record in enumerate(section.records):
            lines = record_lines(section.name, record, language)
            if not lines:
                continue
            start = [Spacer(1, 0.15 * cm)] if number or not opening else []
            if len(lines) <= _KEPT_WHOLE:
                story.append(KeepTogether([*opening, *start, grid(lines)]))
            else:  # a long record flows on, its first lines kept with what comes before
                story.append(KeepTogether([*opening, *start, grid(lines[:_WITH_HEADING])]))
                story.append(grid(lines[_WITH_HEADING:]))
            opening = []
        if opening:  # every record empty
            story.append(KeepTogether([*opening, paragraph(t(N_("Nothing recorded.")),
                                                           small)]))
    stamp = made_at.astimezone(UTC).strftime("D:%Y%m%d%H%M%S+00'00'")

    def dated(canvas: Any, _document: Any) -> None:  # the copy's own date, not 2000-01-01
        canvas.setDateFormatter(lambda *_parts: stamp)

    buffer = io.BytesIO()
    pdf_document(buffer, language, pagesize=LETTER, title=gettext(
        N_("The personal information we hold about you"), language), author=document[
        "organization"], leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=1.6 * cm,
        bottomMargin=1.6 * cm, invariant=True).build(story, onFirstPage=dated,
                                                      onLaterPages=dated)
    return buffer.getvalue()
