"""The name of each field of a person's file, as the file shows it: the field registry's
caption (``cjeapp.core.fields``), so a field is called the same in the file's tabs, the
intake dialog, the validation list of Rapports, the person's copy and the audit details."""

from __future__ import annotations

from cjeapp.core import fields
from cjeapp.core.i18n import gettext

# The four documents obtained are four check boxes under one caption: the first names it.
_FORM_NAMES = {"has_sin": "documents"}


def caption(field: str) -> str:
    """The field's name in the interface's language (the field's own name if unknown)."""
    found = fields.form_caption(_FORM_NAMES.get(field, field))
    return gettext(found) if found else field
