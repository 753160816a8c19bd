"""What each kind of document says, in French or English: a title and body blocks.

Builders take plain data and return text only, so the register can keep exactly what was
printed (for reprints) and the layout stays in one place (``layout.render``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from cjeapp.core.documents.layout import Block
from cjeapp.core.documents.notices import notice_text
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.i18n import ngettext
from cjeapp.core.locale_format import format_date
from cjeapp.core.locale_format import format_duration
from cjeapp.core.locale_format import format_number
from cjeapp.core.typography import fill


@dataclass(frozen=True)
class SessionLine:
    day: date
    hours: Decimal
    part: int | None
    present: bool


def participation(person: str, activity: str, sessions: list[SessionLine], parts_required: int,
                  completed: bool, language: str, *,
                  continues_until: date | None = None) -> tuple[str, list[Block]]:
    """The sessions held so far; when some are still to come, the document says so."""
    def t(text: str) -> str:
        return gettext(text, language)

    attended = [s for s in sessions if s.present]
    hours = sum((s.hours for s in attended), Decimal(0))
    parts = sorted({s.part for s in attended if s.part})
    blocks: list[Block] = [
        ("p", fill(t(N_("We certify that {person} took part in the activity \"{activity}\".")),
                   language, person=person, activity=activity)),
        ("table", [t(N_("Date")), t(N_("Part")), t(N_("Hours")), t(N_("Present"))],
         [[format_date(s.day, language, style="medium"), str(s.part or ""),
           format_number(s.hours, language), t(N_("yes")) if s.present else t(N_("no"))]
          for s in sessions], [5, 3, 3, 3]),
        ("p", t(N_("Hours attended: {hours}.")).format(hours=format_number(hours, language))),
    ]
    if parts_required > 1:
        blocks.append(("p", t(N_("Parts completed: {done} of {total}.")).format(
            done=len(parts), total=parts_required)))
    if completed:
        blocks.append(("p", t(N_("The person attended every part of the activity."))))
    if continues_until is not None:
        blocks.append(("p", fill(t(N_("The activity continues until {day}; this attestation "
                                      "covers the sessions held so far.")), language,
                                 day=format_date(continues_until, language, style="long"))))
    return t(N_("Attestation of participation")), blocks


@dataclass(frozen=True)
class ServiceLine:
    day: date
    label: str
    minutes: int


def services_received(person: str, first: date, last: date, services: list[ServiceLine],
                      language: str) -> tuple[str, list[Block]]:
    def t(text: str) -> str:
        return gettext(text, language)

    minutes = sum(line.minutes for line in services)
    return t(N_("Attestation of services received")), [
        ("p", fill(t(N_("We certify that {person} received the following services from {first} "
                        "to {last}.")), language, person=person,
                   first=format_date(first, language), last=format_date(last, language))),
        ("table", [t(N_("Date")), t(N_("Service")), t(N_("Minutes"))],
         [[format_date(line.day, language, style="medium"), line.label, str(line.minutes)]
          for line in services], [3.5, 10, 2.5]),
        ("p", t(N_("Total: {services}, {hours}.")).format(
            services=ngettext("{count} service", "{count} services", len(services),
                              language).format(count=format_number(len(services), language)),
            hours=format_duration(minutes, language))),
    ]


def referral_letter(person: str, partner: str, contact: str | None, reason: str,
                    referred_on: date, counsellor: str, consent_on: date | None,
                    language: str, *, person_contact: str | None = None,
                    interpreter: str | None = None,
                    counsellor_contact: str | None = None) -> tuple[str, list[Block]]:
    """The letter; with the person's consent to this referral, how to reach them and the
    interpreter they need (a language's name), and how to reach their counsellor."""
    def t(text: str) -> str:
        return gettext(text, language)

    blocks: list[Block] = [
        ("p", t(N_("To: {partner}")).format(partner=partner + (f", {contact}" if contact
                                                                 else ""))),
        ("p", fill(t(N_("We refer {person} to your organization for the following reason: "
                        "{reason}")), language, person=person, reason=reason)),
        ("p", fill(t(N_("Referral made on {date} by {counsellor}.")), language,
                   date=format_date(referred_on, language), counsellor=counsellor)),
    ]
    if consent_on:
        blocks.append(("p", t(N_("The person consented on {date} to our sharing the "
                                 "information needed for this referral with you.")).format(
            date=format_date(consent_on, language))))
        if person_contact:
            blocks.append(("p", fill(t(N_("To reach {person}: {contact}.")), language,
                                     person=person, contact=person_contact)))
        if interpreter:
            blocks.append(("p", fill(t(N_("{person} needs an interpreter ({spoken}).")),
                                     language, person=person, spoken=interpreter)))
    if counsellor and counsellor_contact:
        blocks.append(("p", fill(t(N_("Your contact with us: {counsellor}, {contact}.")),
                                 language, counsellor=counsellor, contact=counsellor_contact)))
    blocks.append(("p", t(N_("Thank you for your help; do not hesitate to contact us."))))
    return t(N_("Referral letter")), blocks


def collection_notice(person: str, officer_name: str, officer_title: str,
                      officer_contact: str, language: str) -> tuple[str, list[Block]]:
    """The notice in ``language`` from its resource file (see ``notices``)."""
    text = notice_text(language)
    blocks: list[Block] = [("p", text.for_line.format(name=person))]
    blocks += [("p", paragraph) for paragraph in text.paragraphs]
    blocks.append(("p", text.officer.format(name=officer_name, title=officer_title,
                                            contact=officer_contact)))
    return text.title, blocks
