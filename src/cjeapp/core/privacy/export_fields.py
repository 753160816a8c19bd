"""What each part of a person's file is, for the copy given to them: the sections (the
tables that hold their information, with why the organization keeps it), the words for
each field, and the code list behind coded fields."""

from __future__ import annotations

from dataclasses import dataclass

from cjeapp.core.i18n import N_


@dataclass(frozen=True)
class Section:
    name: str  # the table
    title: str
    purpose: str
    parent: tuple[str, str] | None = None  # (parent table, column naming it): via a parent


SECTIONS = (
    Section("clients", N_("Identity and contact details"),
            N_("To know who you are, reach you and write your documents.")),
    Section("client_languages", N_("Languages"),
            N_("To speak with you in a language you understand and plan French courses.")),
    Section("household_members", N_("Household"),
            N_("To take your family's needs into account (school, housing, services).")),
    Section("consents", N_("Consents"),
            N_("To know what you allowed us to do with your information and with whom.")),
    Section("visits", N_("Visits"),
            N_("To welcome you at the desk and count the services of the office.")),
    Section("requests", N_("Requests"),
            N_("To answer your requests within the promised time.")),
    Section("appointments", N_("Appointments"),
            N_("To plan your meetings with the team.")),
    Section("needs_assessments", N_("Needs assessments"),
            N_("To understand your needs and build your action plan with you.")),
    Section("needs", N_("Needs noted"), N_("The needs named in each assessment."),
            parent=("needs_assessments", "assessment_id")),
    Section("action_plans", N_("Action plan"),
            N_("To follow the goals you set with your counsellor.")),
    Section("plan_items", N_("Goals of the plan"), N_("Each goal, its actions and its date."),
            parent=("action_plans", "plan_id")),
    Section("plan_changes", N_("Changes to the plan"), N_("What changed in the plan, and why."),
            parent=("action_plans", "plan_id")),
    Section("service_records", N_("Services received"),
            N_("To know what services you received and report them to the funder (MIFI) "
               "as your consent allows.")),
    Section("referrals", N_("Referrals"),
            N_("To refer you to partners when you agree, and follow up.")),
    Section("transport_requests", N_("Transport requests"),
            N_("To decide on transport help by the team's rules.")),
    Section("transport_trips", N_("Trips"), N_("The trips made for you."),
            parent=("transport_requests", "request_id")),
    Section("housing_requests", N_("Housing search"), N_("To help you find housing.")),
    Section("housing_steps", N_("Housing search steps"), N_("Each step of the search."),
            parent=("housing_requests", "request_id")),
    Section("enrolments", N_("Group activities"),
            N_("To enrol you in activities and attest your participation.")),
    Section("attendance", N_("Attendance"),
            N_("To attest the sessions you attended.")),
    Section("issued_documents", N_("Documents issued"),
            N_("To keep a register of the attestations and letters given to you, so they "
               "can be verified.")),
    Section("confidential_notes", N_("Counsellors' notes"),
            N_("To follow your situation from one meeting to the next.")),
    Section("privacy_requests", N_("Your requests about your information"),
            N_("To answer your requests under the law on personal information.")),
    Section("exchange_conflicts", N_("Two versions of your file to reconcile"),
            N_("When your file was changed at the office and on a counsellor's laptop at "
               "the same time, both versions are kept until the team decides which is "
               "right.")),
)

# Never given: internal keys to the search index and row versions.
HIDDEN = frozenset({"sort_key", "phone_digits", "version", "deleted_at", "content", "sha256"})
# Columns that name a staff member: given as the person's name.
STAFF_COLUMNS = frozenset({"assigned_counsellor_id", "counsellor_id", "recorded_by", "staff_id",
                           "author_id", "issued_by", "revoked_by", "decided_by", "taken_by",
                           "changed_by", "driver_id", "assigned_to", "updated_by",
                           "hub_by", "other_by", "resolved_by", "withdrawn_by"})

