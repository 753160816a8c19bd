"""A likely duplicate merged into the file it may be: the file's empty fields take the
row's values, and for every other difference the person says whose value stays (the
file's unless the row's is chosen). The merged file is checked as the file's own screen
checks an edit; what the merge replaced is kept with the batch, so undoing the batch puts
it back exactly."""

from __future__ import annotations

from dataclasses import replace
from typing import Literal

from sqlalchemy import select

from cjeapp.core.errors import FieldError
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.imports.rows import BatchWriter
from cjeapp.core.imports.rows import Choice
from cjeapp.core.models import Client
from cjeapp.core.models import ClientLanguage
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.unit_of_work import UnitOfWork

# Whose value stays where the row and the file differ.
Side = Literal["row", "file"]
SIDES: tuple[Side, ...] = ("row", "file")
# The values a merge may write, as the side-by-side names them, each with the columns it
# writes. The name is never filled (a file always has one): it changes only when chosen.
VALUES: dict[str, tuple[str, ...]] = {
    "name": ("first_name", "last_name", "sort_key"),
    "birth_date": ("birth_date",), "sex": ("sex",),
    "country_of_birth": ("country_of_birth",), "citizenship": ("citizenship",),
    "phone": ("phone", "phone_digits"), "email": ("email",), "address": ("address",),
    "municipality": ("municipality",), "region_code": ("region_code",),
    "mifi_client_number": ("mifi_client_number",),
    "immigration_category": ("immigration_category",),
    "immigration_status": ("immigration_status",), "arrival_date": ("arrival_date",),
    "french_level": ("french_level",),
    "interpreter_language": ("interpreter_needed", "interpreter_language"),
    "assigned_counsellor_id": ("assigned_counsellor_id",),
}
# The form's fields behind each value (what the merged file's check reads).
_FORM_FIELDS = {"name": ("first_name", "last_name"),
                "phone": ("phone",),
                "interpreter_language": ("interpreter_needed", "interpreter_language")}


def _empty(value: object) -> bool:
    return value in (None, "", False)


def check_kept(choices: dict[int, Choice], kept: dict[int, dict[str, str]]) -> None:
    """Refuse, in a sentence, a value kept for a row that is not merged, for a value no
    merge writes, or on a side that is neither the row nor the file."""
    for row, values in kept.items():
        if values and choices.get(row) != "merge":
            raise ValidationError([FieldError("kept", msg(N_(
                "Row {row} is not merged into an existing file: choose to merge it before "
                "choosing which values to keep."), row=row))])
        for name, side in values.items():
            if name not in VALUES:
                raise ValidationError([FieldError("kept", msg(N_(
                    "Row {row}: « {field} » is not a value a merge can keep; choose among "
                    "those shown side by side."), row=row, field=name))])
            if side not in SIDES:
                raise ValidationError([FieldError("kept", msg(N_(
                    "Row {row}: keep either the row's value or the existing file's, not "
                    "« {side} »."), row=row, side=side))])


def _taken(client: Client, incoming: ClientForm, kept: dict[str, str]) -> list[str]:
    """The values the row gives the file: its empty ones, and those chosen."""
    taken = []
    for name in VALUES:
        fields = _FORM_FIELDS.get(name, (name,))
        theirs = [getattr(incoming, field) for field in fields]
        if all(_empty(value) for value in theirs):
            continue  # a merge never empties a field
        side = kept.get(name)
        if side == "row" or (side is None and name != "name" and all(
                _empty(getattr(client, field)) for field in fields)):
            taken.append(name)
    return taken


def merge_into(uow: UnitOfWork, writer: BatchWriter, client_id: str, incoming: ClientForm,
               row: int, kept: dict[str, str]) -> None:
    """The row merged into the file ``client_id``: its empty fields filled, the values
    ``kept`` from the row written, its missing languages added; what it replaced kept
    with the batch. The merged file is checked as an edit of it is."""
    writer.flush()
    client = uow.get(Client, client_id, what="client file")
    spoken = list(uow.session.scalars(select(ClientLanguage.language_code).where(
        ClientLanguage.client_id == client_id, ClientLanguage.deleted_at.is_(None))))
    taken = _taken(client, incoming, kept)
    merged = replace(ClientForm.from_client(client, spoken), languages=list(dict.fromkeys(
        [*spoken, *incoming.languages])), **{field: getattr(incoming, field)
                                             for name in taken
                                             for field in _FORM_FIELDS.get(name, (name,))})
    try:
        values = clients.validate(merged)
    except ValidationError as refused:
        raise ValidationError([FieldError("kept", msg(N_(
            "Row {row} cannot be merged into the file of {name}: {reason}"), row=row,
            name=f"{client.first_name} {client.last_name}",
            reason=refused.errors[0].message))]) from refused
    written = {column: values[column] for name in taken for column in VALUES[name]}
    if values["intake_gaps_reason"] != client.intake_gaps_reason:
        # what the intake left for later is there now, as an edit of the file would say
        written["intake_gaps_reason"] = values["intake_gaps_reason"]
    before = {column: getattr(client, column) for column in written}
    uow.change(client, written)
    for code in dict.fromkeys(incoming.languages):
        if code not in spoken:
            writer.add(ClientLanguage, {"client_id": client_id, "language_code": code,
                                        "is_mother_tongue": False}, row)
    writer.remember("clients", client_id, row, "merged",
                    {"version": client.version, "fields": before})
