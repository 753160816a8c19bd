"""Stored values and the names of what was recorded, in a person's words: shared by the
person's copy and the audit log's viewer (a step toward one registry of fields)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from datetime import datetime
from decimal import Decimal
from typing import Any

from babel import Locale

from cjeapp.core.casework.plans import render_change
from cjeapp.core.codelists import codelist
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.locale_format import format_date
from cjeapp.core.locale_format import format_datetime
from cjeapp.core.locale_format import format_number
from cjeapp.core.privacy import export_fields
from cjeapp.core.privacy.export_fields import LABELS
from cjeapp.core.privacy.export_fields import STAFF_COLUMNS

# What the audit log's entries hold beside a record's columns, in words.
DETAIL_WORDS = {
    "applied": N_("Changes applied"), "at": N_("When"), "bases_erased": N_("Copies erased"),
    "bases_forgotten": N_("Copies forgotten"), "by": N_("By"),
    "conflicts": N_("Conflicts"), "copy": N_("A copy"), "counsellor": N_("Counsellor"),
    "counsellors": N_("Counsellors"), "count": N_("How many"), "day": N_("Day"),
    "days": N_("Days"), "destroyed_files_changes": N_("Changes to destroyed files"),
    "document": N_("Document"), "failures": N_("Failed attempts"), "fields": N_("Fields"),
    "file": N_("File"), "for": N_("For"), "format": N_("Format"), "from": N_("From"),
    "generation": N_("Generation of keys"), "kept": N_("Kept"), "key": N_("Setting"),
    "languages": N_("Languages"), "last": N_("Last"),
    "last_exchange_at": N_("Last exchange"), "month": N_("Month"), "name": N_("Name"),
    "new": N_("New value"), "notes_withheld": N_("Notes withheld"), "office": N_("Office"),
    "old": N_("Former value"), "prefix": N_("Numbers' prefix"), "profile": N_("Profile"),
    "records": N_("Records"), "refused": N_("Refused"),
    "refused_tables": N_("Kinds of records refused"), "removed": N_("Removed"),
    "rows": N_("Rows"), "rule": N_("Rule"), "secret": N_("Secret"),
    "sections": N_("Parts"), "sequence": N_("Number in the series"),
    "serious_only": N_("Serious incidents only"), "to": N_("To"), "undone": N_("Undone"),
    "upto": N_("Up to change"), "username": N_("User name"), "value": N_("Value"),
    "what": N_("What"), "why": N_("Why"), "role": N_("Role"), "active": N_("Active"),
    "privacy_officer": N_("Person in charge of personal information"),
}
# Values of details that are the program's own words, as a person reads them.
DETAIL_VALUES = {
    ("secret", "notes"): N_("the confidential notes"),
    ("secret", "signing"): N_("the signing of documents"),
    ("secret", "pseudonym"): N_("the funder's pseudonyms"),
    ("document", "board"): N_("the board of the year"),
    ("document", "person_export"): N_("the person's copy"),
    ("what", "person_export"): N_("the person's copy"),
}
# Free text the program itself wrote in English (a message id): said in the reader's
# language; a person's own words come back as they are.
SAID = frozenset({"reason", "why"})
# Kept in the log for whoever checks it, never shown to a person reading it.
TECHNICAL = frozenset({"sha256", "manifest_sha256", "request_id", "version", "sort_key",
                       "phone_digits", "updated_at", "updated_by", "id"})


def caption(column: str, language: str | None = None) -> str | None:
    """A column's or a detail's words; None when it is kept out of sight."""
    if column in TECHNICAL:
        return None
    words = LABELS.get(column) or DETAIL_WORDS.get(column)
    return gettext(words, language) if words else None


def details_in_words(table: str, details: Mapping[str, Any], language: str,
                     people: Mapping[str, str]) -> str:
    """An audit entry's details as « Caption : former → new » phrases; staff named by
    ``people`` (their ids to names); what has no words is left out rather than shown as
    the program's own name."""
    phrases = []
    for key, item in details.items():
        words = caption(key, language)
        if words is None or item in (None, "", [], {}):
            continue
        if isinstance(item, dict) and item and set(item) <= {"old", "new"}:
            said = (f"{_value(table, key, item.get('old'), language, people)} → "
                    f"{_value(table, key, item.get('new'), language, people)}")
        else:
            said = _value(table, key, item, language, people)
        phrases.append(f"{words} : {said}" if language.startswith("fr") else f"{words}: {said}")
    return " ; ".join(phrases) if language.startswith("fr") else "; ".join(phrases)


def _table_words(table: str, language: str) -> str:
    from cjeapp.core.privacy.export_fields import SECTIONS

    title = next((section.title for section in SECTIONS if section.name == table), None)
    return gettext(title, language) if title else "…"


def _value(table: str, key: str, value: Any, language: str, people: Mapping[str, str]) -> str:
    if value is None or value == "":
        return "—"
    if key in STAFF_COLUMNS or key in ("by", "counsellor"):
        return people.get(str(value), gettext(N_("a staff member"), language))
    if isinstance(value, list):
        if key == "fields":  # the columns of a record: their captions
            return ", ".join(caption(str(item), language) or "…" for item in value)
        if key == "refused_tables":  # kinds of records: their section's title
            return ", ".join(_table_words(str(item), language) for item in value)
        return ", ".join(_value(table, key, item, language, people) for item in value)
    if isinstance(value, str) and (key, value) in DETAIL_VALUES:
        return gettext(DETAIL_VALUES[(key, value)], language)
    if key in SAID and isinstance(value, str):
        return gettext(value, language)
    if isinstance(value, Decimal):
        return format_number(value, language)
    if isinstance(value, dict):  # never written so far: said, not shown as data
        return gettext(N_("(kept in the log)"), language)
    return in_words(table, key, value, language)


def in_words(table: str, column: str, value: Any, language: str) -> str:
    """A stored value as a person reads it: yes and no, a country's or a language's name, a
    code's label, a status in words, a date or a time in the reader's language."""
    if isinstance(value, bool):
        return gettext(N_("yes") if value else N_("no"), language)
    if column in ("country_of_birth", "citizenship") and isinstance(value, str):
        return str(Locale.parse(language).territories.get(value, value))
    if table == "plan_changes" and column == "description" and isinstance(value, str):
        return render_change(value, language)  # stored as a message: read as a sentence
    if column == "resolution" and value in export_fields.RESOLUTIONS:
        return gettext(export_fields.RESOLUTIONS[str(value)], language)
    if table == "exchange_conflicts" and column == "kind" \
            and value in export_fields.CONFLICT_KINDS:
        return gettext(export_fields.CONFLICT_KINDS[str(value)], language)
    if column in ("preferred_language", "language", "language_code",
                  "interpreter_language") and isinstance(value, str):
        return str(Locale.parse(language).languages.get(value, value))
    if column == "status" and isinstance(value, str) and value in export_fields.STATUSES \
            and not export_fields.code_list(table, column):
        return gettext(export_fields.STATUSES[value], language)
    listed = export_fields.code_list(table, column)
    if listed and isinstance(value, str):
        try:
            return codelist(listed).label(value, language)
        except (KeyError, ValueError):
            return value
    if isinstance(value, str) and len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-":
        try:
            if len(value) == 10:
                return format_date(date.fromisoformat(value), language, style="medium")
            return format_datetime(datetime.fromisoformat(value), language)
        except ValueError:
            return value
    return str(value)