# (table or "*", column) -> code list.
CODED = {
    ("*", "service_type"): "service_types", ("appointments", "kind"): "appointment_kinds",
    ("privacy_requests", "kind"): "privacy_request_kinds", ("*", "purpose"): "consent_purposes",
    ("consents", "method"): "consent_methods", ("*", "area"): "plan_areas",
    ("plan_items", "status"): "plan_item_statuses", ("*", "region_code"): "regions",
    ("*", "immigration_category"): "immigration_categories",
    ("*", "immigration_status"): "immigration_statuses", ("*", "french_level"): "french_levels",
    ("*", "sex"): "sexes", ("*", "relationship"): "relationships",
    ("*", "school_need"): "school_needs", ("*", "need_code"): "needs",
    ("*", "priority"): "priorities", ("referrals", "outcome"): "referral_outcomes",
    ("transport_requests", "decision"): "transport_decisions",
    ("transport_requests", "proposed_decision"): "transport_decisions",
    ("*", "destination_kind"): "transport_destinations", ("*", "channel"): "request_channels",
    ("*", "place"): "appointment_places", ("*", "volet"): "pasi_volets",
    ("housing_steps", "kind"): "housing_steps", ("issued_documents", "kind"): "document_kinds",
}


def code_list(table: str, column: str) -> str | None:
    return CODED.get((table, column)) or CODED.get(("*", column))


