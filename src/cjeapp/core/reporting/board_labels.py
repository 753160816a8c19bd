"""The board's numbers put into words: sections of figures, month series and caseloads,
labelled in the current language from the catalogue and the code lists."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from cjeapp.core.codelists import codelist
from cjeapp.core.db.database import Database
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.reporting.board_figures import Caseload
from cjeapp.core.reporting.board_figures import Figure
from cjeapp.core.reporting.board_figures import Kind
from cjeapp.core.reporting.board_figures import Number
from cjeapp.core.reporting.board_figures import Section
from cjeapp.core.reporting.board_figures import Series
from cjeapp.core.reporting.board_figures import median
from cjeapp.core.reporting.board_figures import percentile_90
from cjeapp.core.reporting.board_queries import Measures

HOUR = Decimal(60)

# (key, words, kind, how the number comes from a period's measures)
Line = tuple[str, str, Kind, Callable[[Measures], Number | None]]


def _count(name: str) -> Callable[[Measures], Number | None]:
    return lambda m: m.counts.get(name, 0)


def _hours(minutes: Number) -> Decimal:
    return (Decimal(minutes) / HOUR).quantize(Decimal("0.1"))


def _share(part: str, whole: str) -> Callable[[Measures], Number | None]:
    def share(m: Measures) -> Number | None:
        total = m.counts.get(whole, 0)
        return (Decimal(100) * m.counts.get(part, 0) / total).quantize(Decimal("0.1")) \
            if total else None
    return share


def _missed(m: Measures) -> Number | None:
    total = m.counts.get("attended", 0) + m.counts.get("no_show", 0)
    return (Decimal(100) * m.counts.get("no_show", 0) / total).quantize(Decimal("0.1")) \
        if total else None


def _per_person(m: Measures) -> Number | None:
    people = m.counts.get("people_with_services", 0)
    return _hours(Decimal(m.counts.get("service_minutes", 0)) / people) if people else None


SECTIONS: tuple[tuple[str, str, tuple[Line, ...]], ...] = (
    ("people", N_("People received and served"), (
        ("served", N_("People served"), Kind.COUNT, _count("served")),
        ("new", N_("New people"), Kind.COUNT, _count("new")),
        ("continuing", N_("People continuing from before"), Kind.COUNT,
         _count("continuing")))),
    ("desk", N_("Walk-ins at the desk"), (
        ("walk_ins", N_("Walk-ins"), Kind.COUNT, _count("walk_ins")),
        ("left_unseen", N_("Left before being seen"), Kind.COUNT, _count("left_unseen")),
        ("median_wait", N_("Median wait (minutes)"), Kind.MINUTES,
         lambda m: median(m.waits)),
        ("wait_90", N_("Wait of 9 people in 10, at most (minutes)"), Kind.MINUTES,
         lambda m: percentile_90(m.waits)))),
    ("requests", N_("Requests and the 72 business hours"), (
        ("requests", N_("Requests received"), Kind.COUNT, _count("requests")),
        ("answered", N_("Requests answered"), Kind.COUNT, _count("answered")),
        ("on_time", N_("Answered within the 72 business hours"), Kind.COUNT,
         _count("answered_on_time")),
        ("on_time_share", N_("Share answered on time (%)"), Kind.PERCENT,
         _share("answered_on_time", "answered")),
        ("median_delay", N_("Median time to answer (hours)"), Kind.HOURS,
         lambda m: median(m.delays)),
        ("overdue", N_("Unanswered past their deadline"), Kind.COUNT,
         _count("overdue_unanswered")))),
    ("hours", N_("Hours of accompaniment"), (
        ("hours", N_("Hours of service"), Kind.HOURS,
         lambda m: _hours(m.counts.get("service_minutes", 0))),
        ("people", N_("People who received a service"), Kind.COUNT,
         _count("people_with_services")),
        ("per_person", N_("Hours per person"), Kind.HOURS, _per_person))),
    ("appointments", N_("Appointments"), (
        ("attended", N_("Appointments kept"), Kind.COUNT, _count("attended")),
        ("no_show", N_("Appointments missed"), Kind.COUNT, _count("no_show")),
        ("cancelled", N_("Appointments cancelled"), Kind.COUNT, _count("cancelled")),
        ("missed_share", N_("Share missed (%)"), Kind.PERCENT, _missed))),
    ("transport", N_("Transport"), (
        ("requests", N_("Transport requests"), Kind.COUNT, _count("transport_requests")),
        ("trips", N_("Trips driven"), Kind.COUNT, _count("trips")),
        ("kilometres", N_("Kilometres driven"), Kind.KILOMETRES, _count("kilometres")))),
    ("groups", N_("Group activities"), (
        ("sessions", N_("Sessions held"), Kind.COUNT, _count("sessions")),
        ("session_hours", N_("Hours of sessions"), Kind.HOURS, _count("session_hours")),
        ("presences", N_("Presences"), Kind.COUNT, _count("presences")),
        ("participants", N_("Participants"), Kind.COUNT, _count("participants")),
        ("oi_completions", N_("Objectif Intégration completed"), Kind.COUNT,
         _count("oi_completions")))),
)

# (key, title, measure's breakdown, code list (none: the partners by name), kind)
BREAKDOWNS = (
    ("served_by_volet", N_("People served by PASI volet"), "served_by_volet", "pasi_volets",
     Kind.COUNT),
    ("hours_by_volet", N_("Hours of service by PASI volet"), "minutes_by_volet",
     "pasi_volets", Kind.HOURS),
    ("referrals_by_partner", N_("Referrals by partner"), "referrals_by_partner", None,
     Kind.COUNT),
    ("referrals_by_partner_kind", N_("Referrals by kind of partner"),
     "referrals_by_partner_kind", "partner_kinds", Kind.COUNT),
    ("referrals_by_outcome", N_("Referrals by outcome"), "referrals_by_outcome",
     "referral_outcomes", Kind.COUNT),
    ("transport_by_decision", N_("Transport requests by decision"), "transport_by_decision",
     "transport_decisions", Kind.COUNT),
    ("presences_by_activity", N_("Presences by kind of activity"), "presences_by_activity",
     "activity_kinds", Kind.COUNT),
)

SERIES = (("served", N_("People served per month"), Kind.COUNT),
          ("walk_ins", N_("Walk-ins per month"), Kind.COUNT),
          ("requests", N_("Requests received per month"), Kind.COUNT),
          ("service_minutes", N_("Hours of service per month"), Kind.HOURS),
          ("attended", N_("Appointments kept per month"), Kind.COUNT),
          ("no_show", N_("Appointments missed per month"), Kind.COUNT))

CASELOAD = (("active_files", N_("Files served"), Kind.COUNT),
            ("new_files", N_("New files"), Kind.COUNT),
            ("minutes", N_("Hours of service"), Kind.HOURS),
            ("overdue_follow_ups", N_("Follow-ups overdue"), Kind.COUNT))


def _label(codes: str, code: str) -> str:
    if code == "undecided":
        return gettext(N_("Not decided yet"))
    return codelist(codes).label(code) or gettext(N_("Not given"))


def sections_of(db: Database, now: Measures, then: Measures) -> tuple[Section, ...]:
    sections = [Section(key, gettext(title), tuple(
        Figure(name, gettext(words), kind, value(now), value(then))
        for name, words, kind, value in lines)) for key, title, lines in SECTIONS]
    groups = next(s for s in sections if s.key == "groups")
    allowance = Figure("allowances", gettext(N_("Participation allowances")), Kind.MONEY,
                       _allowances(db, now), _allowances(db, then))
    sections[sections.index(groups)] = Section(groups.key, groups.title,
                                               (*groups.figures, allowance))
    for key, title, name, codes, kind in BREAKDOWNS:
        found = set(now.by.get(name, {})) | set(then.by.get(name, {}))
        if codes is None:  # partners, the busiest first
            names = {**then.partners, **now.partners}
            counts = now.by.get(name, {})
            order = sorted(found, key=lambda c: (-counts.get(c, 0), names.get(c, "").casefold()))
            labels = {c: names.get(c, "") for c in order}
        else:
            known = codelist(codes).values()
            order = [c for c in known if c in found] + sorted(found - set(known))
            labels = {c: _label(codes, c) for c in order}

        def number(m: Measures, code: str, kind: Kind = kind, name: str = name) -> Number:
            value = m.by.get(name, {}).get(code, 0)
            return _hours(value) if kind is Kind.HOURS else value
        sections.append(Section(key, gettext(title), tuple(
            Figure(code, labels[code], kind, number(now, code), number(then, code))
            for code in order)))
    return tuple(sections)


def series_of(now: Measures, then: Measures) -> tuple[Series, ...]:
    def values(m: Measures, key: str, kind: Kind) -> tuple[Number, ...]:
        found = m.monthly.get(key, [])
        return tuple(_hours(v) if kind is Kind.HOURS else v for v in found)

    return tuple(Series(key, gettext(title), kind, tuple(now.months), values(now, key, kind),
                        values(then, key, kind)) for key, title, kind in SERIES)


def caseload_of(db: Database, now: Measures, then: Measures) -> tuple[Caseload, ...]:
    from sqlalchemy import select

    from cjeapp.core.models import User

    people = set(now.caseload) | set(then.caseload)
    with db.read_session() as session:
        names: dict[str, str] = {str(user): name for user, name in session.execute(
            select(User.id, User.full_name).where(User.id.in_(people)))} if people else {}

    def number(m: Measures, user: str, key: str, kind: Kind) -> Number:
        value = m.caseload.get(user, {}).get(key, 0)
        return _hours(value) if kind is Kind.HOURS else value

    loads = [Caseload(names.get(user, ""), tuple(
        Figure(key, gettext(words), kind, number(now, user, key, kind),
               number(then, user, key, kind)) for key, words, kind in CASELOAD), user)
        for user in people if user in names]
    return tuple(sorted(loads, key=lambda load: load.counsellor.casefold()))


def _allowances(db: Database, m: Measures) -> Decimal:
    from cjeapp.core.groups.activities import ALLOWANCE_KEY
    from cjeapp.core.org import settings

    return sum((Decimal(str(settings.get_value(db, ALLOWANCE_KEY, "0", on=day))) * people
                for day, people in m.allowances), Decimal(0))
