"""A person's file: who they are, how to reach them, their languages, household and
consents."""

from __future__ import annotations

from cjeapp.core.fields.kinds import Erase
from cjeapp.core.fields.kinds import F
from cjeapp.core.fields.kinds import Field
from cjeapp.core.fields.kinds import Privacy
from cjeapp.core.fields.kinds import Shown
from cjeapp.core.i18n import N_

ID, CONTACT, SENS = Privacy.IDENTITY, Privacy.CONTACT, Privacy.SENSITIVE
NOTE, TECH = Privacy.CASE_NOTE, Privacy.TECHNICAL

TABLES: dict[str, dict[str, Field]] = {
    "clients": {
        "first_name": F(N_("First name(s)"), ID),
        "last_name": F(N_("Last name(s)"), ID),
        "other_names": F(N_("Name in another script"), ID),
        "birth_date": F(N_("Date of birth"), SENS, Shown.DATE, erase=Erase.TO_YEAR),
        "sex": F(N_("Sex"), SENS, Shown.CODE, "sexes"),
        "gender": F(N_("Gender"), ID),
        "country_of_birth": F(N_("Country of birth"), SENS, Shown.COUNTRY),
        "citizenship": F(N_("Citizenship"), ID, Shown.COUNTRY),
        "preferred_language": F(N_("Language of documents"), SENS, Shown.LANGUAGE),
        "french_level": F(N_("French level"), SENS, Shown.CODE, "french_levels"),
        "immigration_category": F(N_("Immigration category"), SENS, Shown.CODE,
                                  "immigration_categories"),
        "immigration_status": F(N_("Immigration status"), SENS, Shown.CODE,
                                "immigration_statuses"),
        "arrival_date": F(N_("Arrival in Quebec"), SENS, Shown.DATE, erase=Erase.TO_MONTH),
        "mifi_client_number": F(N_("MIFI client number"), ID, Shown.IDENTIFIER),
        "phone_digits": F(N_("Phone's digits"), Privacy.DERIVED, Shown.INTERNAL,
                          derived_from=("phone",)),
        "household_id": F(N_("Household"), TECH, Shown.LINK, erase=Erase.ERASE),
        "assigned_counsellor_id": F(N_("Assigned counsellor"), TECH, Shown.STAFF,
                                    erase=Erase.ERASE),
        "has_sin": F(N_("Social insurance number obtained"), SENS, Shown.YES_NO),
        "has_ramq_card": F(N_("Health insurance card obtained"), SENS, Shown.YES_NO),
        "has_drivers_licence": F(N_("Driver's licence obtained"), SENS, Shown.YES_NO),
        "has_bank_account": F(N_("Bank account opened"), SENS, Shown.YES_NO),
        "first_contact_on": F(N_("First contact"), SENS, Shown.DATE),
        "sort_key": F(N_("Name as sorted"), Privacy.DERIVED, Shown.INTERNAL,
                      derived_from=("first_name", "last_name")),
        "intake_gaps_reason": F(N_("Why information was left for later"), NOTE),
        "destroyed_on": F(N_("File destroyed on"), TECH, Shown.DATE),
        "interpreter_needed": F(N_("Interpreter needed"), SENS, Shown.YES_NO),
        "interpreter_language": F(N_("Interpreter's language"), SENS, Shown.LANGUAGE),
    },
    "client_languages": {
        "language_code": F(N_("Language"), SENS, Shown.LANGUAGE),
        "is_mother_tongue": F(N_("Mother tongue"), SENS, Shown.YES_NO),
    },
    "households": {
        "label": F(N_("Household's name"), ID),
    },
    "household_members": {
        "first_name": F(N_("First name(s)"), ID),
        "last_name": F(N_("Last name(s)"), ID),
        "birth_date": F(N_("Date of birth"), ID, Shown.DATE),
        "relationship": F(N_("Relationship"), SENS, Shown.CODE, "relationships"),
        "school_need": F(N_("School need"), SENS, Shown.CODE, "school_needs"),
        "school_name": F(N_("School"), NOTE),
    },
    "consents": {
        "purpose": F(N_("Purpose"), TECH, Shown.CODE, "consent_purposes"),
        "given_on": F(N_("Given on"), TECH, Shown.DATE),
        "recorded_by": F(N_("Recorded by"), TECH, Shown.STAFF),
        "method": F(N_("How it was given"), TECH, Shown.CODE, "consent_methods"),
        "expires_on": F(N_("Expires on"), TECH, Shown.DATE),
        "withdrawn_on": F(N_("Withdrawn on"), TECH, Shown.DATE),
        "withdrawn_by": F(N_("Withdrawn by"), TECH, Shown.STAFF),
    },
}