LABELS = {
    "id": N_("Identifier"), "created_at": N_("Recorded on"), "updated_at": N_("Last changed on"),
    "updated_by": N_("Last changed by"), "first_name": N_("First name"),
    "last_name": N_("Last name"), "other_names": N_("Name in another script"),
    "birth_date": N_("Date of birth"), "sex": N_("Sex"), "gender": N_("Gender"),
    "country_of_birth": N_("Country of birth"), "citizenship": N_("Citizenship"),
    "preferred_language": N_("Language of documents"), "french_level": N_("French level"),
    "immigration_category": N_("Immigration category"),
    "immigration_status": N_("Immigration status"), "arrival_date": N_("Arrival in Quebec"),
    "mifi_client_number": N_("MIFI client number"), "phone": N_("Phone"),
    "email": N_("E-mail"), "address": N_("Address"), "municipality": N_("Municipality"),
    "region_code": N_("Region"), "household_id": N_("Household"),
    "assigned_counsellor_id": N_("Counsellor"), "office_id": N_("Office"),
    "has_sin": N_("Social insurance number obtained"),
    "has_ramq_card": N_("Health insurance card obtained"),
    "has_drivers_licence": N_("Driver's licence obtained"),
    "has_bank_account": N_("Bank account opened"), "first_contact_on": N_("First contact"),
    "intake_gaps_reason": N_("Why information was left for later"),
    "client_id": N_("Person"), "language_code": N_("Language"),
    "is_mother_tongue": N_("Mother tongue"), "relationship": N_("Relationship"),
    "school_need": N_("School need"), "school_name": N_("School"), "notes": N_("Notes"),
    "purpose": N_("Purpose"), "partner_id": N_("Partner"), "given_on": N_("Given on"),
    "recorded_by": N_("Recorded by"), "method": N_("How it was given"),
    "language": N_("Language"), "expires_on": N_("Expires on"),
    "withdrawn_on": N_("Withdrawn on"), "arrived_at": N_("Arrived at"),
    "taken_at": N_("Seen at"), "taken_by": N_("Seen by"), "closed_at": N_("Closed at"),
    "reason": N_("Reason"), "channel": N_("How it came"), "received_at": N_("Received at"),
    "due_at": N_("Due at"), "subject": N_("Subject"), "source_text": N_("Text received"),
    "answered_at": N_("Answered at"), "answer": N_("Answer"), "kind": N_("Kind"),
    "starts_at": N_("Starts at"), "ends_at": N_("Ends at"), "place": N_("Place"),
    "counsellor_id": N_("Counsellor"), "status": N_("Status"),
    "cancel_reason": N_("Why it was cancelled"), "assessed_on": N_("Assessed on"),
    "reminded_at": N_("Called as a reminder on"),
    "need_code": N_("Need"), "priority": N_("Priority"), "assessment_id": N_("Assessment"),
    "started_on": N_("Started on"), "revision": N_("Revision"), "area": N_("Area"),
    "goal": N_("Goal"), "actions": N_("Actions"), "responsible": N_("Who"),
    "target_date": N_("By"), "abandon_reason": N_("Why it was abandoned"),
    "next_follow_up": N_("Next follow-up"), "description": N_("Description"),
    "changed_by": N_("Changed by"), "service_type": N_("Service"), "volet": N_("PASI volet"),
    "delivered_on": N_("Date"), "duration_minutes": N_("Minutes"), "mode": N_("Mode"),
    "staff_id": N_("Staff member"), "referred_on": N_("Referred on"),
    "outcome": N_("Outcome"), "outcome_on": N_("Outcome on"),
    "destination_kind": N_("Destination"), "destination_name": N_("Where"),
    "needed_at": N_("Needed at"), "decision": N_("Decision"),
    "decision_reason": N_("Why this decision"), "decided_by": N_("Decided by"),
    "decided_at": N_("Decided at"), "trip_date": N_("Date of the trip"),
    "kilometres": N_("Kilometres"), "vehicle": N_("Vehicle"), "driver_id": N_("Driver"),
    "opened_on": N_("Opened on"), "closed_on": N_("Closed on"),
    "household_size": N_("Household size"), "monthly_budget": N_("Monthly budget"),
    "area_wanted": N_("Area wanted"), "has_pets": N_("Pets"),
    "needs_accessibility": N_("Accessibility needed"), "occurred_on": N_("Date"),
    "result": N_("Result"), "activity_id": N_("Activity"), "enrolled_at": N_("Enrolled at"),
    "completed": N_("Completed"), "waitlist_position": N_("Place on the waiting list"),
    "present": N_("Present"), "number": N_("Number"),
    "verification_code": N_("Verification code"), "issued_at": N_("Issued at"),
    "issued_by": N_("Issued by"), "revoked_at": N_("Revoked at"),
    "revoke_reason": N_("Why it was revoked"), "period_from": N_("From"),
    "period_to": N_("To"), "body": N_("Note"), "author_id": N_("Written by"),
    "requester": N_("Asked by"), "received_on": N_("Received on"), "due_on": N_("Answer due by"),
    "details": N_("Details"), "answered_on": N_("Answered on"),
    "withheld_reason": N_("Why part of the file was withheld"),
    "assigned_to": N_("Assigned to"), "constraints": N_("Constraints"),
    "counsellor_presence_needed": N_("Counsellor to be present"), "deadline": N_("Deadline"),
    "destroyed_on": N_("File destroyed on"), "expected_answer_on": N_("Answer expected by"),
    "interpreter_language": N_("Interpreter's language"),
    "interpreter_needed": N_("Interpreter needed"),
    "needs_public_transit": N_("Near public transit"), "passengers": N_("Passengers"),
    "proposed_decision": N_("Proposed decision"), "revoked_by": N_("Revoked by"),
    "signed_at": N_("Signed on"), "withdrawn_by": N_("Withdrawn by"),
    "hub_value": N_("Version at the office"), "other_value": N_("Version on the laptop"),
    "hub_at": N_("Changed at the office on"), "other_at": N_("Changed on the laptop on"),
    "hub_by": N_("Changed at the office by"), "other_by": N_("Changed on the laptop by"),
    "resolution": N_("Version kept"), "resolved_at": N_("Decided on"),
    "resolved_by": N_("Decided by"),
}

# Values of the reconciliation of two versions, in words.
RESOLUTIONS = {"hub": N_("the office's"), "other": N_("the laptop's")}
CONFLICT_KINDS = {
    "field": N_("changed at the office and on a laptop"),
    "deletion": N_("deleted on one side, changed on the other"),
    "booking": N_("two appointments at the same time"),
    "capacity": N_("more people enrolled than places"),
    "same_person": N_("perhaps one person with two files"),
}

# Status values of records that have no code list, in words.
STATUSES = {
    "waiting": N_("waiting"), "in_progress": N_("in progress"), "closed": N_("closed"),
    "left": N_("left before being seen"), "booked": N_("booked"), "attended": N_("attended"),
    "no_show": N_("did not come"), "cancelled": N_("cancelled"), "open": N_("open"),
    "answered": N_("answered"), "enrolled": N_("enrolled"), "waitlisted": N_("waiting list"),
    "withdrawn": N_("withdrawn"), "active": N_("active"), "searching": N_("searching"),
    "lease_signed": N_("lease signed"), "abandoned": N_("abandoned"),
}
