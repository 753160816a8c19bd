"""The organization's settings, named as Paramètres names them (an audit entry about a
setting never shows its key)."""

from __future__ import annotations

from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext

SETTINGS: dict[str, str] = {
    "retention.file_years": N_("Years a file is kept after its last activity"),
    "session.lock_minutes": N_("Minutes before an idle session locks"),
    "funder.profile": N_("Funder's reporting profile"),
    "policy.assigned_counsellor_required": N_("Every person has an assigned counsellor"),
    "documents.verify_url": N_("Address where a document is verified"),
    "documents.notice_key": N_("Key of the collection notices"),
    "documents.notice_public_key": N_("Key of the collection notices"),
    "backups.policy": N_("Automatic backups"),
    "imports.mappings": N_("Translations of imported values"),
    "transport.mileage_rate": N_("Mileage rate"),
    "objectif_integration.allowance": N_("Objectif Intégration allowance"),
    "calendar.closures": N_("Days the office is closed"),
    "calendar.easter_monday": N_("Easter Monday is a holiday"),
    "calendar.good_friday": N_("Good Friday is a holiday"),
    "deadlines.request_hours": N_("Hours to answer a request"),
    "deadlines.first_meeting_days": N_("Days before a first meeting"),
    "deadlines.follow_up_days": N_("Days between follow-ups"),
    "reporting.public_key": N_("The organization's public key"),
    "reporting.signing_key": N_("The signing of documents"),
    "reporting.pseudonym_key": N_("The funder's pseudonyms"),
}
PREFIXES: dict[str, str] = {
    "appointment_slip.": N_("Words of the appointment slip"),
    "collection_notice.": N_("Words of the collection notice"),
}


def setting_words(key: str, language: str | None = None) -> str:
    """A setting's name in words (« a setting of the program » when it has none)."""
    words = SETTINGS.get(key) or next(
        (said for prefix, said in PREFIXES.items() if key.startswith(prefix)), None)
    return gettext(words or N_("a setting of the program"), language)
