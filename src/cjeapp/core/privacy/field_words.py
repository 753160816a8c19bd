"""The audit log's details in a person's words: each column by its caption in the field
registry (``cjeapp.core.fields``), each value as the registry says it is shown; the few
keys the log writes beside a record's columns have their words here."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from cjeapp.core import fields
from cjeapp.core.fields.kinds import Shown
from cjeapp.core.fields.settings_words import setting_words
from cjeapp.core.fields.values import value_words
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.locale_format import format_number

# What the audit log's entries hold beside a record's columns, in words (a key that is a
# column of some table takes the registry's caption, never one of these).
DETAIL_WORDS = {
    "applied": N_("Changes applied"), "bases_erased": N_("Copies erased"),
    "bases_forgotten": N_("Copies forgotten"), "by": N_("By"),
    "conflicts": N_("Conflicts"), "copy": N_("A copy"), "counsellor": N_("Counsellor"),
    "counsellors": N_("Counsellors"), "count": N_("How many"), "day": N_("Day"),
    "days": N_("Days"), "destroyed_files_changes": N_("Changes to destroyed files"),
    "document": N_("Document"), "fields": N_("Fields"),
    "file": N_("File"), "for": N_("For"), "format": N_("Format"), "from": N_("From"),
    "kept": N_("Kept"), "last": N_("Last"),
    "month": N_("Month"), "new": N_("New value"), "notes_withheld": N_("Notes withheld"),
    "office": N_("Office"), "old": N_("Former value"), "prefix": N_("Numbers' prefix"),
    "records": N_("Records"), "refused": N_("Refused"),
    "refused_tables": N_("Kinds of records refused"), "removed": N_("Removed"),
    "sections": N_("Parts"), "serious_only": N_("Serious incidents only"), "to": N_("To"),
    "undone": N_("Undone"), "upto": N_("Up to change"), "what": N_("What"), "why": N_("Why"),
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
SAID = frozenset({"reason", "why", "rule"})
# Kept in the log for whoever checks it, never shown to a person reading it.
TECHNICAL = frozenset({"sha256", "manifest_sha256", "request_id", "version", "sort_key",
                       "phone_digits", "updated_at", "updated_by", "id"})


def caption(column: str, language: str | None = None, table: str | None = None) -> str | None:
    """A column's or a detail's words; None when it is kept out of sight."""
    if column in TECHNICAL:
        return None
    entry = fields.find(table, column) if table else None
    if entry is not None and not entry.given:
        return None
    words = entry.caption if entry is not None else (
        DETAIL_WORDS.get(column) or fields.name_caption(column) or fields.FORM.get(column))
    return gettext(words, language) if words else None


def is_staff(table: str, key: str) -> bool:
    """Whether a detail names a staff member (their id: said by their name)."""
    if key in ("by", "counsellor"):
        return True
    entry = fields.find(table, key)
    return entry is not None and entry.shown is Shown.STAFF


def details_in_words(table: str, details: Mapping[str, Any], language: str,
                     people: Mapping[str, str]) -> str:
    """An audit entry's details as « Caption : former → new » phrases; staff named by
    ``people`` (their ids to names); what has no words is left out rather than shown as
    the program's own name."""
    phrases = []
    for key, item in details.items():
        words = caption(key, language, table)
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
    if is_staff(table, key):
        return people.get(str(value), gettext(N_("a staff member"), language))
    if isinstance(value, list):
        if key == "fields":  # the columns of a record: their captions
            return ", ".join(caption(str(item), language, table) or "…" for item in value)
        if key == "refused_tables":  # kinds of records: their section's title
            return ", ".join(_table_words(str(item), language) for item in value)
        return ", ".join(_value(table, key, item, language, people) for item in value)
    if isinstance(value, str) and (key, value) in DETAIL_VALUES:
        return gettext(DETAIL_VALUES[(key, value)], language)
    if key == "key" and isinstance(value, str):
        return setting_words(value, language)
    if table == "settings" and key == "value" and isinstance(value, str):
        return _setting_value(value, language)
    if key in SAID and isinstance(value, str):
        return gettext(value, language)
    if isinstance(value, Decimal):
        return format_number(value, language)
    if isinstance(value, dict):  # never written so far: said, not shown as data
        return gettext(N_("(kept in the log)"), language)
    return in_words(table, key, value, language)


def _setting_value(text: str, language: str) -> str:
    """A setting's value, kept as JSON: a number, a yes or no, a text in words; a list or
    a table of values said, not shown as data."""
    import json

    try:
        value = json.loads(text)
    except ValueError:
        return text
    if isinstance(value, bool):
        return gettext(N_("yes") if value else N_("no"), language)
    if isinstance(value, int | float):
        return format_number(value, language)
    if isinstance(value, str):
        return value
    return gettext(N_("(kept in the log)"), language)


def in_words(table: str, column: str, value: Any, language: str) -> str:
    """A stored value as a person reads it (see ``cjeapp.core.fields.values``)."""
    return value_words(table, column, value, language)
