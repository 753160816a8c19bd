"""The two versions of a record kept after an exchange, as the person's copy says them: each
the value of the field it is about, in words (the field registry's), never the JSON the
conflict keeps; a change the office refused by its reason; a possible second file of the
person without the other file's name."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from cjeapp.core import fields
from cjeapp.core.fields.values import value_words
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext

VALUES = ("hub_value", "other_value")
REFUSED = "refused"
SAME_PERSON = "same_person"


def _loaded(text: Any) -> Any:
    if not isinstance(text, str):
        return text
    try:
        return json.loads(text)
    except ValueError:
        return text


def conflict_value_words(record: Mapping[str, Any], column: str, language: str) -> str:
    """``record``'s ``column`` (``hub_value`` or ``other_value``) in words."""
    kind, value = record.get("kind"), record.get(column)
    if value is None or value == "":
        return "—"
    if kind == REFUSED and column == "other_value":
        from cjeapp.core.exchange.admission import reason_of

        return reason_of(str(value)).render(language)
    loaded = _loaded(value)
    if kind == SAME_PERSON:
        if column == "hub_value":  # the other file: never its name in this person's copy
            return gettext(N_("another file at the office"), language)
        from cjeapp.core.people.same_person import reason_sentence

        return reason_sentence(loaded if isinstance(loaded, str) else None).render(language)
    table, field = str(record.get("table_name") or ""), str(record.get("field") or "")
    if isinstance(loaded, dict | list):
        return gettext(N_("the record as a whole"), language)
    if fields.declared(table, field):
        return value_words(table, field, loaded, language)
    return value_words("exchange_conflicts", column, loaded, language)
