"""The desk: visits, requests, appointments, transport and the housing search."""

from __future__ import annotations

from cjeapp.core.fields.kinds import F
from cjeapp.core.fields.kinds import Field
from cjeapp.core.fields.kinds import Privacy
from cjeapp.core.fields.kinds import Shown
from cjeapp.core.i18n import N_

CONTACT, SENS = Privacy.CONTACT, Privacy.SENSITIVE
NOTE, TECH = Privacy.CASE_NOTE, Privacy.TECHNICAL

TABLES: dict[str, dict[str, Field]] = {
    "visits": {
        "reason": F(N_("Reason for the visit"), NOTE),
        "arrived_at": F(N_("Arrived at"), TECH, Shown.MOMENT),
        "taken_at": F(N_("Seen at"), TECH, Shown.MOMENT),
        "taken_by": F(N_("Seen by"), TECH, Shown.STAFF),
        "closed_at": F(N_("Closed at"), TECH, Shown.MOMENT),
        "outcome": F(N_("Result"), NOTE),
    },
    "requests": {
        "subject": F(N_("Subject"), NOTE),
        "channel": F(N_("How it came"), TECH, Shown.CODE, "request_channels"),
        "received_at": F(N_("Received at"), TECH, Shown.MOMENT),
        "due_at": F(N_("Due at"), TECH, Shown.MOMENT),
        "assigned_to": F(N_("Assigned to"), TECH, Shown.STAFF),
        "answered_at": F(N_("Answered at"), TECH, Shown.MOMENT),
        "answer": F(N_("Answer"), NOTE),
    },
    "appointments": {
        "counsellor_id": F(N_("Counsellor"), TECH, Shown.STAFF),
        "kind": F(N_("Kind of appointment"), TECH, Shown.CODE, "appointment_kinds"),
        "cancel_reason": F(N_("Why it was cancelled"), NOTE),
        "reminded_at": F(N_("Called as a reminder on"), TECH, Shown.MOMENT),
    },
    "transport_requests": {
        "destination_name": F(N_("Where"), NOTE),
        "needed_at": F(N_("Needed at"), TECH, Shown.MOMENT),
        "reason": F(N_("Reason"), NOTE),
        "counsellor_presence_needed": F(N_("Counsellor to be present"), TECH, Shown.YES_NO),
        "proposed_decision": F(N_("Proposed decision"), TECH, Shown.CODE,
                               "transport_decisions"),
        "rule_id": F(N_("Rule applied"), TECH, Shown.LINK),
        "decision_reason": F(N_("Why this decision"), NOTE),
        "decided_by": F(N_("Decided by"), TECH, Shown.STAFF),
        "decided_at": F(N_("Decided at"), TECH, Shown.MOMENT),
    },
    "transport_trips": {
        "trip_date": F(N_("Date of the trip"), TECH, Shown.DATE),
        "driver_id": F(N_("Driver"), TECH, Shown.STAFF),
        "vehicle": F(N_("Vehicle"), TECH, Shown.WORDS, "vehicles"),
        "kilometres": F(N_("Kilometres"), TECH, Shown.NUMBER),
        "passengers": F(N_("Passengers"), TECH, Shown.NUMBER),
    },
    "transport_rules": {
        "position": F(N_("Order"), TECH, Shown.NUMBER),
        "name": F(N_("Rule"), TECH),
        "condition": F(N_("Condition"), TECH),
        "explanation": F(N_("Explanation"), TECH),
    },
    "housing_requests": {
        "household_size": F(N_("Household size"), SENS, Shown.NUMBER),
        "monthly_budget": F(N_("Monthly budget"), SENS, Shown.MONEY),
        "area_wanted": F(N_("Area wanted"), NOTE),
        "needs_accessibility": F(N_("Accessibility needed"), SENS, Shown.YES_NO),
        "has_pets": F(N_("Pets"), SENS, Shown.YES_NO),
        "needs_public_transit": F(N_("Near public transit"), SENS, Shown.YES_NO),
        "constraints": F(N_("Constraints"), NOTE),
        "deadline": F(N_("Deadline"), TECH, Shown.DATE),
        "opened_on": F(N_("Opened on"), TECH, Shown.DATE),
        "closed_on": F(N_("Closed on"), TECH, Shown.DATE),
    },
    "housing_steps": {
        "kind": F(N_("Step"), TECH, Shown.CODE, "housing_steps"),
        "occurred_on": F(N_("Date"), TECH, Shown.DATE),
        "address": F(N_("Address"), CONTACT),
        "result": F(N_("Result"), NOTE),
    },
}
