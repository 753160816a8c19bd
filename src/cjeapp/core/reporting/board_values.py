"""How a board's number is written where it leaves the organization (PDF, spreadsheet):
counts under 5 as « < 5 » (Law 25), each kind of number in the reader's language."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.locale_format import format_money
from cjeapp.core.locale_format import format_number
from cjeapp.core.reporting.board_figures import Board
from cjeapp.core.reporting.board_figures import Figure
from cjeapp.core.reporting.board_figures import Kind
from cjeapp.core.reporting.board_figures import Number
from cjeapp.core.reporting.board_figures import Series
from cjeapp.core.reporting.board_figures import is_small
from cjeapp.core.reporting.board_figures import small_under


def hidden() -> str:
    """What a withheld count reads as outside the organization (« < 5 »)."""
    return f"< {small_under()}"


def small_counts_note(language: str) -> str:
    """The sentence that says why some counts read « < 5 »."""
    return gettext(N_("Counts under {threshold} are written « {hidden} » so that no one can "
                      "be recognized (Law 25)."), language).format(
        threshold=small_under(), hidden=hidden())


def for_outside(board: Board) -> Board:
    """The board as it may leave the organization: beside a count under 5, what would let
    someone work it out from the counts still shown is withheld too — in the same rows, a
    share, a sum of money or a figure per person, and, when a single count of a row is
    hidden, the next smallest count (the row's total less the others would give it back)."""
    return replace(board, sections=tuple(
        replace(section, figures=_withhold(section.figures)) for section in board.sections),
        caseloads=tuple(replace(load, figures=_withhold(load.figures))
                        for load in board.caseloads),
        series=tuple(_withhold_months(series) for series in board.series))


# Series whose months add up to a figure of the board (walk-ins, requests, appointments):
# one small month hidden alone would be the figure less the months shown. People served
# are counted once a period however many months they came, so their months do not add up.
ADDITIVE = frozenset({"walk_ins", "requests", "attended", "no_show"})


def _withhold_months(series: Series) -> Series:
    if series.key not in ADDITIVE:
        return series
    return replace(series, withheld=_second_smallest(series.values, series.kind),
                   previous_withheld=_second_smallest(series.previous, series.kind))


def _second_smallest(values: tuple[Number, ...], kind: Kind) -> frozenset[int]:
    small = [i for i, value in enumerate(values) if is_small(value, kind)]
    others = [i for i, value in enumerate(values) if value and i not in small]
    if len(small) != 1 or not others:
        return frozenset()
    return frozenset({min(others, key=lambda i: values[i])})


DERIVED = frozenset({Kind.PERCENT, Kind.MONEY})
PER_PERSON = "per_person"


def _withhold(figures: tuple[Figure, ...]) -> tuple[Figure, ...]:
    now = _withheld([(f.key, f.value, f.kind) for f in figures])
    before = _withheld([(f.key, f.previous, f.kind) for f in figures])
    return tuple(replace(f, withheld=index in now, previous_withheld=index in before)
                 for index, f in enumerate(figures))


def _withheld(cells: list[tuple[str, Number | None, Kind]]) -> set[int]:
    small = {i for i, (_key, value, kind) in enumerate(cells) if is_small(value, kind)}
    if not small:
        return set()
    others = [i for i, (_key, value, kind) in enumerate(cells)
              if kind is Kind.COUNT and value and i not in small]
    if not others:
        return set()  # every count of the row is hidden: a share gives a ratio, no count
    derived = {i for i, (key, value, kind) in enumerate(cells)
               if value is not None and (kind in DERIVED or key == PER_PERSON)}
    second = {min(others, key=lambda i: cells[i][1] or 0)} if len(small) == 1 else set()
    return derived | second


def shown(value: Number | None, kind: Kind, language: str, *, exact: bool = False,
          withheld: bool = False) -> str:
    """The number as words on paper: « < 5 » for a small count or a figure ``withheld``
    (``exact`` on the organization's own screens, which show it), « — » for none."""
    if value is None:
        return "—"
    if (is_small(value, kind) or withheld) and not exact:
        return hidden()
    if kind is Kind.MONEY:
        return format_money(value, language)
    if kind is Kind.PERCENT:
        return gettext(N_("{number} %"), language).format(number=format_number(value, language))
    return format_number(value, language)


def cell(value: Number | None, kind: Kind, *, withheld: bool = False) -> object:
    """The number as a spreadsheet cell: a number (a percent as its fraction), « < 5 » as
    text for a small count, nothing for none."""
    if value is None:
        return None
    if is_small(value, kind) or withheld:
        return hidden()
    if kind is Kind.PERCENT:
        return float(Decimal(value) / 100)
    if isinstance(value, Decimal):
        return float(value)
    return value


def charted(value: Number, kind: Kind, *, withheld: bool = False) -> float:
    """A bar's length: a small count is drawn as nothing (its label says « < 5 »)."""
    return 0.0 if is_small(value, kind) or withheld else float(value)
