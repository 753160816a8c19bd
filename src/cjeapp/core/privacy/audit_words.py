"""The audit log's actions and kinds of records in words, for what the core writes of it
(the audit CSV) in the reader's language; an unknown one is said as « another action »
or « another record », never by the program's name."""

from __future__ import annotations

from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext

ACTIONS = {
    "create": N_("created"),
    "update": N_("changed"),
    "delete": N_("deleted"),
    "view": N_("read"),
    "preview": N_("previewed"),
    "print": N_("printed"),
    "export": N_("exported"),
    "sign_in": N_("signed in"),
    "sign_in_failed": N_("sign-in failed"),
    "sign_in_locked": N_("sign-in while locked"),
    "open_failed": N_("opening failed"),
    "unlock": N_("unlocked"),
    "reset_password": N_("password reset"),
    "change_password": N_("password changed"),
    "recover_account": N_("recovery key used"),
    "encrypt_database": N_("database encrypted"),
    "import": N_("import"),
    "backup": N_("backed up"),
    "restore": N_("restored from a backup"),
    "seal": N_("sealed"),
    "erase_details": N_("details erased"),
    "destroy": N_("file destroyed"),
    "exchange_apply": N_("changed by an exchange"),
    "exchange_export": N_("exchange file written"),
    "exchange_import": N_("exchange file imported"),
    "replica_create": N_("laptop registered"),
    "replica_retire": N_("laptop retired"),
    "second_person": N_("confirmed by a second person"),
    "undo_import": N_("import undone"),
    "server_login": N_("server login given"),
    "rewrap": N_("key pair resealed"),
    "withdraw": N_("key copy withdrawn"),
    "make_key": N_("key made"),
    "rotate_key": N_("notes key renewed"),
    "seal_notes": N_("notes sealed"),
    "sealed_away": N_("key taken out of settings"),
    "vouch": N_("key pair vouched for"),
}
RECORDS = {
    "action_plans": N_("action plan"),
    "activities": N_("activity"),
    "activity_sessions": N_("activity session"),
    "appointments": N_("appointment"),
    "attendance": N_("attendance"),
    "audit_log": N_("audit log"),
    "client_languages": N_("language"),
    "clients": N_("person's file"),
    "confidential_notes": N_("confidential note"),
    "confidentiality_incidents": N_("confidentiality incident"),
    "consents": N_("consent"),
    "enrolments": N_("enrolment"),
    "funder_packages": N_("funder package"),
    "household_members": N_("household member"),
    "households": N_("household"),
    "housing_requests": N_("housing search"),
    "housing_steps": N_("housing step"),
    "issued_documents": N_("document"),
    "needs": N_("need"),
    "needs_assessments": N_("needs assessment"),
    "offices": N_("office"),
    "organizations": N_("organization"),
    "partners": N_("partner"),
    "plan_changes": N_("plan change"),
    "plan_items": N_("plan item"),
    "referrals": N_("referral"),
    "requests": N_("request"),
    "service_records": N_("service"),
    "settings": N_("setting"),
    "transport_requests": N_("transport request"),
    "transport_rules": N_("transport rule"),
    "transport_trips": N_("trip"),
    "users": N_("staff account"),
    "visits": N_("visit"),
    "privacy_requests": N_("request about personal information"),
    "demo": N_("demonstration data"),
    "database": N_("database"),
    "key_holders": N_("staff member's key pair"),
    "key_grants": N_("sealed copy of a key"),
}


def action_words(action: str, language: str | None = None) -> str:
    return gettext(ACTIONS.get(action, N_("another action")), language)


def record_words(entity: str, language: str | None = None) -> str:
    return gettext(RECORDS.get(entity, N_("another record")), language)
