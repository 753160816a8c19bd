"""The name of each field of a person's file, as the file shows it: one table used by the
file's own tabs, the intake dialog and the validation list of Rapports, so a field is
called the same everywhere."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication

CONTEXT = "ClientFields"

_CAPTIONS: dict[str, object] = {  # QT_TRANSLATE_NOOP gives the text back
    "first_name": QT_TRANSLATE_NOOP("ClientFields", "First name(s)"),
    "last_name": QT_TRANSLATE_NOOP("ClientFields", "Last name(s)"),
    "other_names": QT_TRANSLATE_NOOP("ClientFields", "Name in another script"),
    "birth_date": QT_TRANSLATE_NOOP("ClientFields", "Date of birth"),
    "sex": QT_TRANSLATE_NOOP("ClientFields", "Sex"),
    "gender": QT_TRANSLATE_NOOP("ClientFields", "Gender (as the person says)"),
    "country_of_birth": QT_TRANSLATE_NOOP("ClientFields", "Country of birth"),
    "citizenship": QT_TRANSLATE_NOOP("ClientFields", "Citizenship"),
    "phone": QT_TRANSLATE_NOOP("ClientFields", "Phone"),
    "email": QT_TRANSLATE_NOOP("ClientFields", "E-mail"),
    "address": QT_TRANSLATE_NOOP("ClientFields", "Address"),
    "municipality": QT_TRANSLATE_NOOP("ClientFields", "Municipality"),
    "region_code": QT_TRANSLATE_NOOP("ClientFields", "Administrative region"),
    "immigration_category": QT_TRANSLATE_NOOP("ClientFields", "Immigration category"),
    "immigration_status": QT_TRANSLATE_NOOP("ClientFields", "Status"),
    "arrival_date": QT_TRANSLATE_NOOP("ClientFields", "Arrival in Quebec"),
    "mifi_client_number": QT_TRANSLATE_NOOP("ClientFields", "MIFI client number"),
    "has_sin": QT_TRANSLATE_NOOP("ClientFields", "Documents obtained"),
    "languages": QT_TRANSLATE_NOOP("ClientFields", "Languages spoken"),
    "french_level": QT_TRANSLATE_NOOP("ClientFields", "French level"),
    "preferred_language": QT_TRANSLATE_NOOP("ClientFields", "Language of documents"),
    "assigned_counsellor_id": QT_TRANSLATE_NOOP("ClientFields", "Assigned counsellor"),
    "office_id": QT_TRANSLATE_NOOP("ClientFields", "Office or point of service"),
    "intake_gaps_reason": QT_TRANSLATE_NOOP("ClientFields", "Left for later because"),
    "interpreter_needed": QT_TRANSLATE_NOOP("ClientFields", "Interpreter"),
    "interpreter_language": QT_TRANSLATE_NOOP("ClientFields", "Interpreter's language"),
}


def caption(field: str) -> str:
    """The field's name in the interface's language (the field's own name if unknown)."""
    source = _CAPTIONS.get(field)
    return QCoreApplication.translate(CONTEXT, str(source)) if source else field
