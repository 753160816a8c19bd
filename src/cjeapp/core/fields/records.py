"""The registers the organization keeps: the audit log, privacy requests, incidents,
destructions, the funder's packages, imports and the exchange with laptops."""

from __future__ import annotations

from cjeapp.core.fields.kinds import F
from cjeapp.core.fields.kinds import Field
from cjeapp.core.fields.kinds import Privacy
from cjeapp.core.fields.kinds import Shown
from cjeapp.core.i18n import N_

ID, NOTE, TECH = Privacy.IDENTITY, Privacy.CASE_NOTE, Privacy.TECHNICAL
DIGEST = F(N_("Digest"), TECH, Shown.INTERNAL)
SEQ = F(N_("Number in the log"), TECH, Shown.NUMBER)

TABLES: dict[str, dict[str, Field]] = {
    "audit_log": {
        "seq": SEQ, "prev_hash": DIGEST, "chain_hash": DIGEST, "details_sha256": DIGEST,
        "at": F(N_("When"), TECH, Shown.MOMENT),
        "action": F(N_("Action"), TECH),
        "entity": F(N_("Kind of record"), TECH),
        "entity_id": F(N_("Record"), TECH, Shown.LINK),
        "details": F(N_("Details"), NOTE),
    },
    "change_log": {"seq": SEQ},
    "confidentiality_incidents": {
        "circumstances": F(N_("Circumstances"), NOTE),
        "occurred_on": F(N_("Occurred on"), TECH, Shown.DATE),
        "discovered_on": F(N_("Discovered on"), TECH, Shown.DATE),
        "persons_affected": F(N_("People affected"), TECH, Shown.NUMBER),
        "personal_information": F(N_("Personal information concerned"), NOTE),
        "risk_assessment": F(N_("Assessment of the risk"), NOTE),
        "serious_injury_risk": F(N_("Risk of serious injury"), TECH, Shown.YES_NO),
        "notices_sent": F(N_("Notices sent"), NOTE),
        "measures_taken": F(N_("Measures taken"), NOTE),
        "commission_notified_on": F(N_("Commission notified on"), TECH, Shown.DATE),
        "persons_notified_on": F(N_("People notified on"), TECH, Shown.DATE),
    },
    "destructions": {
        "destroyed_on": F(N_("Destroyed on"), TECH, Shown.DATE),
        "rule": F(N_("Rule"), TECH),
        "kinds": F(N_("What was destroyed"), TECH),
        "persons": F(N_("People"), TECH, Shown.NUMBER),
    },
    "privacy_requests": {
        "kind": F(N_("Kind of request"), TECH, Shown.CODE, "privacy_request_kinds"),
        "requester": F(N_("Asked by"), ID),
        "received_on": F(N_("Received on"), TECH, Shown.DATE),
        "due_on": F(N_("Answer due by"), TECH, Shown.DATE),
        "details": F(N_("Details"), NOTE),
        "answered_on": F(N_("Answered on"), TECH, Shown.DATE),
        "answer": F(N_("Answer"), NOTE),
        "withheld_reason": F(N_("Why part of the file was withheld"), NOTE),
    },
    "funder_packages": {
        "profile": F(N_("Profile"), TECH),
        "manifest_sha256": DIGEST,
    },
    "import_batches": {
        "kind": F(N_("Kind of import"), TECH),
        "source_name": F(N_("File imported"), TECH),
        "source_sha256": DIGEST,
        "imported": F(N_("Records imported"), TECH, Shown.NUMBER),
        "undone_at": F(N_("Undone on"), TECH, Shown.MOMENT),
    },
    "import_records": {
        "batch_id": F(N_("Import"), TECH, Shown.LINK),
        "entity": F(N_("Kind of record"), TECH),
        "record_id": F(N_("Record"), TECH, Shown.LINK),
        "source_row": F(N_("Row of the file"), TECH, Shown.NUMBER),
        "action": F(N_("Action"), TECH),
        "before_values": F(N_("Values before the import"), NOTE, Shown.INTERNAL),
    },
    "exchange_bases": {
        "peer_id": F(N_("Laptop"), TECH, Shown.LINK),
        "agreed": F(N_("Version last agreed"), NOTE, Shown.INTERNAL),
        "sent": F(N_("Version last sent"), NOTE, Shown.INTERNAL),
        "sent_seq": SEQ, "their_seq": SEQ,
    },
    "exchange_conflicts": {
        "kind": F(N_("What happened"), TECH, Shown.WORDS, "conflict_kinds"),
        "field": F(N_("Field"), TECH, Shown.LINK),
        "replica_id": F(N_("Laptop"), TECH, Shown.LINK),
        "hub_value": F(N_("Version at the office"), NOTE),
        "other_value": F(N_("Version on the laptop"), NOTE),
        "hub_by": F(N_("Changed at the office by"), TECH, Shown.STAFF),
        "hub_at": F(N_("Changed at the office on"), TECH, Shown.MOMENT),
        "other_by": F(N_("Changed on the laptop by"), TECH, Shown.STAFF),
        "other_at": F(N_("Changed on the laptop on"), TECH, Shown.MOMENT),
        "resolved_at": F(N_("Decided on"), TECH, Shown.MOMENT),
        "resolved_by": F(N_("Decided by"), TECH, Shown.STAFF),
        "resolution": F(N_("Version kept"), TECH, Shown.WORDS, "resolutions"),
    },
    "exchange_replicas": {
        "name": F(N_("Laptop's name"), TECH),
        "is_self": F(N_("This computer"), TECH, Shown.YES_NO),
        "is_hub": F(N_("The office"), TECH, Shown.YES_NO),
        "counsellor_ids": F(N_("Counsellors"), TECH, Shown.INTERNAL),
        "number_prefix": F(N_("Numbers' prefix"), TECH),
        "sign_public": F(N_("Public key"), TECH, Shown.INTERNAL),
        "box_public": F(N_("Public key"), TECH, Shown.INTERNAL),
        "sign_private": F(N_("Sealed secret"), TECH, Shown.INTERNAL),
        "box_private": F(N_("Sealed secret"), TECH, Shown.INTERNAL),
        "acked_seq": SEQ, "received_seq": SEQ, "last_file_seq": SEQ,
        "files_sent": F(N_("Files sent"), TECH, Shown.NUMBER),
        "last_exchange_at": F(N_("Last exchange"), TECH, Shown.MOMENT),
        "their_head_seq": SEQ, "their_head_hash": DIGEST,
        "held_head_seq": SEQ, "held_head_hash": DIGEST,
    },
}
