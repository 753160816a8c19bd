"""How a board's number is written where it leaves the organization (PDF, spreadsheet):
counts under 5 as « < 5 » (Law 25), each kind of number in the reader's language."""

from __future__ import annotations

from decimal import Decimal

from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.locale_format import format_money
from cjeapp.core.locale_format import format_number
from cjeapp.core.reporting.board_figures import SMALL
from cjeapp.core.reporting.board_figures import Kind
from cjeapp.core.reporting.board_figures import Number
from cjeapp.core.reporting.board_figures import is_small

HIDDEN = f"< {SMALL}"


def shown(value: Number | None, kind: Kind, language: str, *, exact: bool = False) -> str:
    """The number as words on paper: « < 5 » for a small count (``exact`` on the
    organization's own screens, which show it), « — » for none."""
    if value is None:
        return "—"
    if is_small(value, kind) and not exact:
        return HIDDEN
    if kind is Kind.MONEY:
        return format_money(value, language)
    if kind is Kind.PERCENT:
        return gettext(N_("{number} %"), language).format(number=format_number(value, language))
    return format_number(value, language)


def cell(value: Number | None, kind: Kind) -> object:
    """The number as a spreadsheet cell: a number (a percent as its fraction), « < 5 » as
    text for a small count, nothing for none."""
    if value is None:
        return None
    if is_small(value, kind):
        return HIDDEN
    if kind is Kind.PERCENT:
        return float(Decimal(value) / 100)
    if isinstance(value, Decimal):
        return float(value)
    return value


def charted(value: Number, kind: Kind) -> float:
    """A bar's length: a small count is drawn as nothing (its label says « < 5 »)."""
    return 0.0 if is_small(value, kind) else float(value)
