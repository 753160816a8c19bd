"""The file's words and the program's: the counsellors and activities a cell may name, the
words of a file no code matches yet (what the person translates in the mapping), and the
choices each can be translated into."""

from __future__ import annotations

from sqlalchemy import select

from cjeapp.core.codelists import codelist
from cjeapp.core.db.database import Database
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.imports.fields import Named
from cjeapp.core.imports.fields import coded_value
from cjeapp.core.imports.fields import key
from cjeapp.core.imports.kind_fields import KINDS
from cjeapp.core.imports.mappings import Mapping
from cjeapp.core.imports.reading import Sheet
from cjeapp.core.locale_format import country_codes
from cjeapp.core.locale_format import country_name
from cjeapp.core.locale_format import language_codes
from cjeapp.core.locale_format import language_name
from cjeapp.core.models import Activity
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.search.normalize import fold
from cjeapp.core.staff.accounts import list_counsellors
from cjeapp.core.written_names import languages_in

PSEUDO_LISTS = {
    "presence": (("1", N_("present")), ("0", N_("absent"))),
    "service_modes": (("individual", N_("individual")), ("group", N_("group"))),
}


def named_in_database(db: Database, actor: Actor) -> Named:
    """Counsellors as lists write them (full name, username, or the first name when only
    one counsellor has it) and activities by title."""
    actor.require(Permission.DATA_IMPORT)
    counsellors: dict[str, str] = {}
    first_names: dict[str, list[str]] = {}
    for account in list_counsellors(db, actor):
        counsellors[key(account.full_name)] = account.id
        counsellors[key(account.username)] = account.id
        first_names.setdefault(key(account.full_name.split()[0]), []).append(account.id)
    for first, ids in first_names.items():
        if len(ids) == 1:
            counsellors.setdefault(first, ids[0])
    with db.read_session() as session:
        activities = {key(title): ident for ident, title in session.execute(
            select(Activity.id, Activity.title).where(Activity.deleted_at.is_(None))
            .order_by(Activity.created_at))}
    return {"counsellor": counsellors, "activity": activities}


def untranslated(db: Database, actor: Actor, sheet: Sheet,
                 mapping: Mapping) -> list[tuple[str, str]]:
    """(field, value) of the file's words that name no code of their field yet, each once,
    in the order met: what the person translates before the check."""
    actor.require(Permission.DATA_IMPORT)
    named = named_in_database(db, actor)
    found: dict[tuple[str, str], None] = {}
    for spec in KINDS[mapping.kind].fields:
        index = mapping.column_of(sheet.headers, spec.name)
        if index is None or spec.coded is None:
            continue
        translations = mapping.translations.get(spec.name, {})
        for cells in sheet.rows:
            value = cells[index].strip() if index < len(cells) else ""
            if not value:
                continue
            if spec.name in ("languages",):
                for part in languages_in(value, translations)[1]:
                    found.setdefault((spec.name, part), None)
            elif coded_value(spec, value, translations, named) is None:
                found.setdefault((spec.name, value), None)
    return list(found)


def choices(db: Database, actor: Actor, name: str, kind: str = "people"
            ) -> list[tuple[str, str]]:
    """(code, label) a value of field ``name`` can be translated into."""
    actor.require(Permission.DATA_IMPORT)
    spec = KINDS[kind].field(name)
    if spec.coded == "country":
        return sorted(((code, country_name(code)) for code in country_codes()),
                      key=lambda pair: fold(pair[1]))
    if spec.coded == "language":
        return sorted(((code, language_name(code)) for code in language_codes()),
                      key=lambda pair: fold(pair[1]))
    if spec.coded == "counsellor":
        return [(account.id, account.full_name) for account in list_counsellors(db, actor)]
    if spec.coded == "activity":
        with db.read_session() as session:
            return [(ident, title) for ident, title in session.execute(
                select(Activity.id, Activity.title).where(Activity.deleted_at.is_(None))
                .order_by(Activity.title))]
    if spec.coded in PSEUDO_LISTS:
        return [(code, gettext(label)) for code, label in PSEUDO_LISTS[spec.coded]]
    if spec.coded is not None:
        return [(entry.code, entry.label()) for entry in codelist(spec.coded).codes]
    return []
