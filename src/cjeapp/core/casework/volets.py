"""Which PASI volet a service counts under: the program's rules (see BRIEF, "The program the
work is funded by"), applied from the person's situation on the day of the service and the
kind of service, not from the service type alone.

1. Group and full-participation services (activities, intercultural meetings, Objectif
   Intégration: the service type's volet 2) and innovation (5) count under their own volet,
   whoever takes part.
2. A person whose asylum claim is pending (status "asylum claimant", or category "asylum
   seeker" while no other status is known) is served under volet 4, support to asylum
   seekers, for every individual service.
3. A government-assisted refugee (selected abroad and taken in charge by the State) is served
   under volet 3, reception and installation, for installation services during the first
   year after arrival; afterwards, and for other services, as anyone else.
4. Anyone else: the service type's own volet (1, the personalized support pathway, for every
   individual service of the list). A service meant for refugees or claimants (volet 3 or 4)
   keeps its volet when the file does not yet say the person's category or status."""

from __future__ import annotations

from datetime import date

from cjeapp.core.codelists import volet_of_service

FULL_PARTICIPATION, INNOVATION = "2", "5"
PATHWAY, GOVERNMENT_REFUGEES, ASYLUM_SEEKERS = "1", "3", "4"
INSTALLATION_SERVICES = frozenset({
    "needs_assessment", "housing_search", "government_documents", "bank_account",
    "school_daycare", "transport_accompaniment", "refugee_installation"})
INSTALLATION_DAYS = 365


def is_asylum_seeker(category: str | None, status: str | None) -> bool:
    if status == "asylum_claimant":
        return True
    return category == "asylum_seeker" and status in (None, "", "other")


def volet_for(service_type: str, *, category: str | None, status: str | None,
              arrival_date: date | None, delivered_on: date) -> str:
    own = volet_of_service(service_type)
    if own in (FULL_PARTICIPATION, INNOVATION):
        return own
    if is_asylum_seeker(category, status):
        return ASYLUM_SEEKERS
    if category == "refugee_government" and service_type in INSTALLATION_SERVICES and (
            arrival_date is None or (delivered_on - arrival_date).days < INSTALLATION_DAYS):
        return GOVERNMENT_REFUGEES
    if own in (GOVERNMENT_REFUGEES, ASYLUM_SEEKERS) and (category or status):
        # A service meant for refugees or claimants, given to someone the file says is not
        # (or no longer) one: the pathway's support. With nothing in the file, the service
        # chosen is the best evidence of the person's situation.
        return PATHWAY
    return own
