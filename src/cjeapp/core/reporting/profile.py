"""Reporting profiles: TOML files that declare the package's tables, columns, code mappings,
mandatory fields and aggregates. An organization can load an updated one without a new
program version. A broken profile is refused with a message naming the line."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.resources import resource_path
from cjeapp.core.writers.spreadsheets import reads_as_number

# What each source offers ("from" must name one of these).
SOURCE_FIELDS: dict[str, tuple[str, ...]] = {
    "persons": ("pseudonym", "birth_year", "age_band", "sex", "country_of_birth",
                "immigration_category", "arrival_date", "region", "language", "is_new",
                "mifi_client_number"),
    "services": ("pseudonym", "date", "month", "service_type", "volet", "duration_minutes",
                 "mode"),
    "referrals": ("pseudonym", "date", "partner_kind", "outcome"),
    "sessions": ("activity_kind", "date", "hours", "participants"),
    "transport": ("month", "destination", "decision"),
    "housing": ("month", "status", "days_to_lease"),
}
MEASURES = ("count", "distinct_persons", "sum_hours")
# How a column's values are written: identifiers and codes as text (which must never read as
# a number in a spreadsheet: a prefix or a code list sees to it), numbers and dates typed in
# the workbook.
TYPES = ("text", "identifier", "code", "integer", "decimal", "date", "month")
TEXT_TYPES = ("text", "identifier", "code")  # a month read as a date keeps its meaning
CONSENTS = ("funder_transmission", "research")


@dataclass(frozen=True)
class Column:
    name: str
    source_field: str
    mandatory: bool = False
    codes: str | None = None
    consent: str | None = None
    kind: str = "text"
    prefix: str = ""
    description: str = ""
    labels: str | None = None  # the program's code list that names the values (charts)


@dataclass(frozen=True)
class Table:
    name: str
    source: str
    description: str
    columns: tuple[Column, ...]
    description_en: str = ""

    def title(self, language: str) -> str:
        return (self.description_en if language == "en" and self.description_en
                else self.description or self.name)


@dataclass(frozen=True)
class Aggregate:
    name: str
    table: str
    group_by: tuple[str, ...]
    measure: str


@dataclass(frozen=True)
class Profile:
    name: str
    version: str
    description: str
    suppression_threshold: int
    codes: dict[str, dict[str, str]]
    tables: tuple[Table, ...]
    aggregates: tuple[Aggregate, ...] = field(default=())
    text: str = ""

    def table(self, name: str) -> Table:
        return next(table for table in self.tables if table.name == name)


class ProfileError(CjeError):
    pass


def _line_of(text: str, needle: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    return 0


def _fail(text: str, needle: str, msgid: str, **params: object) -> ProfileError:
    return ProfileError(msg(N_("Reporting profile, line {line}: {problem}"),
                            line=_line_of(text, needle), problem=msg(msgid, **params)))


def _tables_of(text: str, data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    """``[[key]]`` entries: a list of TOML tables, or a refusal naming the line."""
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise _fail(text, key, N_("\"{key}\" must be a list of [[{key}]] tables."), key=key)
    return value


def _optional_text(text: str, raw: dict[str, Any], key: str, where: str) -> str | None:
    value = raw.get(key)
    if value is not None and not isinstance(value, str):
        raise _fail(text, where, N_("\"{key}\" must be text in quotes."), key=key)
    return value


def parse(text: str) -> Profile:
    """Read and check a profile; raise ProfileError naming the line of the first problem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"line (\d+)", str(error))
        raise ProfileError(msg(N_("Reporting profile, line {line}: {problem}"),
                               line=found.group(1) if found else "?",
                               problem=str(error))) from error
    for key in ("name", "version"):
        if not isinstance(data.get(key), str) or not data[key]:
            raise _fail(text, key, N_("\"{key}\" is missing."), key=key)
    declared = data.get("codes", {})
    if not isinstance(declared, dict) or not all(isinstance(mapping, dict)
                                                 for mapping in declared.values()):
        raise _fail(text, "codes", N_("\"{key}\" must be a list of [[{key}]] tables."),
                    key="codes")
    codes: dict[str, dict[str, str]] = {
        str(name): {str(k): str(v) for k, v in mapping.items()}
        for name, mapping in declared.items()}
    tables = tuple(_table(text, raw, codes) for raw in _tables_of(text, data, "tables"))
    if not tables:
        raise _fail(text, "[[tables]]", N_("The profile declares no table."))
    names = [table.name for table in tables]
    aggregates = tuple(_aggregate(text, raw, {t.name: t for t in tables})
                       for raw in _tables_of(text, data, "aggregates"))
    if len(set(names)) != len(names):
        raise _fail(text, "name", N_("Two tables have the same name."))
    threshold = data.get("suppression_threshold", 5)
    if not isinstance(threshold, int) or threshold < 1:
        raise _fail(text, "suppression_threshold",
                    N_("suppression_threshold is a whole number of at least 1."))
    return Profile(name=data["name"], version=data["version"],
                   description=str(data.get("description", "")),
                   suppression_threshold=threshold, codes=codes, tables=tables,
                   aggregates=aggregates, text=text)


