"""What each part of a person's file is, for the copy given to them: the sections (the
tables that hold their information, with why the organization keeps it). What each field
is called and how its value reads are the field registry's (``cjeapp.core.fields``)."""

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
