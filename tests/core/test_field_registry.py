"""The field registry (issue 36): every column of every table has its entry — a caption in
the core catalogue, a privacy class, how its value reads — and no other table of captions
is left: the person's copy, the audit details, the imports, the file's screens and
destruction all read the registry."""

from __future__ import annotations

import pathlib
from datetime import UTC
from datetime import date
from datetime import datetime
from decimal import Decimal

import pytest
from sqlalchemy import Text

from cjeapp.core import fields
from cjeapp.core.codelists import codelist
from cjeapp.core.fields import Erase
from cjeapp.core.fields import Privacy
from cjeapp.core.fields import Shown
from cjeapp.core.fields.derived import DERIVED
from cjeapp.core.fields.derived import derived_values
from cjeapp.core.fields.derived import phone_digits
from cjeapp.core.fields.values import value_words
from cjeapp.core.fields.words import WORDS
from cjeapp.core.models import Base
from cjeapp.core.privacy.export_fields import SECTIONS

SRC = pathlib.Path(__file__).parents[2] / "src" / "cjeapp"
COLUMNS = [(table.name, column) for table in Base.metadata.sorted_tables for column in table.c]


def test_every_column_of_every_table_has_its_entry() -> None:
    assert len(COLUMNS) > 600
    assert [f"{table}.{column.name}" for table, column in COLUMNS
            if not fields.declared(table, column.name)] == []


def test_the_registry_declares_only_columns_that_exist() -> None:
    tables = Base.metadata.tables
    assert [f"{table}.{column}" for table, columns in fields.TABLES.items()
            for column in columns
            if table not in tables or column not in tables[table].c] == []


def test_each_entry_says_how_its_value_reads() -> None:
    for table, column in COLUMNS:
        entry = fields.field(table, column.name)
        where = f"{table}.{column.name}"
        if entry.shown is Shown.CODE:
            assert codelist(str(entry.codes)).codes, where
        if entry.shown is Shown.WORDS:
            assert entry.codes in WORDS, where
        if entry.shown is Shown.NAMED:
            assert entry.codes in ("offices", "partners", "activities"), where
        if entry.privacy is Privacy.DERIVED:
            assert entry.derived_from and column.name in DERIVED.get(table, {}), where
            assert all(source in Base.metadata.tables[table].c
                       for source in entry.derived_from), where
    for table, derived in DERIVED.items():
        assert all(fields.privacy(table, name) is Privacy.DERIVED for name in derived)


def test_no_other_table_of_captions_is_left() -> None:
    """A caption is the registry's: the copy's, the file's screens', the imports' and the
    audit's own tables are gone, and their words come from the registry."""
    from cjeapp.core.imports.fields import PEOPLE
    from cjeapp.core.imports.kind_fields import ATTENDANCE
    from cjeapp.core.imports.kind_fields import PARTNERS
    from cjeapp.core.imports.kind_fields import SERVICES
    from cjeapp.core.privacy import export_fields
    from cjeapp.core.privacy.field_words import DETAIL_WORDS

    held = set(fields.every_caption())
    assert not hasattr(export_fields, "LABELS")
    used = [field.caption for group in (PEOPLE, SERVICES, ATTENDANCE, PARTNERS)
            for field in group]
    assert [caption for caption in used if caption not in held] == []
    columns = {column.name for _table, column in COLUMNS}
    assert sorted(set(DETAIL_WORDS) & columns) == []  # a column's words are the registry's
    for path in (SRC / "ui").rglob("*.py"):
        assert 'QT_TRANSLATE_NOOP("ClientFields"' not in path.read_text(encoding="utf-8"), path


def test_the_files_screens_call_a_field_as_the_registry_does() -> None:
    from cjeapp.core.i18n import gettext
    from cjeapp.ui.client_file.field_captions import caption

    for name in ("immigration_status", "assigned_counsellor_id", "first_name", "languages"):
        assert caption(name) == gettext(str(fields.form_caption(name)))
    assert caption("immigration_status") == gettext("Immigration status")


def test_destruction_erases_by_privacy_class() -> None:
    """What names or reaches a person and every free text written about them is erased; a
    free text of a person's record is never kept by mistake."""
    from cjeapp.core.privacy.retention import _erased_values

    for section in (*SECTIONS, ):
        table = Base.metadata.tables[section.name]
        erased = set(_erased_values(table))
        for column in table.c:
            entry = fields.field(table.name, column.name)
            if entry.privacy in (Privacy.IDENTITY, Privacy.CONTACT, Privacy.CASE_NOTE):
                assert column.name in erased or entry.erasure is not Erase.ERASE, column
            if isinstance(column.type, Text):
                assert column.name in erased, f"{table.name}.{column.name} kept"
    clients = set(_erased_values(Base.metadata.tables["clients"]))
    assert {"first_name", "last_name", "phone", "phone_digits", "sort_key", "email",
            "mifi_client_number", "address"} <= clients
    assert not clients & {"sex", "country_of_birth", "immigration_category", "region_code",
                          "birth_date", "arrival_date"}
    assert fields.field("clients", "birth_date").erasure is Erase.TO_YEAR


def test_the_funders_profile_says_which_fields_it_requires() -> None:
    from cjeapp.core.fields.funder import required_by
    from cjeapp.core.reporting.profile import load

    required = required_by(load("PASI"))
    assert {("clients", "immigration_category"), ("clients", "arrival_date")} <= required
    assert all(fields.declared(table, column) for table, column in required)


@pytest.mark.parametrize(("language", "said"), [
    ("fr", ["15 min", "2 h 15", "oui", "non", "6 déc. 2026, 09 h 00", "Résident permanent",
            "1er avr. 2026", "12,5", "Voiture personnelle"]),
    ("en", ["15 min", "2 h 15 min", "yes", "no", "Dec 6, 2026, 9:00", "Permanent resident",
            "Apr 1, 2026", "12.5", "Own car"]),
])
def test_values_read_as_words(language: str, said: list[str]) -> None:
    moment = datetime(2026, 12, 6, 14, 0, tzinfo=UTC)
    words = [value_words("service_records", "duration_minutes", 15, language),
             value_words("service_records", "duration_minutes", 135, language),
             value_words("clients", "has_sin", True, language),
             value_words("attendance", "present", False, language),
             value_words("visits", "arrived_at", moment.isoformat(), language),
             value_words("clients", "immigration_status", "permanent_resident", language),
             value_words("plan_items", "target_date", date(2026, 4, 1), language),
             value_words("transport_trips", "kilometres", Decimal("12.5"), language),
             value_words("transport_trips", "vehicle", "own_car", language)]
    for expected, got in zip(said, words, strict=True):
        assert expected in got.replace("\u202f", " ").replace("\u00a0", " "), (expected, got)
    assert "min 00 s" not in words[4]


def test_a_derived_value_is_computed_once() -> None:
    from cjeapp.core import validation
    from cjeapp.core.demo import generator
    from cjeapp.core.exchange import merge

    assert phone_digits("1 (418) 555-0101") == "4185550101" and phone_digits("") is None
    assert validation.phone_digits is phone_digits and generator.phone_digits is phone_digits
    assert merge.DERIVED is DERIVED  # the merge reads the registry's
    row = {"first_name": "Élise", "last_name": "Côté", "phone": "418 555-0101"}
    assert derived_values("clients", row)["phone_digits"] == "4185550101"
