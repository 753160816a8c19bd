"""What each group role may do on the office's server, from the program's own permission
matrix (``core.permissions``): which tables each cjeapp role reads and writes there. The
server enforces it (table privileges); the program's services check the same matrix first,
so a person never meets the server's refusal in the ordinary course of their day."""

from __future__ import annotations

from collections.abc import Iterable

from cjeapp.core.permissions import PRIVACY_OFFICER
from cjeapp.core.permissions import ROLE_PERMISSIONS
from cjeapp.core.permissions import Permission as P
from cjeapp.core.permissions import Role

# The groups: one per role, one for the person in charge of personal information (whatever
# their role), and "staff", every login's (what everyone may, and the right to connect).
PRIVACY_GROUP = "privacy_officer"
STAFF_GROUP = "staff"


def group_permissions() -> dict[str, frozenset[str]]:
    groups = {role.value: frozenset(p.value for p in ROLE_PERMISSIONS[role]) for role in Role}
    groups[PRIVACY_GROUP] = frozenset(p.value for p in PRIVACY_OFFICER)
    return groups


# Tables a login writes (INSERT, UPDATE), by the permission that writes them. A table
# absent here is written by nobody's login: accounts, settings and the audit log through the
# server's functions only, the rest by the server's own triggers.
WRITTEN_WITH: dict[str, tuple[P, ...]] = {
    **dict.fromkeys(("clients", "households", "client_languages", "household_members"),
                    (P.CLIENT_WRITE, P.DATA_IMPORT)),
    "consents": (P.CONSENT_WRITE,),
    "visits": (P.VISIT_WRITE, P.VISIT_TAKE),
    "appointments": (P.APPOINTMENT_WRITE,),
    "requests": (P.CLIENT_WRITE,),
    "confidential_notes": (P.CONFIDENTIAL_WRITE,),
    **dict.fromkeys(("needs_assessments", "needs", "action_plans", "plan_items",
                     "plan_changes", "referrals", "housing_requests", "housing_steps"),
                    (P.CASEWORK_WRITE,)),
    "service_records": (P.CASEWORK_WRITE, P.DATA_IMPORT),
    **dict.fromkeys(("transport_requests", "transport_trips"),
                    (P.CASEWORK_WRITE, P.TRANSPORT_DECIDE)),
    "transport_rules": (P.TRANSPORT_RULES,),
    "partners": (P.PARTNER_WRITE, P.DATA_IMPORT),
    **dict.fromkeys(("activities", "activity_sessions", "enrolments", "attendance"),
                    (P.ACTIVITY_WRITE, P.DATA_IMPORT)),
    "issued_documents": (P.DOCUMENT_ISSUE, P.FUNDER_EXPORT, P.PRIVACY_ADMIN),
    "funder_packages": (P.FUNDER_EXPORT,),
    **dict.fromkeys(("confidentiality_incidents", "privacy_requests", "destructions"),
                    (P.PRIVACY_ADMIN,)),
    **dict.fromkeys(("import_batches", "import_records"), (P.DATA_IMPORT,)),
    **dict.fromkeys(("organizations", "offices"), (P.SETTINGS_ADMIN,)),
    "exchange_replicas": (P.EXCHANGE_ADMIN,),
    **dict.fromkeys(("exchange_bases", "exchange_conflicts"), (P.EXCHANGE, P.EXCHANGE_ADMIN)),
    # Every login sets up its own key pair (row-level security: its own only, see
    # personal-logins.sql); secrets are handed on only by those they are for.
    "key_holders": (P.CLIENT_READ,),
    "key_grants": (P.CONFIDENTIAL_READ, P.PRIVACY_ADMIN, P.DOCUMENT_ISSUE, P.FUNDER_EXPORT),
}

# What the exchange forgets (what it last agreed with a laptop about people who left it).
DELETED_WITH: dict[str, tuple[P, ...]] = {"exchange_bases": (P.EXCHANGE, P.EXCHANGE_ADMIN)}

# Read by whom holds the permission only (every other table: every login). The person in
# charge of personal information gives a person the copy of their file (notes included).
READ_WITH: dict[str, tuple[P, ...]] = {
    "confidential_notes": (P.CONFIDENTIAL_READ, P.PRIVACY_ADMIN),
    "audit_log": (P.AUDIT_READ,),
}

# Columns every other login may not read: the office's own exchange keys, for whom
# exchanges only (the rest of the table, every login: a document's number prefix).
COLUMNS_READ_WITH: dict[str, tuple[tuple[str, ...], tuple[P, ...]]] = {
    "exchange_replicas": (("sign_private", "box_private"), (P.EXCHANGE, P.EXCHANGE_ADMIN)),
}

# Columns a permission writes in a table otherwise written by another: whom exchanges moves
# a laptop's counters; only whom registers laptops changes the rest (their keys above all).
COLUMNS_WRITTEN_WITH: dict[str, tuple[tuple[str, ...], tuple[P, ...]]] = {
    "exchange_replicas": (("acked_seq", "received_seq", "last_file_seq", "files_sent",
                           "last_exchange_at", "their_head_seq", "their_head_hash",
                           "held_head_seq", "held_head_hash", "updated_at", "updated_by",
                           "version"),
                          (P.EXCHANGE,)),
}

# The server's own bookkeeping, rewritten by triggers that run with the writer's rights:
# every login writes it, as the trigger does on their behalf.
MAINTAINED_BY_TRIGGERS = ("client_search",)

# Nobody's login reads these at all.
UNREAD = ("sign_in_throttle",)

# A record changed by a login needs its transaction's audit entry (require_audit), except in
# the server's own bookkeeping.
NOT_AUDITED = frozenset({"audit_log", "change_log", "client_search", "sign_in_throttle",
                         "alembic_version", "exchange_bases", "exchange_conflicts"})

# Who writes which setting: the longest prefix of its key decides ("" every other key).
SETTING_RIGHTS: dict[str, str] = {
    "": P.SETTINGS_ADMIN.value,
    "imports.": P.DATA_IMPORT.value,
    "retention.": P.PRIVACY_ADMIN.value,
    # An older version's keys in clear, emptied by the first who holds them once sealed
    # (core.custody); the public key, published by whom makes the signing key.
    "reporting.signing_key": P.DOCUMENT_ISSUE.value,
    "reporting.pseudonym_key": P.FUNDER_EXPORT.value,
    "reporting.public_key": P.DOCUMENT_ISSUE.value,
    # The collection notices' key (every staff member's), made at the first notice.
    "documents.notice_": P.CLIENT_WRITE.value,
}


def groups_with(permissions: Iterable[P]) -> list[str]:
    """The groups holding any of ``permissions``."""
    wanted = {p.value for p in permissions}
    return sorted(group for group, held in group_permissions().items() if held & wanted)