def _table(text: str, raw: dict[str, Any], codes: dict[str, dict[str, str]]) -> Table:
    name = raw.get("name")
    source = raw.get("source")
    if not isinstance(name, str) or not name:
        raise _fail(text, "[[tables]]", N_("A table has no name."))
    if not isinstance(source, str) or source not in SOURCE_FIELDS:
        raise _fail(text, f'source = "{source}"', N_(
            "Table \"{table}\": the source \"{source}\" is unknown (known: {known})."),
            table=name, source=source, known=", ".join(SOURCE_FIELDS))
    columns = []
    for column in _tables_of(text, raw, "columns"):
        column_name = column.get("name")
        origin = column.get("from")
        where = f'"{column_name}"'
        code_list = _optional_text(text, column, "codes", where)
        consent = _optional_text(text, column, "consent", where)
        kind = _optional_text(text, column, "type", where) or "text"
        prefix = _optional_text(text, column, "prefix", where) or ""
        labels = _optional_text(text, column, "labels", where)
        if not isinstance(column_name, str) or not column_name:
            raise _fail(text, "[[tables.columns]]", N_("A column of \"{table}\" has no name."),
                        table=name)
        if not isinstance(origin, str) or origin not in SOURCE_FIELDS[source]:
            raise _fail(text, f'"{column_name}"', N_(
                "Column \"{column}\" of \"{table}\": \"{origin}\" is not a field of the "
                "source \"{source}\"."), column=column_name, table=name, origin=origin,
                source=source)
        if code_list and code_list not in codes:
            raise _fail(text, where, N_(
                "Column \"{column}\": the code list \"{codes}\" is not declared."),
                column=column_name, codes=code_list)
        if consent and consent not in CONSENTS:
            raise _fail(text, where, N_(
                "Column \"{column}\": the consent \"{consent}\" is unknown."),
                column=column_name, consent=consent)
        if kind not in TYPES:
            raise _fail(text, where, N_(
                "Column \"{column}\": the type must be one of {known}."),
                column=column_name, known=", ".join(TYPES))
        if prefix and (kind not in (*TEXT_TYPES, "month") or not prefix[0].isalpha()):
            raise _fail(text, where, N_(
                "Column \"{column}\": a prefix begins with a letter, and only text "
                "columns take one."), column=column_name)
        if labels and not resource_path("codelists", f"{labels}.json").is_file():
            raise _fail(text, where, N_(
                "Column \"{column}\": the code list \"{codes}\" is not declared."),
                column=column_name, codes=labels)
        for value in (codes[code_list].values() if code_list else ()):
            if reads_as_number(prefix + value):
                raise _fail(text, f'"{value}"', N_(
                    "The code \"{value}\" would be read as a number by Excel or "
                    "LibreOffice: begin it with a letter."), value=value)
        columns.append(Column(column_name, origin, bool(column.get("mandatory")),
                              code_list, consent, kind, prefix,
                              str(column.get("description", "")), labels))
    if not columns:
        raise _fail(text, f'name = "{name}"', N_("Table \"{table}\" has no column."),
                    table=name)
    return Table(name, str(source), str(raw.get("description", "")), tuple(columns),
                 str(raw.get("description_en", "")))


def _aggregate(text: str, raw: dict[str, Any], tables: dict[str, Table]) -> Aggregate:
    name = str(raw.get("name", ""))
    table = tables.get(str(raw.get("table")))
    if table is None:
        raise _fail(text, f'name = "{name}"', N_(
            "Aggregate \"{name}\": the table \"{table}\" is not declared."),
            name=name, table=raw.get("table"))
    columns = {column.name for column in table.columns}
    raw_group = raw.get("group_by", [])
    if not isinstance(raw_group, list):
        raise _fail(text, f'name = "{name}"', N_(
            "Aggregate \"{name}\": group_by must be a list of column names."), name=name)
    group_by = tuple(str(column) for column in raw_group)
    for column in group_by:
        if column not in columns:
            raise _fail(text, f'name = "{name}"', N_(
                "Aggregate \"{name}\": \"{column}\" is not a column of \"{table}\"."),
                name=name, column=column, table=table.name)
    measure = raw.get("measure")
    if not isinstance(measure, str) or measure not in MEASURES:
        raise _fail(text, f'name = "{name}"', N_(
            "Aggregate \"{name}\": the measure must be one of {known}."),
            name=name, known=", ".join(MEASURES))
    return Aggregate(name, table.name, group_by, str(measure))


def load(name_or_path: str) -> Profile:
    """A shipped profile by name ("PASI"), or a profile file by path."""
    path = Path(name_or_path)
    if not path.suffix:
        path = resource_path("reporting", f"{name_or_path}.toml")
    if not path.is_file():
        raise ProfileError(msg(N_("No reporting profile {name} was found."),
                               name=name_or_path))
    return parse(path.read_text(encoding="utf-8"))
