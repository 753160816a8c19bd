"""Values of the program's own (stored as English words, with no code list), as a person
reads them: a record's status, a trip's vehicle, a service's mode, the two versions of a
conflict."""

from __future__ import annotations

from cjeapp.core.i18n import N_

WORDS: dict[str, dict[str, str]] = {
    "statuses": {
        "waiting": N_("waiting"), "in_progress": N_("in progress"), "closed": N_("closed"),
        "left": N_("left before being seen"), "booked": N_("booked"),
        "attended": N_("attended"), "no_show": N_("did not come"),
        "cancelled": N_("cancelled"), "open": N_("open"), "answered": N_("answered"),
        "enrolled": N_("enrolled"), "waitlisted": N_("waiting list"),
        "withdrawn": N_("withdrawn"), "active": N_("active"), "searching": N_("searching"),
        "lease_signed": N_("lease signed"), "abandoned": N_("abandoned"),
    },
    "resolutions": {"hub": N_("the office's"), "other": N_("the laptop's"),
                    "settled": N_("settled by a later change")},
    "conflict_kinds": {
        "field": N_("changed at the office and on a laptop"),
        "deletion": N_("deleted on one side, changed on the other"),
        "booking": N_("two appointments at the same time"),
        "capacity": N_("more people enrolled than places"),
        "same_person": N_("perhaps one person with two files"),
        "refused": N_("a change from a laptop the office refused"),
    },
    "vehicles": {"own_car": N_("Own car"), "organization": N_("Organization")},
    "service_modes": {"individual": N_("individual"), "group": N_("group")},
}
STATUSES = WORDS["statuses"]
