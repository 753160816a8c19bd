"""Which column holds which field, and how the file's words translate into the program's
codes (« Réfugié » → refugee_government); kept by name, so next month's list from the same
spreadsheet maps in one click."""

from __future__ import annotations

import json
from dataclasses import dataclass
from dataclasses import field

from sqlalchemy import select

from cjeapp.core.db.database import Database
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.imports.fields import key
from cjeapp.core.imports.fields import propose
from cjeapp.core.imports.kind_fields import KINDS
from cjeapp.core.models import Setting
from cjeapp.core.org import setting_writes
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.unit_of_work import unit_of_work

SETTING = "imports.mappings"


@dataclass
class Mapping:
    columns: dict[str, str] = field(default_factory=dict)  # field -> column title
    translations: dict[str, dict[str, str]] = field(default_factory=dict)  # field -> {value: code}
    kind: str = "people"

    def column_of(self, headers: list[str], name: str) -> int | None:
        title = self.columns.get(name)
        if title is None:
            return None
        wanted = key(title)
        for index, header in enumerate(headers):
            if key(header) == wanted:
                return index
        return None

    def translate(self, name: str, value: str, code: str) -> None:
        self.translations.setdefault(name, {})[key(value)] = code

    def as_json(self) -> dict[str, object]:
        return {"kind": self.kind, "columns": self.columns, "translations": self.translations}


def proposed_mapping(headers: list[str], kind: str = "people") -> Mapping:
    return Mapping({name: headers[index]
                    for name, index in propose(headers, KINDS[kind].fields).items()},
                   kind=kind)


def _stored(db: Database) -> tuple[Setting | None, dict[str, dict[str, object]]]:
    with db.read_session() as session:
        row = session.scalar(select(Setting).where(Setting.key == SETTING,
                                                   Setting.deleted_at.is_(None)))
        return row, (json.loads(row.value) if row is not None else {})


def saved_mappings(db: Database, actor: Actor, kind: str | None = None) -> dict[str, Mapping]:
    """The mappings kept, by name (only those of ``kind`` when given)."""
    actor.require(Permission.DATA_IMPORT)
    _row, stored = _stored(db)
    found: dict[str, Mapping] = {}
    for name, data in stored.items():
        columns = data.get("columns")
        translations = data.get("translations")
        found[name] = Mapping(dict(columns) if isinstance(columns, dict) else {},
                              {str(k): dict(v) for k, v in translations.items()}
                              if isinstance(translations, dict) else {},
                              str(data.get("kind", "people")))
    return {name: mapping for name, mapping in found.items()
            if kind is None or mapping.kind == kind}


def save_mapping(db: Database, actor: Actor, name: str, mapping: Mapping) -> None:
    """Keep ``mapping`` under ``name`` (replacing one of that name)."""
    actor.require(Permission.DATA_IMPORT)
    cleaned = " ".join(name.split())
    if not cleaned or len(cleaned) > 80:
        raise ValidationError([FieldError("mapping_name", msg(N_(
            "Give the mapping a name of 1 to 80 characters (e.g. « Liste de Julie »).")))])
    known = KINDS.get(mapping.kind)
    if known is None:
        raise ValidationError([FieldError("mapping", msg(N_(
            "{kind} is not a kind of import."), kind=mapping.kind))])
    names = {spec.name for spec in known.fields}
    unknown = [field_name for field_name in mapping.columns if field_name not in names]
    if unknown:
        raise ValidationError([FieldError("mapping", msg(N_(
            "{field} is not a field that can be imported."), field=unknown[0]))])
    with unit_of_work(db, actor) as uow:
        row = uow.session.scalar(select(Setting).where(Setting.key == SETTING,
                                                       Setting.deleted_at.is_(None)))
        stored = json.loads(row.value) if row is not None else {}
        stored[cleaned] = mapping.as_json()
        encoded = json.dumps(stored, ensure_ascii=False, sort_keys=True)
        setting_writes.put(uow, row, SETTING, encoded)
