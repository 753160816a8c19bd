"""How a staff member's title is written on what the program prints: each person chooses
Conseillère, Conseiller or « Conseillère ou conseiller » (English has one word for all)."""

from __future__ import annotations

from enum import StrEnum

from cjeapp.core.i18n import pgettext


class TitleForm(StrEnum):
    FEMININE = "f"
    MASCULINE = "m"
    INCLUSIVE = "x"  # both forms: the default until the person says


def form_of(value: str | None) -> TitleForm:
    """The stored form, or the inclusive one for a value the program does not know."""
    try:
        return TitleForm(value or TitleForm.INCLUSIVE)
    except ValueError:
        return TitleForm.INCLUSIVE


def counsellor_title(form: TitleForm, language: str) -> str:
    """« Conseillère », « Conseiller », « Conseillère ou conseiller »; "Counsellor"."""
    if form is TitleForm.FEMININE:
        return pgettext("feminine", "Counsellor", language)
    if form is TitleForm.MASCULINE:
        return pgettext("masculine", "Counsellor", language)
    return pgettext("inclusive", "Counsellor", language)


def counsellor_signature(form: TitleForm, language: str) -> str:
    """The caption of the counsellor's signature line."""
    if form is TitleForm.FEMININE:
        return pgettext("feminine", "Signature of the counsellor", language)
    if form is TitleForm.MASCULINE:
        return pgettext("masculine", "Signature of the counsellor", language)
    return pgettext("inclusive", "Signature of the counsellor", language)
