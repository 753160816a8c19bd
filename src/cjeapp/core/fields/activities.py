"""Group activities, their sessions, enrolments and attendance, and the documents issued."""

from __future__ import annotations

from cjeapp.core.fields.kinds import F
from cjeapp.core.fields.kinds import Field
from cjeapp.core.fields.kinds import Privacy
from cjeapp.core.fields.kinds import Shown
from cjeapp.core.i18n import N_

NOTE, TECH = Privacy.CASE_NOTE, Privacy.TECHNICAL

TABLES: dict[str, dict[str, Field]] = {
    "activities": {
        "kind": F(N_("Kind of activity"), TECH, Shown.CODE, "activity_kinds"),
        "title": F(N_("Title"), TECH),
        "description": F(N_("Description"), TECH),
        "parts_required": F(N_("Sessions required"), TECH, Shown.NUMBER),
    },
    "activity_sessions": {
        "part_number": F(N_("Session number"), TECH, Shown.NUMBER),
        "place": F(N_("Place"), TECH),
        "facilitator_id": F(N_("Facilitator"), TECH, Shown.STAFF),
        "hours": F(N_("Hours"), TECH, Shown.NUMBER),
    },
    "enrolments": {
        "enrolled_at": F(N_("Enrolled at"), TECH, Shown.MOMENT),
        "waitlist_position": F(N_("Place on the waiting list"), TECH, Shown.NUMBER),
        "completed": F(N_("Completed"), TECH, Shown.YES_NO),
    },
    "attendance": {
        "present": F(N_("Present"), TECH, Shown.YES_NO),
    },
    "issued_documents": {
        "number": F(N_("Number"), TECH, Shown.IDENTIFIER),
        "verification_code": F(N_("Verification code"), TECH, Shown.IDENTIFIER),
        "kind": F(N_("Kind of document"), TECH, Shown.CODE, "document_kinds"),
        "issued_at": F(N_("Issued at"), TECH, Shown.MOMENT),
        "issued_by": F(N_("Issued by"), TECH, Shown.STAFF),
        "sha256": F(N_("Document's digest"), TECH, Shown.INTERNAL),
        "copy_of_id": F(N_("Copy of"), TECH, Shown.LINK),
        "revoked_at": F(N_("Revoked at"), TECH, Shown.MOMENT),
        "revoked_by": F(N_("Revoked by"), TECH, Shown.STAFF),
        "revoke_reason": F(N_("Why it was revoked"), NOTE),
        "content": F(N_("Words of the document"), NOTE, Shown.INTERNAL),
    },
}
