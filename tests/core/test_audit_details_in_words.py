"""The audit log's details read as words: each field's caption, its former and new values
as a person reads them (dates, yes and no, codes' labels, staff by name), nothing of the
program's own names, and every detail the program writes has its caption."""

from __future__ import annotations

import ast
import pathlib
from datetime import date

from cjeapp.core.db.database import Database
from cjeapp.core.i18n import set_language
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.core.privacy import audit_viewer
from cjeapp.core.privacy.audit_viewer import AuditFilter
from cjeapp.core.privacy.field_words import caption

CORE = pathlib.Path(__file__).parents[2] / "src" / "cjeapp" / "core"


def _detail_keys() -> set[str]:
    """The keys of every details dictionary written to the audit log by the program."""
    keys: set[str] = set()
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr == "audit":
                for argument in [*node.args[3:], *(k.value for k in node.keywords
                                                   if k.arg == "details")]:
                    keys |= {key.value for found in ast.walk(argument)
                             if isinstance(found, ast.Dict) for key in found.keys
                             if isinstance(key, ast.Constant) and isinstance(key.value, str)}
    return keys


def test_every_detail_the_program_writes_has_its_words() -> None:
    keys = _detail_keys()
    assert len(keys) > 40
    assert {key for key in keys if caption(key) is None} <= {
        "sha256", "manifest_sha256", "request_id"}


def test_a_change_reads_as_its_caption_and_values_in_words(
        db: Database, staff: dict[str, Actor]) -> None:
    desk, director = staff["reception"], staff["director"]
    person = clients.create_client(db, desk, ClientForm(
        first_name="Amina", last_name="Diallo", birth_date=date(1990, 1, 1), sex="F",
        country_of_birth="SN", region_code="12"))
    form = ClientForm(first_name="Amina", last_name="Diallo", birth_date=date(1990, 1, 2),
                      sex="F", country_of_birth="SN", region_code="12", has_sin=True,
                      assigned_counsellor_id=staff["counsellor"].user_id)
    clients.update_client(db, desk, person.id, form, expected_version=person.version)
    set_language("fr")
    try:
        rows = audit_viewer.browse(db, director, AuditFilter(client_id=person.id)).rows
    finally:
        set_language("en")
    update = next(row for row in rows if row.action == "update")
    assert "Date de naissance : 1er janv. 1990 → 2 janv. 1990" in update.details
    assert "→ oui" in update.details
    assert staff["counsellor"].full_name in update.details
    for internal in ("birth_date", "has_sin", "True", "False", "assigned_counsellor_id",
                     "{", "_id"):
        assert internal not in update.details, internal


def test_details_the_program_writes_in_its_own_words_read_as_words() -> None:
    from decimal import Decimal

    from cjeapp.core.privacy.field_words import details_in_words

    said = details_in_words("exchange_conflicts", {
        "fields": ["first_name", "birth_date"], "refused_tables": ["clients", "visits"],
        "secret": "notes", "reason": "exchange conflict decided",
        "first_name": {"new": "Amina"}, "kilometres": Decimal("12.5")}, "fr", {})
    for internal in ("first_name", "birth_date", "clients", "visits", "Secret : notes",
                     "exchange conflict", "12.5"):
        assert internal not in said, (internal, said)
    assert "Prénom(s) : — → Amina" in said and "12,5" in said
    assert "les notes confidentielles" in said and "conflit d'échange tranché" in said


def test_moments_settings_and_yes_no_read_as_words_in_both_languages() -> None:
    """« decided_at: — → 2026-12-06T08:55:29… » and « serious_only: False » (issue 36)."""
    from cjeapp.core.privacy.field_words import details_in_words

    details = {"decided_at": {"old": None, "new": "2026-12-06T13:55:29+00:00"},
               "serious_only": False, "key": "retention.file_years"}
    french = details_in_words("transport_requests", details, "fr", {})
    english = details_in_words("transport_requests", details, "en", {})
    assert "Décidé le : — → 6 déc. 2026, 08 h 55" in french.replace("\u202f", " ")
    assert "Serious incidents only: no" in english and "Decided at: — → Dec 6, 2026" in english
    for said in (french, english):
        for internal in ("decided_at", "serious_only", "False", "retention.", "T13:55", ":29"):
            assert internal not in said, (internal, said)


def test_a_settings_change_names_the_setting_and_its_values_in_words(
        db: Database, staff: dict[str, Actor]) -> None:
    from cjeapp.core.fields.settings_words import setting_words
    from cjeapp.core.privacy import retention

    director = staff["director"]
    retention.set_retention_years(db, director, 8)
    retention.set_retention_years(db, director, 9)
    set_language("fr")
    try:
        rows = audit_viewer.browse(db, director, AuditFilter(action="update")).rows
        csv_text = audit_viewer.export_csv(db, director, AuditFilter(action="update"))
    finally:
        set_language("en")
    change = next(row for row in rows if row.entity == "settings")
    assert setting_words("retention.file_years", "fr") in change.details
    assert "8 → 9" in change.details
    for internal in ("retention.", '"', "file_years"):
        assert internal not in change.details, change.details
    assert "retention." not in csv_text.decode("utf-8-sig")
