"""The language to speak to a person in (a reminder call, their appointment slip): the
interpreter's when one is needed, else their mother tongue (or another language they
speak), else the language of their documents."""

from __future__ import annotations

from collections.abc import Iterable

from cjeapp.core.models import Client
from cjeapp.core.models import ClientLanguage


def language_to_speak(client: Client, spoken: Iterable[ClientLanguage]) -> str:
    """An ISO 639 code; ``spoken``: the person's languages (deleted ones are left out)."""
    if client.interpreter_needed and client.interpreter_language:
        return client.interpreter_language
    languages = sorted((not row.is_mother_tongue, row.language_code) for row in spoken
                       if row.deleted_at is None and row.client_id == client.id)
    return languages[0][1] if languages else client.preferred_language
