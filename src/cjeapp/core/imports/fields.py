"""What a column of a spreadsheet of people can hold, how its title is recognized (French and
English words, accents and case aside), and how a cell becomes the program's value.

A coded field (sex, region, immigration category, country, language, counsellor) accepts
the code, its French or English label, and for countries and languages their CLDR names;
a value the mapping translates (« Réfugié » → refugee_government) comes first. A value that
is none of these is refused with the field and what to do."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from cjeapp.core.codelists import codelist
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import Message
from cjeapp.core.i18n import msg
from cjeapp.core.locale_format import country_named
from cjeapp.core.locale_format import language_named
from cjeapp.core.search.normalize import words_key

key = words_key  # a title or a value as compared


def registry_caption(name: str, table: str = "clients") -> str:
    """A field's caption: the field registry's (``cjeapp.core.fields``), never one of its
    own."""
    from cjeapp.core import fields

    found = fields.form_caption(name) if table == "clients" else fields.caption(table, name)
    if found is None:
        raise AssertionError(f"{table}.{name} has no caption in the field registry")
    return found


@dataclass(frozen=True)
class ImportField:
    name: str  # the ClientForm field (or full_name, assigned_counsellor)
    caption: str  # msgid, in the core catalogue
    titles: tuple[str, ...]  # column titles that mean it (as ``key`` gives them)
    coded: str | None = None  # the code list, "country", "language" or "counsellor"
    required: bool = False


PEOPLE: tuple[ImportField, ...] = (
    ImportField("first_name", registry_caption("first_name"),
                ("prenom", "prenoms", "first name", "firstname", "given name", "given names"),
                required=True),
    ImportField("last_name", registry_caption("last_name"),
                ("nom", "nom de famille", "last name", "lastname", "surname", "family name"),
                required=True),
    ImportField("full_name", registry_caption("full_name"),
                ("nom complet", "nom et prenom", "nom prenom", "client", "cliente",
                 "personne", "full name", "name", "client name")),
    ImportField("birth_date", registry_caption("birth_date"),
                ("date de naissance", "naissance", "ddn", "ne le", "nee le", "ne e le",
                 "date of birth", "birth date", "birthdate", "dob")),
    ImportField("sex", registry_caption("sex"), ("sexe", "sex", "h f", "f m"), coded="sexes"),
    ImportField("country_of_birth", registry_caption("country_of_birth"),
                ("pays de naissance", "pays d origine", "pays", "origine",
                 "country of birth", "country", "country of origin"), coded="country"),
    ImportField("citizenship", registry_caption("citizenship"),
                ("citoyennete", "nationalite", "citizenship", "nationality"), coded="country"),
    ImportField("phone", registry_caption("phone"),
                ("telephone", "tel", "no de telephone", "numero de telephone", "cellulaire",
                 "cell", "phone", "phone number", "mobile")),
    ImportField("email", registry_caption("email"),
                ("courriel", "adresse courriel", "e mail", "email", "adresse electronique")),
    ImportField("address", registry_caption("address"), ("adresse", "address", "adresse postale")),
    ImportField("municipality", registry_caption("municipality"),
                ("ville", "municipalite", "city", "town", "municipality")),
    ImportField("region_code", registry_caption("region_code"),
                ("region", "region administrative", "administrative region"),
                coded="regions"),
    ImportField("mifi_client_number", registry_caption("mifi_client_number"),
                ("no client mifi", "numero client mifi", "numero de client mifi", "no mifi",
                 "numero mifi", "mifi", "client mifi", "id mifi", "dossier mifi",
                 "mifi client number", "mifi number")),
    ImportField("immigration_category", registry_caption("immigration_category"),
                ("categorie", "categorie d immigration", "category", "immigration category",
                 "programme d immigration"), coded="immigration_categories"),
    ImportField("immigration_status", registry_caption("immigration_status"),
                ("statut", "statut actuel", "statut d immigration", "status",
                 "immigration status"), coded="immigration_statuses"),
    ImportField("arrival_date", registry_caption("arrival_date"),
                ("date d arrivee", "arrivee", "arrivee au quebec", "date d arrivee au quebec",
                 "arrival", "arrival date", "date of arrival")),
    ImportField("french_level", registry_caption("french_level"),
                ("niveau de francais", "francais", "french level", "french"),
                coded="french_levels"),
    ImportField("languages", registry_caption("languages"),
                ("langues", "langue", "langues parlees", "langue maternelle", "languages",
                 "language", "languages spoken"), coded="language"),
    ImportField("interpreter_language", registry_caption("interpreter_language"),
                ("interprete", "langue de l interprete", "interpreter"), coded="language"),
    ImportField("assigned_counsellor", registry_caption("assigned_counsellor"),
                ("conseillere", "conseiller", "conseiller e", "intervenante", "intervenant",
                 "agente", "agent", "responsable", "counsellor", "counselor",
                 "caseworker"), coded="counsellor"),
)
FIELDS = {field.name: field for field in PEOPLE}
# Named things of the database a coded value may name: {"counsellor": {folded name: id}}.
Named = dict[str, dict[str, str]]


def propose(headers: list[str], fields: tuple[ImportField, ...] = PEOPLE) -> dict[str, int]:
    """The column proposed for each field, from the titles (each column used once; an
    exact title first, then a title that starts with one of the field's words)."""
    proposed: dict[str, int] = {}
    taken: set[int] = set()
    keys = [key(header) for header in headers]
    for exact in (True, False):
        for field in fields:
            if field.name in proposed:
                continue
            for index, title in enumerate(keys):
                if index in taken or not title:
                    continue
                if title in field.titles or (not exact and any(
                        title.startswith(word + " ") for word in field.titles
                        if len(word) > 3)):
                    proposed[field.name] = index
                    taken.add(index)
                    break
    if "first_name" in proposed and "last_name" in proposed:
        proposed.pop("full_name", None)
    return proposed


@cache
def _code_labels(list_name: str) -> dict[str, str]:
    if list_name == "presence":
        return {word: code for code, words in (
            ("1", ("1", "x", "p", "present", "presente", "oui", "o", "yes", "y", "v", "vrai",
                   "true")),
            ("0", ("0", "a", "absent", "absente", "non", "n", "no", "faux", "false")))
            for word in words}
    if list_name == "service_modes":
        return {"individuel": "individual", "individuelle": "individual", "indiv": "individual",
                "i": "individual", "individual": "individual", "groupe": "group",
                "en groupe": "group", "collectif": "group", "g": "group", "group": "group"}
    labels: dict[str, str] = {}
    for entry in codelist(list_name).codes:
        labels[key(entry.code)] = entry.code
        for label in entry.labels.values():
            labels.setdefault(key(label), entry.code)
    if list_name == "sexes":
        labels.update({"h": "M", "homme": "M", "masculin": "M", "male": "M", "man": "M",
                       "femme": "F", "feminin": "F", "female": "F", "woman": "F", "w": "F",
                       "autre": "X", "other": "X"})
    if list_name == "regions":
        labels.update({str(int(entry.code)): entry.code for entry in codelist(list_name).codes
                       if entry.code.isdigit()})
    return labels


def coded_value(field: ImportField, value: str, translations: dict[str, str],
                named: Named) -> str | None:
    """The program's code for ``value`` (None when nothing matches)."""
    folded = key(value)
    if folded in translations:
        return translations[folded]
    if field.coded == "country":
        return country_named(value)
    if field.coded == "language":
        return language_named(value)
    if field.coded in named:
        return named[field.coded].get(folded)
    if field.coded is not None:
        return _code_labels(field.coded).get(folded)
    return None


def refusal(field: ImportField, value: str) -> Message:
    return msg(N_("« {value} » is not a value of {field}: translate it in the mapping, or "
                  "correct the file."), value=value, field=msg(field.caption))
