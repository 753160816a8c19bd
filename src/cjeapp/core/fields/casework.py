"""Casework: assessments and their needs, the action plan, services, referrals and the
counsellors' notes."""

from __future__ import annotations

from cjeapp.core.fields.kinds import F
from cjeapp.core.fields.kinds import Field
from cjeapp.core.fields.kinds import Privacy
from cjeapp.core.fields.kinds import Shown
from cjeapp.core.i18n import N_

SENS, NOTE, TECH = Privacy.SENSITIVE, Privacy.CASE_NOTE, Privacy.TECHNICAL

TABLES: dict[str, dict[str, Field]] = {
    "needs_assessments": {
        "counsellor_id": F(N_("Counsellor"), TECH, Shown.STAFF),
        "assessed_on": F(N_("Assessed on"), TECH, Shown.DATE),
        "source_text": F(N_("Text received"), NOTE),
        "signed_at": F(N_("Signed on"), TECH, Shown.MOMENT),
    },
    "needs": {
        "assessment_id": F(N_("Assessment"), TECH, Shown.LINK),
        "need_code": F(N_("Need"), SENS, Shown.CODE, "needs"),
    },
    "action_plans": {
        "counsellor_id": F(N_("Counsellor"), TECH, Shown.STAFF),
        "assessment_id": F(N_("Assessment"), TECH, Shown.LINK),
        "started_on": F(N_("Started on"), TECH, Shown.DATE),
        "revision": F(N_("Revision"), TECH, Shown.NUMBER),
    },
    "plan_items": {
        "plan_id": F(N_("Action plan"), TECH, Shown.LINK),
        "need_id": F(N_("Need"), TECH, Shown.LINK),
        "area": F(N_("Area"), SENS, Shown.CODE, "plan_areas"),
        "goal": F(N_("Goal"), NOTE),
        "actions": F(N_("Actions"), NOTE),
        "responsible": F(N_("Who"), NOTE),
        "target_date": F(N_("By"), TECH, Shown.DATE),
        "status": F(N_("Status"), TECH, Shown.CODE, "plan_item_statuses"),
        "abandon_reason": F(N_("Why it was abandoned"), NOTE),
        "next_follow_up": F(N_("Next follow-up"), TECH, Shown.DATE),
    },
    "plan_changes": {
        "plan_id": F(N_("Action plan"), TECH, Shown.LINK),
        "item_id": F(N_("Goal of the plan"), TECH, Shown.LINK),
        "changed_by": F(N_("Changed by"), TECH, Shown.STAFF),
        "description": F(N_("What changed"), NOTE, Shown.MESSAGE),
        "reason": F(N_("Why"), NOTE),
    },
    "service_records": {
        "service_type": F(N_("Service"), SENS, Shown.CODE, "service_types"),
        "volet": F(N_("PASI volet"), SENS, Shown.CODE, "pasi_volets"),
        "delivered_on": F(N_("Date of the service"), SENS, Shown.DATE),
        "duration_minutes": F(N_("Duration"), SENS, Shown.DURATION),
        "staff_id": F(N_("Staff member"), TECH, Shown.STAFF),
        "mode": F(N_("Individual or group"), SENS, Shown.WORDS, "service_modes"),
        "language": F(N_("Language of the service"), SENS, Shown.LANGUAGE),
    },
    "referrals": {
        "reason": F(N_("Reason"), NOTE),
        "referred_on": F(N_("Referred on"), TECH, Shown.DATE),
        "expected_answer_on": F(N_("Answer expected by"), TECH, Shown.DATE),
        "outcome": F(N_("Outcome"), TECH, Shown.CODE, "referral_outcomes"),
        "outcome_on": F(N_("Outcome on"), TECH, Shown.DATE),
    },
    "confidential_notes": {
        "author_id": F(N_("Written by"), TECH, Shown.STAFF),
        "body": F(N_("Note"), NOTE),
    },
}
