"""Every problem that would make the funder reject a row, before the package leaves.
Errors block the package; warnings do not. The same checks run in the CLI."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from cjeapp.core.clock import today
from cjeapp.core.db.database import Database
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import Message
from cjeapp.core.i18n import msg
from cjeapp.core.ids import ClientId
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.reporting.profile import TEXT_TYPES
from cjeapp.core.reporting.profile import Column
from cjeapp.core.reporting.profile import Profile
from cjeapp.core.reporting.profile import Table
from cjeapp.core.reporting.sources import Row
from cjeapp.core.reporting.sources import Sources
from cjeapp.core.writers.spreadsheets import reads_as_number

# The client-file field that fixes a column of the persons table.
FILE_FIELDS = {"birth_year": "birth_date", "age_band": "birth_date", "sex": "sex",
               "country_of_birth": "country_of_birth",
               "immigration_category": "immigration_category",
               "arrival_date": "arrival_date", "region": "region_code",
               "mifi_client_number": "mifi_client_number", "language": "languages"}


@dataclass(frozen=True)
class Problem:
    error: bool  # False: a warning, which does not block
    table: str
    client_id: ClientId | None
    column: str
    message: Message

    @property
    def file_field(self) -> str | None:
        return FILE_FIELDS.get(self.column)


def cell(row: Row, column: Column, profile: Profile) -> Any:
    """The value as it leaves: mapped to the funder's code, with the column's prefix,
    withheld without consent."""
    value = row.get(column.source_field)
    if column.consent and not row.get(f"_consent_{column.consent}", False):
        return None
    if value is None or value == "":
        return None
    if column.codes:
        value = profile.codes[column.codes].get(str(value), value)
    if column.prefix:
        value = f"{column.prefix}{value}"
    return value


def check_row(table: Table, row: Row, profile: Profile) -> Iterator[Problem]:
    client = row.get("_client")
    for column in table.columns:
        raw = row.get(column.source_field)
        if column.consent and raw not in (None, "") and \
                not row.get(f"_consent_{column.consent}", False):
            yield Problem(column.mandatory, table.name, client, column.name, msg(N_(
                "No consent to transmit it: the value is left out of the package.")))
            continue
        if raw in (None, ""):
            if column.mandatory:
                yield Problem(True, table.name, client, column.name,
                              msg(N_("Missing, and the funder requires it.")))
            continue
        if column.codes and str(raw) not in profile.codes[column.codes]:
            yield Problem(True, table.name, client, column.name, msg(N_(
                "\"{value}\" has no code in the funder's list."), value=raw))
            continue
        value = cell(row, column, profile)
        if column.kind in TEXT_TYPES and value is not None and reads_as_number(str(value)):
            yield Problem(True, table.name, client, column.name, msg(N_(
                "Excel or LibreOffice would read \"{value}\" as a number and change it: the "
                "reporting profile must give this column a prefix or a code list."),
                value=value))
    if table.source == "persons":
        yield from _dates(table, row)


def _dates(table: Table, row: Row) -> Iterator[Problem]:
    client = row.get("_client")
    birth: date | None = row.get("_birth")
    arrival = date.fromisoformat(row["arrival_date"]) if row.get("arrival_date") else None
    if arrival and arrival > today():
        yield Problem(True, table.name, client, "arrival_date",
                      msg(N_("The arrival date is in the future.")))
    if arrival and birth and arrival < birth:
        yield Problem(True, table.name, client, "arrival_date",
                      msg(N_("The arrival date comes before the date of birth.")))
    if birth and birth.year < 1900:
        yield Problem(True, table.name, client, "birth_year",
                      msg(N_("The year of birth is impossible.")))


def validate(sources: Sources, profile: Profile) -> list[Problem]:
    problems: list[Problem] = []
    for table in profile.tables:
        for row in sources.rows(table.source):
            problems.extend(check_row(table, row, profile))
    return problems


def validate_period(db: Database, actor: Actor, profile: Profile, first: date,
                    last: date) -> list[Problem]:
    """The checks of the package, for the screen and the CLI, without writing anything."""
    actor.require(Permission.REPORT_READ)
    return validate(Sources(db, first, last), profile)
