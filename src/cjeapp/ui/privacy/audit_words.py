"""The audit log's actions and record kinds in words, for every screen that shows entries
(the audit log, a request's changes); an unknown one shows as it was written."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("AuditWords", "created"),
    "update": QT_TRANSLATE_NOOP("AuditWords", "changed"),
    "delete": QT_TRANSLATE_NOOP("AuditWords", "deleted"),
    "view": QT_TRANSLATE_NOOP("AuditWords", "read"),
    "preview": QT_TRANSLATE_NOOP("AuditWords", "previewed"),
    "print": QT_TRANSLATE_NOOP("AuditWords", "printed"),
    "export": QT_TRANSLATE_NOOP("AuditWords", "exported"),
    "sign_in": QT_TRANSLATE_NOOP("AuditWords", "signed in"),
    "sign_in_failed": QT_TRANSLATE_NOOP("AuditWords", "sign-in failed"),
    "sign_in_locked": QT_TRANSLATE_NOOP("AuditWords", "sign-in while locked"),
    "open_failed": QT_TRANSLATE_NOOP("AuditWords", "opening failed"),
    "unlock": QT_TRANSLATE_NOOP("AuditWords", "unlocked"),
    "reset_password": QT_TRANSLATE_NOOP("AuditWords", "password reset"),
    "change_password": QT_TRANSLATE_NOOP("AuditWords", "password changed"),
    "recover_account": QT_TRANSLATE_NOOP("AuditWords", "recovery key used"),
    "encrypt_database": QT_TRANSLATE_NOOP("AuditWords", "database encrypted"),
    "import": QT_TRANSLATE_NOOP("AuditWords", "import"),
    "backup": QT_TRANSLATE_NOOP("AuditWords", "backed up"),
    "restore": QT_TRANSLATE_NOOP("AuditWords", "restored from a backup"),
    "seal": QT_TRANSLATE_NOOP("AuditWords", "sealed"),
    "erase_details": QT_TRANSLATE_NOOP("AuditWords", "details erased"),
    "destroy": QT_TRANSLATE_NOOP("AuditWords", "file destroyed"),
    "exchange_apply": QT_TRANSLATE_NOOP("AuditWords", "changed by an exchange"),
    "exchange_export": QT_TRANSLATE_NOOP("AuditWords", "exchange file written"),
    "exchange_import": QT_TRANSLATE_NOOP("AuditWords", "exchange file imported"),
    "replica_create": QT_TRANSLATE_NOOP("AuditWords", "laptop registered"),
    "replica_retire": QT_TRANSLATE_NOOP("AuditWords", "laptop retired"),
    "second_person": QT_TRANSLATE_NOOP("AuditWords", "confirmed by a second person"),
    "undo_import": QT_TRANSLATE_NOOP("AuditWords", "import undone"),
    "server_login": QT_TRANSLATE_NOOP("AuditWords", "server login given"),
    "rewrap": QT_TRANSLATE_NOOP("AuditWords", "key pair resealed"),
    "withdraw": QT_TRANSLATE_NOOP("AuditWords", "key copy withdrawn"),
    "make_key": QT_TRANSLATE_NOOP("AuditWords", "key made"),
    "rotate_key": QT_TRANSLATE_NOOP("AuditWords", "notes key renewed"),
    "seal_notes": QT_TRANSLATE_NOOP("AuditWords", "notes sealed"),
    "sealed_away": QT_TRANSLATE_NOOP("AuditWords", "key taken out of settings"),
    "vouch": QT_TRANSLATE_NOOP("AuditWords", "key pair vouched for"),
}
RECORDS = {
    "action_plans": QT_TRANSLATE_NOOP("AuditWords", "action plan"),
    "activities": QT_TRANSLATE_NOOP("AuditWords", "activity"),
    "activity_sessions": QT_TRANSLATE_NOOP("AuditWords", "activity session"),
    "appointments": QT_TRANSLATE_NOOP("AuditWords", "appointment"),
    "attendance": QT_TRANSLATE_NOOP("AuditWords", "attendance"),
    "audit_log": QT_TRANSLATE_NOOP("AuditWords", "audit log"),
    "client_languages": QT_TRANSLATE_NOOP("AuditWords", "language"),
    "clients": QT_TRANSLATE_NOOP("AuditWords", "person's file"),
    "confidential_notes": QT_TRANSLATE_NOOP("AuditWords", "confidential note"),
    "confidentiality_incidents": QT_TRANSLATE_NOOP("AuditWords", "confidentiality incident"),
    "consents": QT_TRANSLATE_NOOP("AuditWords", "consent"),
    "enrolments": QT_TRANSLATE_NOOP("AuditWords", "enrolment"),
    "funder_packages": QT_TRANSLATE_NOOP("AuditWords", "funder package"),
    "household_members": QT_TRANSLATE_NOOP("AuditWords", "household member"),
    "households": QT_TRANSLATE_NOOP("AuditWords", "household"),
    "housing_requests": QT_TRANSLATE_NOOP("AuditWords", "housing search"),
    "housing_steps": QT_TRANSLATE_NOOP("AuditWords", "housing step"),
    "issued_documents": QT_TRANSLATE_NOOP("AuditWords", "document"),
    "needs": QT_TRANSLATE_NOOP("AuditWords", "need"),
    "needs_assessments": QT_TRANSLATE_NOOP("AuditWords", "needs assessment"),
    "offices": QT_TRANSLATE_NOOP("AuditWords", "office"),
    "organizations": QT_TRANSLATE_NOOP("AuditWords", "organization"),
    "partners": QT_TRANSLATE_NOOP("AuditWords", "partner"),
    "plan_changes": QT_TRANSLATE_NOOP("AuditWords", "plan change"),
    "plan_items": QT_TRANSLATE_NOOP("AuditWords", "plan item"),
    "referrals": QT_TRANSLATE_NOOP("AuditWords", "referral"),
    "requests": QT_TRANSLATE_NOOP("AuditWords", "request"),
    "service_records": QT_TRANSLATE_NOOP("AuditWords", "service"),
    "settings": QT_TRANSLATE_NOOP("AuditWords", "setting"),
    "transport_requests": QT_TRANSLATE_NOOP("AuditWords", "transport request"),
    "transport_rules": QT_TRANSLATE_NOOP("AuditWords", "transport rule"),
    "transport_trips": QT_TRANSLATE_NOOP("AuditWords", "trip"),
    "users": QT_TRANSLATE_NOOP("AuditWords", "staff account"),
    "visits": QT_TRANSLATE_NOOP("AuditWords", "visit"),
    "privacy_requests": QT_TRANSLATE_NOOP("AuditWords", "request about personal information"),
    "demo": QT_TRANSLATE_NOOP("AuditWords", "demonstration data"),
    "database": QT_TRANSLATE_NOOP("AuditWords", "database"),
    "key_holders": QT_TRANSLATE_NOOP("AuditWords", "staff member's key pair"),
    "key_grants": QT_TRANSLATE_NOOP("AuditWords", "sealed copy of a key"),
}


def action_label(action: str) -> str:
    words = ACTIONS.get(action)
    return QCoreApplication.translate("AuditWords", str(words)) if words else action


def record_label(entity: str) -> str:
    words = RECORDS.get(entity)
    return QCoreApplication.translate("AuditWords", str(words)) if words else entity
