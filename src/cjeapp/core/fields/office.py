"""The organization: its offices, staff accounts, partners, settings and keys."""

from __future__ import annotations

from cjeapp.core.fields.kinds import F
from cjeapp.core.fields.kinds import Field
from cjeapp.core.fields.kinds import Privacy
from cjeapp.core.fields.kinds import Shown
from cjeapp.core.i18n import N_

ID, CONTACT, TECH = Privacy.IDENTITY, Privacy.CONTACT, Privacy.TECHNICAL
SECRET = F(N_("Sealed secret"), TECH, Shown.INTERNAL)

TABLES: dict[str, dict[str, Field]] = {
    "organizations": {
        "name": F(N_("Name of the organization"), TECH),
        "address": F(N_("Address"), TECH),
        "phone": F(N_("Phone"), TECH, Shown.IDENTIFIER),
        "email": F(N_("E-mail"), TECH),
        "agreement_number": F(N_("Agreement number"), TECH, Shown.IDENTIFIER),
        "privacy_officer_name": F(N_("Person in charge of personal information"), ID),
        "privacy_officer_title": F(N_("Their title"), TECH),
        "privacy_officer_contact": F(N_("How to reach them"), CONTACT),
        "signer_name": F(N_("Who signs the documents"), ID),
        "signer_title": F(N_("Signer's title"), TECH),
        "signer_title_en": F(N_("Signer's title in English"), TECH),
        "logo_png": F(N_("Logo"), TECH, Shown.INTERNAL),
        "signature_png": F(N_("Signature"), TECH, Shown.INTERNAL),
    },
    "offices": {
        "organization_id": F(N_("Organization"), TECH, Shown.LINK),
        "address": F(N_("Address"), TECH),
        "municipality": F(N_("Municipality"), TECH),
        "phone": F(N_("Phone"), TECH, Shown.IDENTIFIER),
        "is_point_of_service": F(N_("Point of service"), TECH, Shown.YES_NO),
        "opening_hours": F(N_("Opening hours"), TECH),
    },
    "users": {
        "username": F(N_("User name"), ID),
        "full_name": F(N_("Full name"), ID),
        "role": F(N_("Role"), TECH, Shown.CODE, "roles"),
        "password_hash": F(N_("Password"), TECH, Shown.INTERNAL),
        "email": F(N_("E-mail"), CONTACT),
        "language": F(N_("Language of the program"), TECH, Shown.LANGUAGE),
        "last_login_at": F(N_("Last signed in"), TECH, Shown.MOMENT),
        "must_change_password": F(N_("Must change the password"), TECH, Shown.YES_NO),
        "title_form": F(N_("Title as written"), TECH),
        "privacy_officer": F(N_("Person in charge of personal information"), TECH,
                             Shown.YES_NO),
    },
    "partners": {
        "kind": F(N_("Kind of partner"), TECH, Shown.CODE, "partner_kinds"),
        "contact_person": F(N_("Contact person"), ID),
        "phone": F(N_("Phone"), CONTACT, Shown.IDENTIFIER),
        "email": F(N_("E-mail"), CONTACT),
        "address": F(N_("Address"), TECH),
        "name": F(N_("Organization"), TECH),
        "offers": F(N_("What they offer"), TECH),
    },
    "settings": {
        "key": F(N_("Setting"), TECH),
        "value": F(N_("Value"), TECH),
        "effective_from": F(N_("In force from"), TECH, Shown.DATE),
    },
    "sign_in_throttle": {
        "username": F(N_("User name"), ID),
        "failures": F(N_("Failed attempts"), TECH, Shown.NUMBER),
        "last_failure_at": F(N_("Last failed attempt"), TECH, Shown.MOMENT),
        "locked_until": F(N_("Locked until"), TECH, Shown.MOMENT),
    },
    "key_holders": {
        "public_key": F(N_("Public key"), TECH, Shown.INTERNAL),
        "private_sealed": SECRET,
        "certificate": F(N_("Certificate"), TECH, Shown.INTERNAL),
    },
    "key_grants": {
        "holder_id": F(N_("Holder"), TECH, Shown.LINK),
        "secret": F(N_("Secret"), TECH),
        "generation": F(N_("Generation of keys"), TECH, Shown.NUMBER),
        "key_id": F(N_("Key"), TECH, Shown.LINK),
        "sealed": SECRET,
        "signature": F(N_("Signature"), TECH, Shown.INTERNAL),
    },
}
