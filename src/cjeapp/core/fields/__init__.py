"""The field registry: for every column of every table, what it is called (one English
msgid of the core catalogue, translated there), what it holds about a person (its privacy
class), how its value is shown and what destruction does with it. The person's copy, the
audit details, the imports, destruction and the screens all read it, so a field is called
the same everywhere.

A table's own declaration (``people``, ``casework``, ``desk``, ``activities``,
``office``, ``records``) comes first; a column every table means the same by (``id``,
``created_at``, ``client_id``…) is declared once in ``shared``. A test holds that every
column of ``Base.metadata`` has an entry. Values are put in words by
``cjeapp.core.fields.values``; derived values are computed by
``cjeapp.core.fields.derived``."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from cjeapp.core.fields import activities
from cjeapp.core.fields import casework
from cjeapp.core.fields import desk
from cjeapp.core.fields import office
from cjeapp.core.fields import people
from cjeapp.core.fields import records
from cjeapp.core.fields.kinds import Erase
from cjeapp.core.fields.kinds import Field
from cjeapp.core.fields.kinds import Privacy
from cjeapp.core.fields.kinds import Shown
from cjeapp.core.fields.shared import SHARED
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext

__all__ = ["FORM", "TABLES", "Erase", "Field", "Privacy", "Shown", "UnknownField", "caption",
           "caption_words", "declared", "every_caption", "field", "find", "form_caption",
           "name_caption", "privacy"]

TABLES: dict[str, dict[str, Field]] = {}
for _group in (people, casework, desk, activities, office, records):
    for _table, _columns in _group.TABLES.items():
        if _table in TABLES:
            raise AssertionError(f"{_table} is declared twice")
        TABLES[_table] = _columns

# Fields of the forms and the imports that are no column of their own (the person's
# languages are rows of client_languages; the four documents are four check boxes under
# one caption; an import names a service's length in hours or minutes, its giver by name).
FORM: dict[str, str] = {
    "languages": N_("Languages spoken"),
    "documents": N_("Documents obtained"),
    "full_name": N_("Full name (last name in capitals)"),
    "assigned_counsellor": N_("Assigned counsellor"),
    "hours": N_("Duration (hours)"),
    "minutes": N_("Duration (minutes)"),
    "staff": N_("Given by"),
    "activity": N_("Activity"),
    "session_date": N_("Date of the session"),
}


class UnknownField(KeyError):
    """A column the registry does not hold (a test keeps every column declared)."""


def find(table: str, column: str) -> Field | None:
    """The column's entry, or None when the registry does not hold it."""
    return TABLES.get(table, {}).get(column) or SHARED.get(column)


def field(table: str, column: str) -> Field:
    found = find(table, column)
    if found is None:
        raise UnknownField(f"{table}.{column}")
    return found


def declared(table: str, column: str) -> bool:
    return find(table, column) is not None


def caption(table: str, column: str) -> str:
    """The column's caption as a msgid (translate with ``gettext``)."""
    return field(table, column).caption


def caption_words(table: str, column: str, language: str | None = None) -> str:
    """The column's caption in ``language`` (the current language by default)."""
    return gettext(caption(table, column), language)


def privacy(table: str, column: str) -> Privacy:
    return field(table, column).privacy


@cache
def _by_name() -> dict[str, Field]:
    named: dict[str, Field] = dict(SHARED)
    for columns in TABLES.values():
        for name, entry in columns.items():
            named.setdefault(name, entry)
    return named


def name_caption(column: str) -> str | None:
    """A column's caption when its table is not known (the shared one, else the first
    table's): for lists of fields written without their table."""
    entry = _by_name().get(column)
    return entry.caption if entry is not None else None


def form_caption(name: str) -> str | None:
    """A field of the person's file as the intake form and the file's tabs name it: a
    column of ``clients``, or one of the form's own fields."""
    entry = find("clients", name)
    return entry.caption if entry is not None else FORM.get(name)


def every_caption() -> Iterator[str]:
    """Every caption the registry holds (for the catalogue's checks)."""
    yield from (entry.caption for entry in SHARED.values())
    for columns in TABLES.values():
        yield from (entry.caption for entry in columns.values())
    yield from FORM.values()
