"""``cjeapp demo``: fill a database with a year and a half of realistic, deterministic work.

The same seed and reference day give the same rows. Rows are written in bulk on one
transaction; staff passwords are hashed with Argon2 (only five accounts, so it is quick).
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC
from datetime import date
from datetime import datetime
from datetime import timedelta
from random import Random

from cjeapp.core import clock
from cjeapp.core.audit_chain import GENESIS
from cjeapp.core.audit_chain import details_digest
from cjeapp.core.audit_chain import entry_hash
from cjeapp.core.codelists import codelist
from cjeapp.core.db import sqlite_file
from cjeapp.core.db.database import Database
from cjeapp.core.demo import names
from cjeapp.core.demo.name_draw import NameDraw
from cjeapp.core.demo.schedule import QC as QC_CALENDAR
from cjeapp.core.demo.schedule import SlotBook
from cjeapp.core.demo.schedule import local_moment
from cjeapp.core.demo.writer import BulkWriter
from cjeapp.core.fields.derived import phone_digits
from cjeapp.core.ids import ClientId
from cjeapp.core.ids import UserId
from cjeapp.core.search.normalize import fold
from cjeapp.core.search.normalize import sort_key
from cjeapp.core.staff.passwords import hash_password

HISTORY_DAYS = 548  # a year and a half
NOTICES = 12  # collection notices issued for the newest people
OLD_FILES = 3  # people last served nine years ago: past their retention


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    full_name: str
    role: str


DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("accueil", "demo-accueil", "Josée Pelletier", "reception"),
    DemoAccount("conseillere", "demo-conseil", "Marie-Ève Tremblay", "counsellor"),
    DemoAccount("coordination", "demo-coord", "Rouksanah Nana", "coordinator"),
    DemoAccount("direction", "demo-direction", "Andréane Morin", "director"),
    DemoAccount("admin", "demo-admin", "Luc Gagnon", "administrator"),
)
EXTRA_COUNSELLORS = ("Karim Benjelloun", "Julie Roy-Lachance")

PARTNERS = (
    ("Cabinet Lapointe, avocats en immigration", "legal", "Me Sophie Lapointe"),
    ("Centre de francisation L'Envol", "francisation", "Danielle Fortin"),
    ("Centre de services scolaire des Appalaches", "school_service_centre", "Martin Poulin"),
    ("Services Québec – bureau de Thetford Mines", "employment", "Nancy Roy"),
    ("Transport collectif de la MRC des Appalaches", "transport", "Guy Vachon"),
    ("Office municipal d'habitation de Thetford", "housing", "Lise Bolduc"),
    ("CISSS de Chaudière-Appalaches – services psychosociaux", "psychosocial", "Accueil social"),
    ("Meubles-Partage Appalaches", "community", "Claire Giguère"),
    ("Clinique juridique populaire", "legal", "Me Amadou Diallo"),
    ("Carrefour jeunesse-emploi – volet emploi", "employment", "Stéphane Breton"),
)

TRANSPORT_RULES: tuple[tuple[str, str | None, dict[str, bool], str, str], ...] = (
    ("SAAQ : le premier rendez-vous est accompagné", "saaq", {"first_request_only": True},
     "approve", "La première démarche à la SAAQ se fait avec la conseillère."),
    ("SAAQ : les rendez-vous suivants se font seuls", "saaq", {}, "refuse",
     "La personne se rend seule aux rendez-vous suivants."),
    ("Transport seulement si la conseillère doit être présente", None,
     {"counsellor_presence_needed": True}, "approve",
     "L'accompagnement exige la présence de la conseillère."),
    ("Employeur : demander si quelqu'un peut accompagner", "employer", {}, "ask_employer",
     "Vérifier auprès de l'employeur si un collègue peut accompagner."),
    ("Sinon, référer à un organisme de transport", None, {}, "refer_transport_org",
     "Référer au transport collectif de la MRC."),
)


@dataclass
class DemoSummary:
    clients: int
    rows: dict[str, int]
    seconds: float


def _pick_weighted(rng: Random, pairs: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([code for code, _ in pairs], weights=[w for _, w in pairs])[0]


class _Generator:
    def __init__(self, writer: BulkWriter, rng: Random, today: date, clients: int) -> None:
        self.w = writer
        self.rng = rng
        self.today = today
        self.n = clients
        self.start = today - timedelta(days=HISTORY_DAYS)
        self.counsellors: list[str] = []
        self.staff: dict[str, str] = {}
        self.offices: list[str] = []
        self.partners: list[tuple[str, str]] = []
        self.clients: list[tuple[str, date]] = []
        self.slots = SlotBook(rng)
        self.name_draw = NameDraw(rng)

    def day_in_history(self, earliest: date | None = None) -> date:
        first = max(earliest or self.start, self.start)
        span = max((self.today - first).days, 0)
        return first + timedelta(days=self.rng.randint(0, span))

    # -- organization -------------------------------------------------------------------
    def organization(self) -> None:
        org = self.w.add("organizations", {
            "name": "Carrefour jeunesse-emploi de Frontenac (démo)",
            "address": "37, rue Notre-Dame Ouest, Thetford Mines (Québec) G6G 1J1",
            "phone": "418 335-0802", "email": "accueil@cje-demo.example",
            "agreement_number": "PASI-2026-0412",
            "privacy_officer_name": "Andréane Morin",
            "privacy_officer_title": "Directrice générale",
            "privacy_officer_contact": "418 335-0802, poste 221 · vieprivee@cje-demo.example",
            "signer_name": "Andréane Morin", "signer_title": "Directrice générale",
            "signer_title_en": "Executive Director",
            "logo_png": None, "signature_png": None})
        hours = json.dumps({str(day): ["08:30", "16:30"] for day in range(5)})
        for name, municipality, pos in (("Bureau de Thetford Mines", "Thetford Mines", False),
                                        ("Point de service de Disraeli", "Disraeli", True),
                                        ("Point de service d'Adstock", "Adstock", True)):
            self.offices.append(self.w.add("offices", {
                "organization_id": org, "name": name, "address": None,
                "municipality": municipality, "region_code": "12", "phone": "418 335-0802",
                "is_point_of_service": pos, "opening_hours": hours}))

    def privacy_requests(self) -> None:
        """A few requests under Law 25: one whose deadline is near, one just received, two
        answered, so the privacy officer's register has something to show."""
        if len(self.clients) < 4:
            return
        people = self.rng.sample(self.clients, 4)
        for (client, _first), (kind, received, answered, details, answer) in zip(people, (
                ("access", 26, None, "Demande écrite de copie complète du dossier.", None),
                ("portability", 5, None, "Veut transférer son dossier à un autre organisme.",
                 None),
                ("rectification", 40, 20, "Adresse et numéro de téléphone à jour.",
                 "Adresse et téléphone corrigés dans le dossier; confirmé par téléphone."),
                ("withdrawal", 60, 58, "Retire son consentement au partage avec le bailleur "
                 "de fonds.", "Consentement retiré; plus transmis au MIFI.")), strict=True):
            received_on = self.today - timedelta(days=received)
            self.w.add("privacy_requests", {
                "client_id": client, "kind": kind, "requester": None,
                "received_on": received_on, "due_on": received_on + timedelta(days=30),
                "details": details, "answer": answer, "withheld_reason": None,
                "answered_on": self.today - timedelta(days=answered) if answered else None})

    def old_files(self, count: int) -> None:
        """A few people served nine years ago and not since: past the 7-year retention, so
        Vie privée › Conservation has files to show. Made last, with the history moved back
        nine years, and kept out of the other stages (which would give them new activity)."""
        today, start, known = self.today, self.start, len(self.clients)
        stamped = self.w.created_stamp
        self.today = today - timedelta(days=9 * 365)
        self.start = self.today - timedelta(days=HISTORY_DAYS)
        # Records the writer dates by itself (notes) are dated then too.
        self.w.created_stamp = datetime.combine(self.start, datetime.min.time(), UTC)
        try:
            origin = names.ORIGINS[0]
            municipality, region = names.MUNICIPALITIES[0]
            for index in range(count):
                family = origin.last[index % len(origin.last)]
                address = f"{120 + index}, {names.STREETS[0]}, {municipality}"
                household = self.w.add("households", {
                    "label": f"Famille {family}", "address": address,
                    "municipality": municipality, "region_code": region})
                self.person(origin, household, family, 0, self.day_in_history(),
                            "skilled_worker", self.rng.choice(self.counsellors),
                            municipality, region, address)
        finally:
            self.today, self.start = today, start
            self.w.created_stamp = stamped
            del self.clients[known:]

    def past_import(self) -> None:
        """The list the organization kept before the program, imported on its first day:
        its batch (too old to undo) and the files it brought, row by row."""
        brought = self.clients[:15]
        if not brought:
            return
        batch = self.w.add("import_batches", {
            "kind": "people", "source_name": "liste-clients-2023.xlsx",
            "source_sha256": "0" * 64, "rows": len(brought) + 1, "imported": len(brought),
            "undone_at": None})
        for row, (client, _first_contact) in enumerate(brought, start=2):
            self.w.add("import_records", {"batch_id": batch, "entity": "clients",
                                          "record_id": client, "source_row": row})

    def destructions(self) -> None:
        """A destruction made last spring under the default rule (the register's example)."""
        self.w.add("destructions", {
            "destroyed_on": self.today - timedelta(days=180),
            "rule": "Dossier inactif depuis 7 ans après sa dernière activité",
            "kinds": "identité, coordonnées, numéro de client du MIFI, texte libre de chaque "
                     "enregistrement, mots des documents remis, détails du journal d'audit",
            "persons": 2})

    def staff_accounts(self) -> None:
        accounts = [(a.username, a.full_name, a.role, a.password) for a in DEMO_ACCOUNTS]
        extra = list(EXTRA_COUNSELLORS)
        # About 250 people a year per counsellor, as the organizations describe.
        for index in range(max(0, -(-self.n // 250) - len(EXTRA_COUNSELLORS) - 2)):
            first = names.STAFF_FIRST_NAMES[index % len(names.STAFF_FIRST_NAMES)]
            last = names.STAFF_SURNAMES[(index // len(names.STAFF_FIRST_NAMES) + index)
                                        % len(names.STAFF_SURNAMES)]
            extra.append(f"{first} {last}")
        for index, full_name in enumerate(extra):
            accounts.append((f"conseil{index + 2}", full_name, "counsellor", "demo-conseil"))
        hashes: dict[str, str] = {}
        for username, full_name, role, password in accounts:
            if password not in hashes:
                hashes[password] = hash_password(password)
            ident = self.w.add("users", {
                "username": username, "full_name": full_name, "role": role,
                "password_hash": hashes[password], "active": True,
                "email": f"{username}@cje-demo.example", "office_id": self.offices[0],
                "language": "fr", "last_login_at": None, "must_change_password": False,
                "title_form": "m" if full_name.split()[0] in names.MASCULINE_FIRST_NAMES
                else "f"})
            self.staff[username] = ident
            if role in ("counsellor", "coordinator"):
                self.counsellors.append(ident)

    def reference_data(self) -> None:
        for name, kind, contact in PARTNERS:
            ident = self.w.add("partners", {
                "name": name, "kind": kind, "contact_person": contact,
                "phone": f"418 33{self.rng.randint(0, 9)}-{self.rng.randint(1000, 9999)}",
                "email": None, "address": "Thetford Mines",
                "offers": codelist("partner_kinds").label(kind, "fr")})
            self.partners.append((ident, kind))
        for position, (name, destination, condition, decision, why) in enumerate(TRANSPORT_RULES):
            self.w.add("transport_rules", {
                "position": position + 1, "name": name, "destination_kind": destination,
                "condition": json.dumps(condition), "decision": decision, "explanation": why,
                "active": True})
        self.w.add("settings", {"key": "objectif_integration.allowance", "value": "185.00",
                                "effective_from": date(2019, 8, 8)})
        self.w.add("settings", {"key": "session.lock_minutes", "value": "10",
                                "effective_from": None})
        self.w.add("confidentiality_incidents", {
            "description": "Courriel contenant une liste de rendez-vous envoyé au mauvais "
                           "partenaire.",
            "circumstances": "Erreur de destinataire; le partenaire a confirmé la suppression.",
            "occurred_on": self.today - timedelta(days=200),
            "discovered_on": self.today - timedelta(days=199), "persons_affected": 6,
            "personal_information": "Noms et heures de rendez-vous",
            "risk_assessment": "Risque faible : aucun renseignement sensible.",
            "serious_injury_risk": False, "notices_sent": "Aucun avis requis",
            "measures_taken": "Rappel des règles d'envoi; saisie semi-automatique désactivée.",
            "commission_notified_on": None, "persons_notified_on": None})
        self.w.add("confidentiality_incidents", {
            "description": "Ordinateur portable d'une conseillère volé dans un véhicule.",
            "circumstances": "Vol avec effraction au stationnement du point de service.",
            "occurred_on": self.today - timedelta(days=12),
            "discovered_on": self.today - timedelta(days=11), "persons_affected": 48,
            "personal_information": "Dossiers de suivi : identité, statut d'immigration, "
                                    "notes",
            "risk_assessment": "Renseignements sensibles (statut, santé dans les notes); "
                               "disque chiffré, mais mot de passe noté près de l'appareil.",
            "serious_injury_risk": True, "notices_sent": "Avis à la Commission transmis",
            "measures_taken": "Mot de passe changé, clé de l'appareil retirée du fichier.",
            "commission_notified_on": self.today - timedelta(days=10),
            "persons_notified_on": None})
        # Last fiscal year's package went to the funder (its file is not kept here).
        year_end = date(self.today.year if self.today.month > 3 else self.today.year - 1, 3, 31)
        self.w.add("funder_packages", {
            "profile": "PASI 2026.1", "period_from": date(year_end.year - 1, 4, 1),
            "period_to": year_end, "sequence": 1,
            "manifest_sha256": hashlib.sha256(b"demo").hexdigest()})

    # -- people -------------------------------------------------------------------------
    def people(self, on_progress: Callable[[int], None] | None) -> None:
        rng = self.rng
        weights = [origin.weight for origin in names.ORIGINS]
        count = 0
        while count < self.n:
            origin = rng.choices(names.ORIGINS, weights=weights)[0]
            size = min(rng.choice((1, 1, 1, 2, 2, 3)), self.n - count)
            family = rng.choice(origin.last)
            municipality, region = rng.choice(names.MUNICIPALITIES)
            address = f"{rng.randint(10, 2999)}, {rng.choice(names.STREETS)}, {municipality}"
            household = self.w.add("households", {
                "label": f"Famille {family}", "address": address,
                "municipality": municipality, "region_code": region})
            arrival = self.day_in_history() - timedelta(days=rng.randint(0, 120))
            category = _pick_weighted(rng, origin.category_weights)
            counsellor = rng.choice(self.counsellors)
            for member in range(size):
                self.person(origin, household, family, member, arrival, category, counsellor,
                            municipality, region, address)
                count += 1
                if on_progress and count % 5000 == 0:
                    on_progress(count)
            if rng.random() < 0.45:
                for _ in range(rng.randint(1, 3)):
                    self.child(household, family, arrival)

    def person(self, origin: names.Origin, household: str, family: str, member: int,
               arrival: date, category: str, counsellor: str, municipality: str, region: str,
               address: str) -> None:
        rng = self.rng
        female = rng.random() < 0.52
        keeps_family = member == 0 or rng.random() < 0.7
        first, last = self.name_draw.draw(origin, female, family if keeps_family else None)
        script = origin.native_script or {}
        other = " ".join(part for part in (script.get(first), script.get(last)) if part) or None
        birth = date(self.today.year - rng.randint(18, 64), rng.randint(1, 12), rng.randint(1, 28))
        phone = f"418 {rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
        email_name = "".join(ch for ch in fold(f"{first}.{last}") if ch.isascii() and
                             (ch.isalnum() or ch == "."))
        first_contact = max(arrival + timedelta(days=rng.randint(1, 30)), self.start)
        first_contact = min(first_contact, self.today)
        refugee = category.startswith("refugee") or category == "protected_person"
        french = rng.choice(("none", "beginner", "beginner", "intermediate", "advanced"))
        client = self.w.add("clients", {
            "first_name": first, "last_name": last, "other_names": other,
            "birth_date": birth, "sex": "F" if female else "M", "gender": None,
            "country_of_birth": origin.country, "citizenship": origin.country,
            "preferred_language": "en" if origin.languages[0] in ("en", "hi", "tl") else "fr",
            "french_level": french,
            # No French yet and a mother tongue the staff do not speak: an interpreter.
            "interpreter_needed": french == "none" and origin.languages[0] not in ("fr", "en"),
            "interpreter_language": origin.languages[0]
            if french == "none" and origin.languages[0] not in ("fr", "en") else None,
            "immigration_category": category,
            "immigration_status": {"asylum_seeker": "asylum_claimant",
                                   "temporary_worker": "work_permit",
                                   "student": "study_permit"}.get(category,
                                                                  "permanent_resident"),
            "arrival_date": arrival,
            "mifi_client_number": str(rng.randint(10_000_000, 99_999_999))
            if rng.random() < 0.8 else None,
            "phone": phone, "phone_digits": phone_digits(phone),
            "email": f"{email_name}{rng.randint(1, 99)}@courriel.example"
            if rng.random() < 0.7 else None,
            "address": address, "municipality": municipality, "region_code": region,
            "household_id": household, "assigned_counsellor_id": counsellor,
            "office_id": rng.choice(self.offices),
            "has_sin": rng.random() < 0.7, "has_ramq_card": rng.random() < 0.6,
            "has_drivers_licence": rng.random() < 0.3, "has_bank_account": rng.random() < 0.8,
            "first_contact_on": first_contact, "sort_key": sort_key(first, last),
        }, created=datetime.combine(first_contact, datetime.min.time(), UTC))
        self.w.add("household_members", {
            "household_id": household, "client_id": client, "first_name": None,
            "last_name": None, "birth_date": None,
            "relationship": "self" if member == 0 else "spouse" if member == 1 else "other",
            "school_need": None, "school_name": None, "notes": None})
        for index, language in enumerate(origin.languages):
            self.w.add("client_languages", {"client_id": client, "language_code": language,
                                            "is_mother_tongue": index == 0})
        self.clients.append((client, first_contact))
        self.consents(client, first_contact)
        self.casework(client, counsellor, first_contact, refugee, category)

    def child(self, household: str, family: str, arrival: date) -> None:
        age = self.rng.randint(0, 16)
        need = ("daycare" if age < 5 else "primary" if age < 12 else "secondary")
        if age >= 6 and self.rng.random() < 0.4:
            need = "welcome_class"
        self.w.add("household_members", {
            "household_id": household, "client_id": None,
            "first_name": self.rng.choice(names.CHILD_NAMES), "last_name": family,
            "birth_date": date(self.today.year - age, self.rng.randint(1, 12),
                               self.rng.randint(1, 28)),
            "relationship": "child", "school_need": need,
            "school_name": "École Saint-Noël" if need != "daycare" else None, "notes": None})

    def consents(self, client: str, day: date) -> None:
        rng = self.rng
        for purpose, share in (("service", 1.0), ("funder_transmission", 0.8), ("research", 0.35)):
            if rng.random() < share:
                self.w.add("consents", {
                    "client_id": client, "purpose": purpose, "partner_id": None,
                    "given_on": day, "recorded_by": self.staff["accueil"],
                    "method": rng.choice(("written", "written", "verbal")), "language": "fr",
                    "expires_on": None,
                    "withdrawn_on": day + timedelta(days=90) if rng.random() < 0.02 else None})

    def todays_appointments(self) -> None:
        """Marie-Ève's day: a few appointments, the past ones attended."""
        if len(self.clients) < 40:
            return
        day = QC_CALENDAR.next_business_day(self.today)
        counsellor = self.staff["conseillere"]
        now = clock.now()
        for index in range(5):
            client, _first = self.clients[-3 - index * 5]
            minutes = (45, 60, 30, 45, 60)[index]
            starts = self.slots.take(counsellor, day, minutes)
            if starts is None:
                continue
            self.w.add("appointments", {
                "client_id": client, "counsellor_id": counsellor, "office_id": self.offices[0],
                "kind": ("follow_up", "needs_assessment", "welcome", "transport",
                         "follow_up")[index],
                "place": ("office", "office", "phone", "point_of_service", "video")[index],
                "starts_at": starts, "ends_at": starts + timedelta(minutes=minutes),
                "status": "attended" if starts + timedelta(minutes=minutes) < now else "booked",
                "cancel_reason": None, "notes": None}, created=starts - timedelta(days=2))

    def todays_walk_ins(self) -> None:
        """A morning at the desk: two visits done, one in progress, three people waiting."""
        if len(self.clients) < 6:
            return
        now = clock.now() if self.today == clock.today() else local_moment(self.today, 11, 0)
        reasons = names.VISIT_REASONS
        for index, (minutes_ago, status) in enumerate(((95, "closed"), (70, "closed"),
                                                       (40, "in_progress"), (22, "waiting"),
                                                       (9, "waiting"), (3, "waiting"))):
            client, _first = self.clients[-1 - (index * 7) % len(self.clients)]
            arrived = now - timedelta(minutes=minutes_ago)
            taken = arrived + timedelta(minutes=12) if status != "waiting" else None
            self.w.add("visits", {
                "client_id": client, "office_id": self.offices[0],
                "reason": reasons[index % len(reasons)], "status": status,
                "arrived_at": arrived, "taken_at": taken,
                "taken_by": self.staff["conseillere"] if taken else None,
                "closed_at": taken + timedelta(minutes=25) if status == "closed" and taken
                else None,
                "outcome": "Information donnée." if status == "closed" else None},
                created=arrived)

    # -- work done with each person -------------------------------------------------------
    def casework(self, client: str, counsellor: str, first_contact: date, refugee: bool,
                 category: str) -> None:
        from cjeapp.core.demo.casework import person_history

        person_history(self, client, counsellor, first_contact, refugee, category)


def _issue_notices(db: Database, generator: _Generator) -> None:
    """Real collection notices for the newest people, through the documents service."""
    from cjeapp.core.documents.issuing import issue_collection_notice
    from cjeapp.core.permissions import Actor
    from cjeapp.core.permissions import Role

    account = DEMO_ACCOUNTS[0]
    reception = Actor(user_id=UserId(generator.staff[account.username]), username=account.username,
                      full_name=account.full_name, role=Role.RECEPTION)
    for client, _first_contact in generator.clients[-NOTICES:]:
        issue_collection_notice(db, reception, ClientId(client))


def _hand_out_keys(db: Database) -> None:
    """The demo's notes sealed, each account holding what its role is for."""
    from sqlalchemy import select

    from cjeapp.core.custody.taking_up import set_up_for
    from cjeapp.core.models import User
    from cjeapp.core.staff.accounts import actor_for

    with db.read_session() as session:
        users = {user.username: user for user in session.scalars(select(User))}
        people = [(actor_for(users[account.username]), account.password)
                  for account in DEMO_ACCOUNTS if account.username in users]
    set_up_for(db, people)


def generate(db: Database, *, clients: int, seed: int, today: date | None = None,
             on_progress: Callable[[int], None] | None = None) -> DemoSummary:
    """Fill ``db`` (a freshly created, empty database) with demo data."""
    started = time.perf_counter()
    reference_day = today or clock.today()
    rng = Random(seed)
    created = local_moment(reference_day - timedelta(days=HISTORY_DAYS), 8, 0)
    raw = db.engine.raw_connection()
    try:
        connection = sqlite_file.driver(raw)
        connection.execute("PRAGMA cache_size=-262144")  # 256 MB: fewer spills mid-load
        connection.execute("BEGIN")
        connection.execute("PRAGMA defer_foreign_keys=ON")
        if connection.execute("SELECT count(*) FROM users").fetchone()[0]:
            connection.execute("ROLLBACK")
            raise ValueError("demo data goes into an empty database only")
        writer = BulkWriter(connection, rng, None, created)
        generator = _Generator(writer, rng, reference_day,
                               clients - (OLD_FILES if clients >= 60 else 0))
        generator.organization()
        generator.staff_accounts()
        generator.reference_data()
        from cjeapp.core.demo.activities import group_activities

        generator.people(on_progress)
        group_activities(generator)
        generator.todays_walk_ins()
        generator.todays_appointments()
        generator.privacy_requests()
        generator.destructions()
        generator.past_import()
        generator.old_files(OLD_FILES if clients >= 60 else 0)
        writer.flush_all()
        ident, at = writer.new_id(), datetime.now(UTC)
        details = json.dumps({"clients": clients, "seed": seed,
                              "today": reference_day.isoformat()})
        seq, previous = connection.execute(
            "SELECT seq, chain_hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone() or (
            0, GENESIS)
        connection.execute(
            "INSERT INTO audit_log (id, seq, prev_hash, chain_hash, at, user_id, action, "
            "entity, entity_id, details, details_sha256) "
            "VALUES (?, ?, ?, ?, ?, NULL, 'import', 'demo', NULL, ?, ?)",
            (ident, seq + 1, previous, entry_hash(previous, seq + 1, ident, at, None, "import",
                                                  "demo", None, details),
             at.strftime("%Y-%m-%d %H:%M:%S.%f"), details, details_digest(details)))
        connection.execute("COMMIT")
    except BaseException:
        if raw.driver_connection is not None and raw.driver_connection.in_transaction:
            raw.driver_connection.execute("ROLLBACK")
        raise
    finally:
        raw.close()
    _issue_notices(db, generator)
    if db.key is not None:  # the accounts printed with the demo open the file
        key = db.key
        with db.keyring_update() as ring:
            for account in DEMO_ACCOUNTS:
                ring.set_password(key, account.username, account.password)
    _hand_out_keys(db)  # after: each key pair shares its person's salt (one derivation)
    return DemoSummary(clients=clients, rows=dict(writer.counts),
                       seconds=time.perf_counter() - started)
