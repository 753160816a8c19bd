"""The fields of each kind of import besides people: services given, activity attendance
and partners. A service or an attendance names its person as lists do — a name (with the
birth date, the MIFI number or the phone when namesakes exist) — found among the existing
files by ``people.same_person``'s rule."""

from __future__ import annotations

from dataclasses import dataclass

from cjeapp.core.i18n import N_
from cjeapp.core.imports.fields import FIELDS
from cjeapp.core.imports.fields import PEOPLE
from cjeapp.core.imports.fields import ImportField
from cjeapp.core.imports.fields import registry_caption
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission

# The person a row is about, as the people import reads them.
PERSON = tuple(FIELDS[name] for name in ("full_name", "last_name", "first_name",
                                         "birth_date", "mifi_client_number", "phone"))
PERSON_REQUIRED = ("full_name", "last_name", "mifi_client_number")

SERVICES: tuple[ImportField, ...] = (
    *PERSON,
    ImportField("delivered_on", registry_caption("delivered_on", "service_records"),
                ("date", "date du service", "date de l intervention", "date d intervention",
                 "le", "jour", "service date", "date of service", "day"), required=True),
    ImportField("service_type", registry_caption("service_type", "service_records"),
                ("service", "type de service", "type", "intervention", "nature",
                 "service type", "type of service"), coded="service_types", required=True),
    ImportField("hours", registry_caption("hours"),
                ("heures", "duree", "duree h", "duree heures", "nombre d heures", "nb heures",
                 "temps", "hours", "duration", "time")),
    ImportField("minutes", registry_caption("minutes"),
                ("minutes", "duree min", "duree minutes", "duree en minutes", "min",
                 "duration minutes")),
    ImportField("staff", registry_caption("staff"),
                ("conseillere", "conseiller", "intervenante", "intervenant", "agente",
                 "donne par", "par", "counsellor", "counselor", "staff", "given by"),
                coded="counsellor"),
    ImportField("mode", registry_caption("mode", "service_records"),
                ("mode", "individuel ou groupe", "individuel groupe", "format"),
                coded="service_modes"),
    ImportField("notes", registry_caption("notes", "service_records"),
                ("notes", "note", "commentaire", "commentaires", "remarques", "comments")),
)

ATTENDANCE: tuple[ImportField, ...] = (
    *PERSON,
    ImportField("activity", registry_caption("activity"),
                ("activite", "atelier", "groupe", "session", "activity", "workshop"),
                coded="activity", required=True),
    ImportField("session_date", registry_caption("session_date"),
                ("date", "date de la rencontre", "date de l atelier", "date de la session",
                 "rencontre", "jour", "session date", "date of session"), required=True),
    ImportField("present", registry_caption("present", "attendance"),
                ("present", "presence", "presente", "present e", "attendance", "attended"),
                coded="presence"),
)

PARTNERS: tuple[ImportField, ...] = (
    ImportField("name", registry_caption("name", "partners"),
                ("organisme", "nom", "nom de l organisme", "partenaire", "organisation",
                 "organization", "organisation name", "name", "partner"), required=True),
    ImportField("kind", registry_caption("kind", "partners"),
                ("type", "type d organisme", "categorie", "secteur", "kind", "category",
                 "sector"), coded="partner_kinds", required=True),
    ImportField("contact_person", registry_caption("contact_person", "partners"),
                ("contact", "personne contact", "personne ressource", "responsable",
                 "contact person")),
    ImportField("phone", registry_caption("phone", "partners"),
                ("telephone", "tel", "no de telephone", "phone", "phone number")),
    ImportField("email", registry_caption("email", "partners"),
                ("courriel", "e mail", "email", "adresse courriel")),
    ImportField("address", registry_caption("address", "partners"), ("adresse", "address")),
    ImportField("offers", registry_caption("offers", "partners"),
                ("services offerts", "offre", "services", "description", "offers",
                 "services offered")),
)


@dataclass(frozen=True)
class KindFields:
    name: str
    caption: str  # msgid: what the rows are
    fields: tuple[ImportField, ...]
    required: tuple[tuple[str, ...], ...]  # one field of each group must be mapped
    # Besides DATA_IMPORT, what writing such rows by hand needs: an administrator imports
    # people (as the front desk registers them) but not services, attendance or partners,
    # which are casework.
    permission: Permission

    def captions(self) -> dict[str, str]:
        return {spec.name: spec.caption for spec in self.fields}

    def field(self, name: str) -> ImportField:
        return next(spec for spec in self.fields if spec.name == name)


KINDS: dict[str, KindFields] = {kind.name: kind for kind in (
    KindFields("people", N_("People"), PEOPLE, (("first_name", "full_name"),
                                                ("last_name", "full_name")),
               Permission.CLIENT_WRITE),
    KindFields("services", N_("Services given"), SERVICES,
               (PERSON_REQUIRED, ("delivered_on",), ("service_type",)),
               Permission.CASEWORK_WRITE),
    KindFields("attendance", N_("Activity attendance"), ATTENDANCE,
               (PERSON_REQUIRED, ("activity",), ("session_date",)), Permission.ACTIVITY_WRITE),
    KindFields("partners", N_("Partners"), PARTNERS, (("name",), ("kind",)),
               Permission.PARTNER_WRITE),
)}


def kinds_for(actor: Actor) -> list[KindFields]:
    """The kinds of rows ``actor`` may import, in the order the assistant offers them."""
    if not actor.can(Permission.DATA_IMPORT):
        return []
    return [kind for kind in KINDS.values() if actor.can(kind.permission)]
