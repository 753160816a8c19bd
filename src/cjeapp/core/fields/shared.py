"""Columns that mean the same in every table that has them: a record's keys and stamps,
the person and the office it belongs to. A table's own declaration comes first."""

from __future__ import annotations

from cjeapp.core.fields.kinds import F
from cjeapp.core.fields.kinds import Field
from cjeapp.core.fields.kinds import Privacy
from cjeapp.core.fields.kinds import Shown
from cjeapp.core.i18n import N_

TECH = Privacy.TECHNICAL

SHARED: dict[str, Field] = {
    "id": F(N_("Identifier"), TECH, Shown.LINK),
    "created_at": F(N_("Recorded on"), TECH, Shown.MOMENT),
    "updated_at": F(N_("Last changed on"), TECH, Shown.MOMENT),
    "updated_by": F(N_("Last changed by"), TECH, Shown.STAFF),
    "deleted_at": F(N_("Deleted on"), TECH, Shown.INTERNAL),
    "version": F(N_("Version of the record"), TECH, Shown.INTERNAL),
    "client_id": F(N_("Person"), TECH, Shown.LINK),
    "household_id": F(N_("Household"), TECH, Shown.LINK),
    "office_id": F(N_("Office"), TECH, Shown.NAMED, "offices"),
    "partner_id": F(N_("Partner"), TECH, Shown.NAMED, "partners"),
    "activity_id": F(N_("Activity"), TECH, Shown.NAMED, "activities"),
    "plan_item_id": F(N_("Goal of the plan"), TECH, Shown.LINK),
    "session_id": F(N_("Activity session"), TECH, Shown.LINK),
    "user_id": F(N_("Staff member"), TECH, Shown.STAFF),
    "notes": F(N_("Notes"), Privacy.CASE_NOTE),
    "language": F(N_("Language"), TECH, Shown.LANGUAGE),
    "region_code": F(N_("Administrative region"), Privacy.SENSITIVE, Shown.CODE, "regions"),
    "municipality": F(N_("Municipality"), Privacy.CONTACT),
    "address": F(N_("Address"), Privacy.CONTACT),
    "phone": F(N_("Phone"), Privacy.CONTACT, Shown.IDENTIFIER),
    "email": F(N_("E-mail"), Privacy.CONTACT),
    "name": F(N_("Name"), TECH),
    "kind": F(N_("Kind"), TECH),
    "status": F(N_("Status"), TECH, Shown.WORDS, "statuses"),
    "period_from": F(N_("From"), TECH, Shown.DATE),
    "period_to": F(N_("To"), TECH, Shown.DATE),
    "capacity": F(N_("Places"), TECH, Shown.NUMBER),
    "starts_at": F(N_("Starts at"), TECH, Shown.MOMENT),
    "ends_at": F(N_("Ends at"), TECH, Shown.MOMENT),
    "place": F(N_("Place"), TECH, Shown.CODE, "appointment_places"),
    "active": F(N_("Active"), TECH, Shown.YES_NO),
    "destination_kind": F(N_("Destination"), TECH, Shown.CODE, "transport_destinations"),
    "decision": F(N_("Decision"), TECH, Shown.CODE, "transport_decisions"),
    "priority": F(N_("Priority"), TECH, Shown.CODE, "priorities"),
    "table_name": F(N_("Kind of record"), TECH, Shown.LINK),
    "row_id": F(N_("Record"), TECH, Shown.LINK),
    "request_id": F(N_("Request"), TECH, Shown.LINK),
    "description": F(N_("Description"), Privacy.CASE_NOTE),
    "sequence": F(N_("Number in the series"), TECH, Shown.NUMBER),
    "rows": F(N_("Rows"), TECH, Shown.NUMBER),
}
