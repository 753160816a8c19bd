"""Every public function of core that works on the database is held against this matrix.

A new function without an entry fails ``test_every_core_function_is_in_the_matrix``; each
entry with a permission is called by every role (and by someone whose password was reset)
with placeholder arguments: those without the permission must be refused before anything
else happens, those with it must not be refused."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from collections.abc import Iterator
from typing import Any

import pytest

import cjeapp.core as core
from cjeapp.core.db.database import Database
from cjeapp.core.errors import PasswordChangeRequired
from cjeapp.core.errors import PermissionDenied
from cjeapp.core.ids import UserId
from cjeapp.core.permissions import ROLE_PERMISSIONS
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.permissions import Role

pytestmark = pytest.mark.filterwarnings("ignore:fully NULL primary key")
P = Permission
SIGNED_IN = "any signed-in staff member"
OWN_ACCOUNT = "the signed-in person's own account"

# module.function -> what it takes to call it
# A permission, every permission of a set (a function that needs two), or why none is
# checked here.
MATRIX: dict[str, Permission | frozenset[Permission] | str] = {
    "backups.automatic.set_backup_policy": P.SETTINGS_ADMIN,
    "backups.automatic.list_backups": P.SETTINGS_ADMIN,
    "backups.automatic.restore_backup": P.SETTINGS_ADMIN,
    "backups.server_copy.back_up_server": P.SETTINGS_ADMIN,
    "backups.automatic.backup_status": SIGNED_IN,
    "backups.automatic.backup_due": SIGNED_IN,
    "backups.automatic.make_backup": SIGNED_IN,
    "agenda.appointments.agenda": P.APPOINTMENT_WRITE,
    "agenda.today.today": SIGNED_IN,
    "agenda.appointments.appointments_by_id": P.CLIENT_READ,
    "agenda.appointments.book": P.APPOINTMENT_WRITE,
    "agenda.appointments.cancel": P.APPOINTMENT_WRITE,
    "agenda.appointments.free_slots": P.APPOINTMENT_WRITE,
    "agenda.appointments.mark": P.APPOINTMENT_WRITE,
    "agenda.appointments.reschedule": P.APPOINTMENT_WRITE,
    "agenda.exports.counsellor_ics": P.APPOINTMENT_WRITE,
    "agenda.exports.counsellor_named": P.APPOINTMENT_WRITE,
    "agenda.exports.day_sheet_pdf": P.APPOINTMENT_WRITE,
    "agenda.reminders.mark_called": P.APPOINTMENT_WRITE,
    "agenda.reminders.reminders": P.APPOINTMENT_WRITE,
    "agenda.reminders.reminders_pdf": P.APPOINTMENT_WRITE,
    "agenda.reminders.reminders_xlsx": P.APPOINTMENT_WRITE,
    "agenda.slip.appointment_slip": P.APPOINTMENT_WRITE,
    "agenda.followups.board": P.CASEWORK_WRITE,
    "agenda.followups.loads": P.CASEWORK_WRITE,
    "calendar.deadlines.save_calendar": P.SETTINGS_ADMIN,
    "casework.assessments.latest_assessment": P.CASEWORK_WRITE,
    "casework.assessments.save_assessment": P.CASEWORK_WRITE,
    "casework.assessments.sign_assessment": P.CASEWORK_WRITE,
    "casework.partners.list_partners": P.CLIENT_READ,
    "casework.partners.remove_partner": P.PARTNER_WRITE,
    "casework.partners.save_partner": P.PARTNER_WRITE,
    "casework.plans.active_plan": P.CASEWORK_WRITE,
    "casework.plans.add_item": P.CASEWORK_WRITE,
    "casework.plans.history": P.CASEWORK_WRITE,
    "casework.plans.items_from_assessment": P.CASEWORK_WRITE,
    "casework.plans.plan_items": P.CASEWORK_WRITE,
    "casework.plans.open_items": P.CASEWORK_WRITE,
    "casework.plans.plan_pdf": P.CASEWORK_WRITE,
    "casework.plans.revise_plan": P.CASEWORK_WRITE,
    "casework.plans.update_item": P.CASEWORK_WRITE,
    "casework.referrals.refer": P.CASEWORK_WRITE,
    "casework.referrals.referrals_of": P.CASEWORK_WRITE,
    "casework.referrals.set_outcome": P.CASEWORK_WRITE,
    "casework.service_records.record_service": P.CASEWORK_WRITE,
    "casework.service_records.services_of": P.CASEWORK_WRITE,
    "casework.service_records.volet_of": P.CASEWORK_WRITE,
    "documents.batches.batch_count": P.DOCUMENT_ISSUE,
    "exchange.conflicts.list_conflicts": P.EXCHANGE_ADMIN,
    "exchange.conflicts.resolve_conflict": P.EXCHANGE_ADMIN,
    "exchange.conflicts.settle_rule_conflicts": P.EXCHANGE_ADMIN,
    "org.settings.write_value": P.SETTINGS_ADMIN,  # but a laptop's own backup folder
    "exchange.packages.export_changes": P.EXCHANGE,
    "findings.listing.list_findings": P.CLIENT_READ,
    "exchange.packages.import_file": P.EXCHANGE,
    "exchange.replicas.list_replicas": P.EXCHANGE,
    "exchange.replicas.laptop_status": "where a laptop's exchange stands: nothing (None) for "
                                       "who does not exchange",
    "exchange.packages.import_changes": P.EXCHANGE,
    "exchange.replicas.create_replica": P.EXCHANGE_ADMIN,
    "exchange.replicas.retire_replica": P.EXCHANGE_ADMIN,
    "documents.batches.participation_batch": P.DOCUMENT_ISSUE,
    # Reception gives and reprints collection notices; the kind decides beyond that.
    "documents.issuing.documents_of": P.CLIENT_READ,
    "documents.issuing.issue": P.CLIENT_WRITE,
    "documents.issuing.issue_collection_notice": P.CLIENT_WRITE,
    "documents.issuing.notice_draft": P.CLIENT_WRITE,
    "documents.issuing.participation_draft": P.DOCUMENT_ISSUE,
    "documents.issuing.preview": P.CLIENT_WRITE,
    "documents.issuing.referral_draft": P.DOCUMENT_ISSUE,
    "documents.issuing.reprint": P.CLIENT_WRITE,
    "documents.issuing.revoke": P.DOCUMENT_ISSUE,
    "documents.issuing.services_draft": P.DOCUMENT_ISSUE,
    "groups.activities.activities": P.CLIENT_READ,
    "groups.activities.activities_of_client": P.CLIENT_READ,
    "groups.activity_list.activity_rows": P.CLIENT_READ,
    "groups.activities.add_session": P.ACTIVITY_WRITE,
    "groups.activities.create_activity": P.ACTIVITY_WRITE,
    "groups.activities.eligible_for_allowance": P.ACTIVITY_WRITE,
    "groups.activities.enrol": P.ACTIVITY_WRITE,
    "groups.activities.participants": P.CLIENT_READ,
    "groups.activities.record_attendance": P.ACTIVITY_WRITE,
    "groups.activities.sessions_of": P.CLIENT_READ,
    "groups.activities.withdraw": P.ACTIVITY_WRITE,
    "groups.activities.to_waiting_list": P.ACTIVITY_WRITE,
    "groups.activity_documents.attendance_sheet_pdf": P.ACTIVITY_WRITE,
    "groups.activity_documents.eligible_pdf": P.ACTIVITY_WRITE,
    "groups.activity_documents.eligible_xlsx": P.ACTIVITY_WRITE,
    "org.organization.add_office": P.SETTINGS_ADMIN,
    "org.organization.set_letterhead_image": P.SETTINGS_ADMIN,
    "org.organization.update_organization": P.SETTINGS_ADMIN,
    "org.settings.set_lock_minutes": P.SETTINGS_ADMIN,
    "org.settings.set_value": P.SETTINGS_ADMIN,
    "org.settings.set_verify_url": P.SETTINGS_ADMIN,
    "imports.batches.list_batches": P.DATA_IMPORT,
    "imports.batches.undo_batch": P.DATA_IMPORT,
    "imports.mappings.save_mapping": P.DATA_IMPORT,
    "imports.mappings.saved_mappings": P.DATA_IMPORT,
    "imports.people.dry_run": P.DATA_IMPORT,
    "imports.people.import_people": frozenset({P.DATA_IMPORT, P.CLIENT_WRITE}),
    "imports.people.side_by_side": frozenset({P.DATA_IMPORT, P.CLIENT_READ}),
    "imports.services.dry_run": frozenset({P.DATA_IMPORT, P.CASEWORK_WRITE}),
    "imports.services.import_services": frozenset({P.DATA_IMPORT, P.CASEWORK_WRITE}),
    "imports.attendance.dry_run": frozenset({P.DATA_IMPORT, P.ACTIVITY_WRITE}),
    "imports.attendance.import_attendance": frozenset({P.DATA_IMPORT, P.ACTIVITY_WRITE}),
    "imports.partners.dry_run": frozenset({P.DATA_IMPORT, P.PARTNER_WRITE}),
    "imports.partners.import_partners": frozenset({P.DATA_IMPORT, P.PARTNER_WRITE}),
    "imports.runners.dry_run": P.DATA_IMPORT,
    "imports.rows.write_checked": P.DATA_IMPORT,
    "imports.runners.run_import": P.DATA_IMPORT,
    "imports.words.choices": P.DATA_IMPORT,
    "imports.words.untranslated": P.DATA_IMPORT,
    "imports.words.named_in_database": P.DATA_IMPORT,
    "imports.kind_fields.kinds_for": "says which kinds the actor may import (none without "
                                     "DATA_IMPORT); reads nothing",
    "people.client_list.client_page": P.CLIENT_READ,
    "people.client_list.count_clients": P.CLIENT_READ,
    "people.clients.create_client": P.CLIENT_WRITE,
    "people.clients.delete_client": P.CLIENT_DELETE,
    "people.clients.open_client": P.CLIENT_READ,
    "people.clients.update_client": P.CLIENT_WRITE,
    "people.consents.list_consents": P.CLIENT_READ,
    "people.consents.record_consent": P.CONSENT_WRITE,
    "people.consents.withdraw_consent": P.CASEWORK_WRITE,
    "people.households.add_dependant": P.CLIENT_WRITE,
    "people.households.link_file": P.CLIENT_WRITE,
    "people.households.members": P.CLIENT_READ,
    "people.households.remove_member": P.CASEWORK_WRITE,
    "people.notes.add_note": P.CONFIDENTIAL_WRITE,
    "people.notes.list_notes": P.CONFIDENTIAL_READ,
    "people.timeline.client_appointments": P.CLIENT_READ,
    "people.timeline.client_requests": P.CLIENT_READ,
    "people.timeline.client_timeline": P.CLIENT_READ,
    "reception.requests.close_request": P.CASEWORK_WRITE,
    "reception.requests.open_request": P.CLIENT_WRITE,
    "reception.visits.check_in": P.VISIT_WRITE,
    "reception.visits.close": P.VISIT_TAKE,
    "reception.visits.left_without_service": P.VISIT_WRITE,
    "reception.visits.take": P.VISIT_TAKE,
    "reception.visits.visits_of_day": P.VISIT_WRITE,
    "reception.visits.queue_mark": P.CLIENT_READ,
    "reporting.board.board": P.REPORT_READ,
    "reporting.board.board_choices": P.REPORT_READ,
    "reporting.board_export.export_board": P.REPORT_READ,
    "reporting.board_lists.records_behind": frozenset({P.REPORT_READ, P.CLIENT_READ}),
    "reporting.dashboard.dashboard": P.REPORT_READ,
    "reporting.keys.public_key_for": P.FUNDER_EXPORT,
    "reporting.keys.believed_public_pem": "a public key, the one the person believes",
    "reporting.keys.public_keys_pem": "public keys, the one the person believes first",
    "reporting.keys.checking_keys": "public keys, the one the person believes first",
    "custody.keeping.vouch_for": "whom holds the organization's signing key (refused in a "
                                 "sentence otherwise), for a colleague their role is for",
    "custody.keeping.waiting_for_keys": "an empty list for whom holds nothing to vouch with",
    "custody.taking_up.take_up": "the secrets the person's own password opens, at their sign-in "
                               "(nothing under a one-time password)",
    "custody.taking_up.rewrap": "the person's own key pairs, under the password they chose",
    "reporting.keys.signing_key": "the signing key as this person holds it: none, refused in "
                                  "a sentence",
    "reporting.operations.operations": P.REPORT_READ,
    "reporting.package.build": P.FUNDER_EXPORT,
    "reporting.package.next_sequence": P.FUNDER_EXPORT,
    "reporting.validation.validate_period": P.REPORT_READ,
    "reporting.person_check.check_form": P.CLIENT_READ,
    "search.finder.client_names": P.CLIENT_READ,
    "search.finder.likely_duplicates": P.CLIENT_READ,
    "search.finder.search_clients": P.CLIENT_READ,
    "staff.accounts.change_own_password": OWN_ACCOUNT,
    "staff.accounts.change_staff_role": P.USER_ADMIN,
    "staff.accounts.set_title_form": P.USER_ADMIN,
    "staff.accounts.set_privacy_officer": P.USER_ADMIN,
    "privacy.incidents.record_incident": P.PRIVACY_ADMIN,
    "privacy.incidents.update_incident": P.PRIVACY_ADMIN,
    "privacy.incidents.list_incidents": P.PRIVACY_ADMIN,
    "privacy.incidents.register_csv": P.PRIVACY_ADMIN,
    "privacy.audit_viewer.browse": P.AUDIT_READ,
    "privacy.requests.record_request": P.PRIVACY_ADMIN,
    "privacy.requests.answer_request": P.PRIVACY_ADMIN,
    "privacy.requests.note_withheld": P.PRIVACY_ADMIN,
    "privacy.requests.list_requests": P.PRIVACY_ADMIN,
    "privacy.requests.changes_since_request": P.PRIVACY_ADMIN,
    "privacy.audit_viewer.changes_after": P.PRIVACY_ADMIN,
    "privacy.person_export.make": P.PRIVACY_ADMIN,
    "privacy.retention.due_files": P.PRIVACY_ADMIN,
    "privacy.retention.destroy": P.PRIVACY_ADMIN,
    "privacy.retention.destructions": P.PRIVACY_ADMIN,
    "privacy.retention.set_retention_years": P.PRIVACY_ADMIN,
    "privacy.audit_viewer.actions": P.AUDIT_READ,
    "privacy.audit_viewer.chain_verdict": P.AUDIT_READ,
    "privacy.audit_viewer.export_csv": P.AUDIT_READ,
    "staff.accounts.confirm_password": OWN_ACCOUNT,
    "staff.accounts.create_staff": P.USER_ADMIN,
    "staff.accounts.list_counsellors": SIGNED_IN,
    "staff.accounts.list_staff": SIGNED_IN,
    "staff.accounts.reset_password": P.USER_ADMIN,
    "staff.accounts.set_staff_active": P.USER_ADMIN,
    "staff.accounts.unlock_account": P.USER_ADMIN,
    "staff.refused_sign_ins.refused_sign_ins": P.USER_ADMIN,
    "privacy.seal.make_seal": P.PRIVACY_ADMIN,
    "transport_housing.housing.add_step": P.CASEWORK_WRITE,
    "transport_housing.housing.figures": P.CASEWORK_WRITE,
    "transport_housing.housing.open_request": P.CASEWORK_WRITE,
    "transport_housing.housing.requests_of": P.CASEWORK_WRITE,
    "transport_housing.transport.decide": P.TRANSPORT_DECIDE,
    "transport_housing.transport.evaluate": P.CASEWORK_WRITE,
    "transport_housing.transport.move_rule": P.TRANSPORT_RULES,
    "transport_housing.transport.request_transport": P.CASEWORK_WRITE,
    "transport_housing.transport.requests_of": P.CASEWORK_WRITE,
    "transport_housing.transport.rules": P.CLIENT_READ,
    "transport_housing.transport.save_rule": P.TRANSPORT_RULES,
    "transport_housing.transport_trips.figures": P.TRANSPORT_DECIDE,
    "transport_housing.transport_trips.mileage": P.TRANSPORT_DECIDE,
    "transport_housing.transport_trips.mileage_pdf": P.TRANSPORT_DECIDE,
    "transport_housing.transport_trips.mileage_xlsx": P.TRANSPORT_DECIDE,
    "transport_housing.transport_trips.trips_of_month": P.TRANSPORT_DECIDE,
    "transport_housing.transport_trips.set_rate": P.SETTINGS_ADMIN,
    "transport_housing.transport_trips.record_trip": P.TRANSPORT_DECIDE,
}

# Functions that take the database but no actor, and why that is right.
WITHOUT_ACTOR: dict[str, str] = {
    "agenda.reminders.next_working_day": "the day after today the organization is open",
    "backups.automatic.backup_policy": "where the organization's backups go, how many kept",
    "backups.automatic.folder_of": "the folder backups go to",
    "staff.opening.report_failures_before_open":
        "run while opening, before anyone is signed in: writes failed openings to the log",
    "calendar.office_hours.opening_hours": "the office's hours, no one's data",
    "privacy.retention.retention_years": "the organization's retention period, no one's data",
    "calendar.office_hours.next_opening": "the office's next opening, no one's data",
    "calendar.deadlines.closures": "the organization's closing days",
    "calendar.deadlines.deadline_setting": "a delay the organization chose",
    "calendar.deadlines.first_meeting_due": "date arithmetic on the organization's calendar",
    "calendar.deadlines.first_meeting_rule": "date arithmetic on the organization's calendar",
    "calendar.deadlines.follow_up_due": "date arithmetic on the organization's calendar",
    "calendar.deadlines.organization_calendar": "the organization's calendar",
    "calendar.deadlines.request_due": "date arithmetic on the organization's calendar",
    "documents.issuing.letterhead": "internal: the organization's letterhead, in a session",
    "documents.issuing.register_draft": "internal: called by issue, reprint and batches "
                                        "inside their own checked unit of work",
    "documents.issuing.verify": "says whether a file someone holds is genuine; shows only "
                                "the number and date printed on that file",
    "documents.register.next_number": "internal: numbering, in a session",
    "groups.activities.update_completion": "internal: recomputed inside the checked unit of "
                                           "work of attendance (taken or imported) and undo",
    "exchange.packages.own_replica": "internal: inside the checked export and import",
    "exchange.refusals.list_refusal": "internal: inside the checked import",
    "exchange.heads.add_heads": "internal: inside the checked export",
    "exchange.marks.bases_of": "internal: inside the checked export and import",
    "exchange.leaving.leave_share": "internal: inside the checked import, on a laptop",
    "exchange.refusals.refusals_for": "internal: inside the checked export",
    "staff.second_person.confirmer_ever": "whether a director or privacy officer ever "
                                          "existed: inside the checked account changes",
    "backups.automatic.on_a_laptop": "whether this database is a laptop: no personal data",
    "exchange.packages.outgoing": "internal: inside the checked export and count",
    "exchange.replicas.hub_of": "internal: inside the checked registration of a laptop",
    "exchange.left_share.forget_those_who_left": "internal: inside the checked import",
    "org.organization.get_organization": "the organization's own identity",
    "org.organization.list_offices": "the organization's offices",
    "org.organization.office_region": "the region of an office (to preselect it at intake)",
    "transport_housing.transport_trips.rate_on": "the rate per kilometre the organization set",
    "org.organization.organization_name": "the organization's name",
    "org.settings.get_value": "organization settings; the private keys are refused",
    "org.settings.lock_minutes": "a setting",
    "people.consents.has_consent": "internal: a rule referrals apply after their own check",
    "imports.merging.merge_into": "internal: one row of the checked import of people",
    "reporting.keys.public_key_pem": "a public key",
    "reporting.funder_fields.active_profile": "the organization's reporting profile, which "
                                              "holds no one's data",
    "reporting.funder_fields.counsellor_required": "the organization's policy, a yes or no",
    "reporting.funder_fields.asked_fields": "the names of the fields the profile and the "
                                            "policy require",
    "fields.funder.asked": "the field registry's names of the fields the profile and the "
                           "policy require",
    "fields.funder.is_required": "whether the profile or the policy requires one field",
    "reporting.board_measures.measure": "internal: the numbers of board(), which checks "
                                        "REPORT_READ",
    "reporting.board_measures.desk_measures": "internal: the numbers of operations(), which "
                                              "checks REPORT_READ",
    "reporting.board_labels.sections_of": "internal: the words of board(), which checks "
                                          "REPORT_READ",
    "reporting.board_labels.caseload_of": "internal: the words of board(), which checks "
                                          "REPORT_READ",
    "reporting.keys.notice_public_pem": "a public key",
    "reporting.keys.document_key_in": "internal: a document is signed inside its issuing",
    "custody.taking_up.let_go": "internal: the last step of a checked password reset",
    "custody.keeping.is_laptop": "whether this database is a laptop's",
    "custody.keeping.vouch_for_account": "internal: the confirmed second person's own keys",
    "custody.keeping.vouch_for_own": "internal: key pairs the person's own password opened",
    "custody.taking_up.escrow_to_recovery": "the recovery key's public half, at set-up",
    "custody.keeping.published": "a public key",
    "custody.keeping.look_after": "internal: hands on only what the person holds, to whom "
                                  "it is for",
    "custody.taking_up.new_holder": "internal: a key pair under the person's own password",
    "custody.keeping.refresh": "internal: opens only what is sealed to the person's own "
                               "key pairs",
    "custody.keeping.seal_plain_notes": "internal: seals notes with a key the person holds",
    "custody.taking_up.set_up_for": "the demo's accounts, with their own passwords",
    "org.settings.verify_url": "a public web address printed on documents",
    "staff.accounts.initialize": "first run only: refused once an account exists",
    "staff.accounts.needs_first_run": "whether any account exists",
    "staff.accounts.sign_in": "the way in",
    "staff.accounts.sign_in_proven": "the way in, once the password opened the file or "
                                     "the person's own server login",
    "staff.account_writes.create": "internal: the last step of the checked account services",
    "staff.account_writes.change": "internal: the last step of the checked account services",
    "staff.account_writes.set_password": "internal: the last step of the checked account "
                                         "services",
    "org.setting_writes.put": "internal: the last step of the checked settings services",
    "staff.throttle.forget": "internal to sign-in, in a session",
    "staff.throttle.locked_until": "internal to sign-in, in a session",
    "staff.throttle.record_failure": "internal to sign-in, in a session",
}

_SKIPPED = ("cjeapp.core.db", "cjeapp.core.models", "cjeapp.core.demo", "cjeapp.core.writers",
            "cjeapp.core.unit_of_work")


def _core_functions() -> Iterator[tuple[str, Callable[..., Any]]]:
    for module_info in pkgutil.walk_packages(core.__path__, "cjeapp.core."):
        if module_info.name.startswith(_SKIPPED):
            continue
        module = importlib.import_module(module_info.name)
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or function.__module__ != module_info.name:
                continue
            parameters = set(inspect.signature(function).parameters)
            if parameters & {"db", "session", "uow", "actor"}:
                yield f"{module_info.name.removeprefix('cjeapp.core.')}.{name}", function


FUNCTIONS = dict(_core_functions())


def test_every_core_function_is_in_the_matrix() -> None:
    with_actor = {name for name, function in FUNCTIONS.items()
                  if "actor" in inspect.signature(function).parameters}
    assert sorted(with_actor - set(MATRIX)) == [], "add these to MATRIX"
    assert sorted(set(FUNCTIONS) - with_actor - set(WITHOUT_ACTOR)) == [], \
        "give these an actor and a permission, or say in WITHOUT_ACTOR why they need none"
    assert sorted((set(MATRIX) | set(WITHOUT_ACTOR)) - set(FUNCTIONS)) == [], "stale entries"


def _actor(role: Role, *, reset: bool = False) -> Actor:
    return Actor(user_id=UserId("someone"), username="someone", full_name="Someone",
                 role=role, must_change_password=reset)


def _call(function: Callable[..., Any], db: Database, actor: Actor) -> BaseException | None:
    """Call with placeholder arguments; what it raised (None when it returned)."""
    arguments: dict[str, Any] = {}
    for name, parameter in inspect.signature(function).parameters.items():
        if name == "db":
            arguments[name] = db
        elif name == "actor":
            arguments[name] = actor
        elif parameter.default is inspect.Parameter.empty:
            arguments[name] = None
    try:
        function(**arguments)
    except Exception as error:  # which error it was is what the test looks at
        return error
    return None


CHECKED = sorted(name for name, needed in MATRIX.items()
                 if isinstance(needed, Permission | frozenset))


@pytest.mark.parametrize("name", CHECKED)
def test_each_role_is_refused_or_let_through_as_the_matrix_says(db: Database,
                                                                 name: str) -> None:
    needed = MATRIX[name]
    assert isinstance(needed, Permission | frozenset)
    wanted = {needed} if isinstance(needed, Permission) else needed
    for role in Role:
        raised = _call(FUNCTIONS[name], db, _actor(role))
        refused = isinstance(raised, PermissionDenied)
        assert refused == (not wanted <= ROLE_PERMISSIONS[role]), (name, role.value, raised)
        after_reset = _call(FUNCTIONS[name], db, _actor(role, reset=True))
        assert isinstance(after_reset, PasswordChangeRequired), (name, role.value)


@pytest.mark.parametrize("name", sorted(n for n, needed in MATRIX.items() if needed == SIGNED_IN))
def test_what_everyone_may_do_still_waits_for_a_new_password(db: Database, name: str) -> None:
    assert isinstance(_call(FUNCTIONS[name], db, _actor(Role.RECEPTION, reset=True)),
                      PasswordChangeRequired)


def test_no_administrator_path_to_case_notes() -> None:
    """The administrator keeps accounts and settings; nothing that shows case content."""
    administrator = ROLE_PERMISSIONS[Role.ADMINISTRATOR]
    for case_content in (P.CONFIDENTIAL_READ, P.CASEWORK_WRITE, P.DOCUMENT_ISSUE,
                         P.FUNDER_EXPORT):
        assert case_content not in administrator
