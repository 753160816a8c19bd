"""``cjeapp bench seats``: several seats working on the office's server at once, as a busy
morning does — reception searching as it types, opening and saving files, booking; the
counsellors doing the same and issuing documents — each seat its own thread with its own
staff account and connections. It prints the throughput, each action's p95, the conflicts
the program detected and said (two seats saving one file, a slot taken meanwhile), and the
errors (anything else: expected none). Then it counts in the database what the seats were
told was saved: every save is in the files' versions, every booking and document is there,
no counsellor is booked twice at once, and the year's document numbers have no gap and no
double. A difference is a lost write.

A small set of files is shared by every seat on purpose, so that saves do meet."""

from __future__ import annotations

import multiprocessing
import statistics
import tempfile
import time
from collections import Counter
from collections import defaultdict
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from datetime import timedelta
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Event
from pathlib import Path
from random import Random

from sqlalchemy import func
from sqlalchemy import select

from cjeapp.bench.bench_database import open_or_build
from cjeapp.bench.search_bench import keystrokes
from cjeapp.core import clock
from cjeapp.core.agenda import appointments
from cjeapp.core.db.database import Database
from cjeapp.core.documents import issuing
from cjeapp.core.errors import ConflictError
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import N_
from cjeapp.core.ids import ClientId
from cjeapp.core.ids import UserId
from cjeapp.core.models import Appointment
from cjeapp.core.models import Client
from cjeapp.core.models import IssuedDocument
from cjeapp.core.models import User
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.core.search.finder import search_clients
from cjeapp.core.staff import accounts

ACTIONS = ("search", "open", "save", "book", "document")
ACTION_WORDS = {"search": N_("search as one types"), "open": N_("open a file"),
                "save": N_("save a file"), "book": N_("book an appointment"),
                "document": N_("issue a document")}
SAVED_ELSEWHERE = N_("a file saved meanwhile at another seat")
SLOT_TAKEN = N_("a slot taken meanwhile at another seat")
# What a seat does next, by role (weights): reception issues no case documents.
MIX = {"reception": (5, 3, 2, 2, 0), "counsellor": (4, 3, 2, 1, 1)}
SHARED_FILES = 20
PASSWORD = "banc-d-essai-siege"


@dataclass
class SeatTally:
    timings: dict[str, list[float]] = field(default_factory=dict)
    conflicts: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    saves: Counter[str] = field(default_factory=Counter)  # client id -> saves told saved
    booked: int = 0
    issued: int = 0


@dataclass(frozen=True)
class SeatPlan:
    """What one seat's process is given (it signs in and connects on its own)."""
    url: str
    username: str
    number: int
    names: list[tuple[str, str]]
    shared: list[ClientId]
    counsellors: list[UserId]
    seconds: float


@dataclass(frozen=True)
class SeatsBenchResult:
    seats: int
    seconds: float
    clients: int
    actions: dict[str, int]
    p95_ms: dict[str, float]
    p50_ms: dict[str, float]
    conflicts: dict[str, int]
    errors: list[str]
    lost_writes: list[str]
    build_seconds: float | None

    @property
    def per_second(self) -> float:
        return sum(self.actions.values()) / self.seconds


def _seat_accounts(db: Database, admin: Actor, seats: int) -> list[Actor]:
    """Two reception seats, the rest counsellors (accounts made once per server)."""
    existing = {account.username for account in accounts.list_staff(db, admin)}
    actors = []
    for number in range(seats):
        role = "reception" if number < 2 else "counsellor"
        username = f"siege{number + 1:02d}"
        if username not in existing:
            accounts.create_staff(db, admin, username=username, full_name=f"Siège {number + 1}",
                                  role=role, password=PASSWORD)
            first = accounts.sign_in(db, username, PASSWORD)
            accounts.change_own_password(db, first, PASSWORD, PASSWORD + "!")
        actors.append(accounts.sign_in(db, username, PASSWORD + "!"))
    return actors


def _seat_process(plan: SeatPlan, ready: Queue[object], go: Event,
                  results: Queue[object]) -> None:
    """One seat, in a process of its own as on its own PC: connect, sign in, say it is
    ready, wait for the others, work, send its tally."""
    from cjeapp.core.staff.opening import open_server_as

    db, actor = open_server_as(plan.url, plan.username, PASSWORD + "!")  # its own login
    try:
        seat = _Seat(db, actor, plan)
        search_clients(db, seat.actor, "warm up")
        ready.put(plan.number)
        go.wait()
        seat.work(time.perf_counter() + plan.seconds)
        results.put(seat.tally)
    except BaseException as error:
        results.put(f"seat {plan.number}: {type(error).__name__}: {error}")
        raise
    finally:
        db.close()


class _Seat:
    def __init__(self, db: Database, actor: Actor, plan: SeatPlan) -> None:
        self.db, self.actor, self.names, self.shared = db, actor, plan.names, plan.shared
        self.counsellors = plan.counsellors
        self.rng = Random(plan.number)
        self.tally = SeatTally()
        self.weights = MIX["reception" if actor.role.value == "reception" else "counsellor"]

    def work(self, until: float) -> None:
        while time.perf_counter() < until:
            action = self.rng.choices(ACTIONS, self.weights)[0]
            try:
                getattr(self, f"_{action}")()
            except ConflictError:
                self.tally.conflicts[SAVED_ELSEWHERE] += 1
            except Exception as error:  # counted, shown at the end: expected none
                self.tally.errors.append(f"{action}: {type(error).__name__}: {error}")

    def _timed(self, action: str, started: float) -> None:
        self.tally.timings.setdefault(action, []).append(
            (time.perf_counter() - started) * 1000)

    def _search(self) -> None:
        first, last = self.rng.choice(self.names)
        for typed in keystrokes(first, last):
            started = time.perf_counter()
            search_clients(self.db, self.actor, typed)
            self._timed("search", started)

    def _open(self) -> None:
        started = time.perf_counter()
        clients.open_client(self.db, self.actor, self.rng.choice(self.shared))
        self._timed("open", started)

    def _save(self) -> None:
        client_id = self.rng.choice(self.shared)
        started = time.perf_counter()
        client, languages = clients.open_client(self.db, self.actor, client_id)
        form = replace(ClientForm.from_client(client, languages),
                       phone=f"418 555-{self.rng.randrange(10_000):04d}")
        time.sleep(self.rng.uniform(0, 0.02))  # the person types meanwhile
        clients.update_client(self.db, self.actor, client_id, form, client.version)
        self._timed("save", started)
        self.tally.saves[client_id] += 1

    def _book(self) -> None:
        counsellor = (self.actor.user_id if self.actor.role.value == "counsellor"
                      else self.rng.choice(self.counsellors))
        if counsellor is None:
            return
        day = clock.today() + timedelta(days=self.rng.randrange(1, 30))
        started = time.perf_counter()
        slots = appointments.free_slots(self.db, self.actor, UserId(counsellor), day, 45)
        # a closed day (weekend, holiday) or a full one: the next day, as a person would
        while not slots and day < clock.today() + timedelta(days=60):
            day += timedelta(days=1)
            slots = appointments.free_slots(self.db, self.actor, UserId(counsellor), day, 45)
        if not slots:
            self._timed("book", started)
            return
        try:
            appointments.book(self.db, self.actor, client_id=self.rng.choice(self.shared),
                              counsellor_id=UserId(counsellor), kind="follow_up",
                              place="office", starts_at=self.rng.choice(slots), minutes=45)
        except ValidationError:  # taken at another seat between the look and the booking
            self.tally.conflicts[SLOT_TAKEN] += 1
        else:
            self.tally.booked += 1
        self._timed("book", started)

    def _document(self) -> None:
        started = time.perf_counter()
        issuing.issue_collection_notice(self.db, self.actor, self.rng.choice(self.shared))
        self._timed("document", started)
        self.tally.issued += 1


def _lost_writes(db: Database, tallies: list[SeatTally], versions_before: dict[str, int],
                 appointments_before: int, documents_before: int) -> list[str]:
    """What the seats were told was saved, counted in the database."""
    lost = []
    saves: Counter[str] = Counter()
    for tally in tallies:
        saves.update(tally.saves)
    with db.read_session() as session:
        versions: dict[str, int] = {
            str(row.id): row.version for row in session.execute(
                select(Client.id, Client.version).where(Client.id.in_(list(versions_before))))}
        booked = session.scalar(select(func.count()).select_from(Appointment)) or 0
        overlapping = session.scalar(
            select(func.count()).select_from(Appointment).join(
                other := Appointment.__table__.alias("other"),
                (other.c.counsellor_id == Appointment.counsellor_id)
                & (other.c.id != Appointment.id)
                & (other.c.starts_at < Appointment.ends_at)
                & (Appointment.starts_at < other.c.ends_at))
            .where(Appointment.deleted_at.is_(None), other.c.deleted_at.is_(None))) or 0
        year = clock.today().year
        numbers = sorted(session.scalars(select(IssuedDocument.number)
                                         .where(IssuedDocument.number.like(f"{year}-%"))))
    for client_id, before in versions_before.items():
        if versions[client_id] != before + saves[client_id]:
            lost.append(f"file {client_id}: version {versions[client_id]}, expected "
                        f"{before + saves[client_id]}")
    if booked != appointments_before + sum(t.booked for t in tallies):
        lost.append(f"appointments: {booked}, expected "
                    f"{appointments_before + sum(t.booked for t in tallies)}")
    if overlapping:
        lost.append(f"{overlapping} appointments overlap another of the same counsellor")
    issued = sum(t.issued for t in tallies)
    if numbers != [f"{year}-{n:06d}" for n in range(1, documents_before + issued + 1)]:
        lost.append(f"documents of {year}: {len(numbers)} numbers "
                    f"(expected {documents_before + issued}, 1 to N without gap or double)")
    return lost


def run(url: str, *, seats: int, minutes: float, clients_wanted: int,
        credentials: tuple[str, str] | None) -> SeatsBenchResult:
    with tempfile.TemporaryDirectory() as folder:
        db, build_seconds = open_or_build(url, credentials, Path(folder),
                                          clients=clients_wanted)
        try:
            admin = accounts.sign_in(db, *(credentials or ("banc", "banc-d-essai-1")))
            actors = _seat_accounts(db, admin, seats)
            with db.read_session() as session:
                people = session.execute(select(Client.id, Client.first_name,
                                                Client.last_name, Client.version)
                                         .where(Client.deleted_at.is_(None))
                                         .order_by(Client.id)).all()
                appointments_before = session.scalar(
                    select(func.count()).select_from(Appointment)) or 0
                documents_before = session.scalar(
                    select(func.count()).select_from(IssuedDocument)
                    .where(IssuedDocument.number.like(f"{clock.today().year}-%"))) or 0
                counsellors = list(session.scalars(select(User.id).where(
                    User.username.in_([a.username for a in actors
                                       if a.role.value == "counsellor"]))))
            rng = Random(7)
            shared_rows = rng.sample(people, min(SHARED_FILES, len(people)))
            shared = [ClientId(row.id) for row in shared_rows]
            versions_before = {row.id: row.version for row in shared_rows}
            names = [(row.first_name, row.last_name) for row in people]
            plans = [SeatPlan(url, actor.username, number, names, shared, counsellors,
                              minutes * 60) for number, actor in enumerate(actors)]
            seconds, tallies = _run_seats(plans)
            lost = _lost_writes(db, tallies, versions_before, appointments_before,
                                documents_before)
        finally:
            db.close()
    timings: dict[str, list[float]] = defaultdict(list)
    conflicts: Counter[str] = Counter()
    errors: list[str] = []
    for tally in tallies:
        for action, values in tally.timings.items():
            timings[action].extend(values)
        conflicts.update(tally.conflicts)
        errors.extend(tally.errors)
    return SeatsBenchResult(
        seats=seats, seconds=seconds, clients=len(people),
        actions={action: len(timings[action]) for action in ACTIONS if timings[action]},
        p95_ms={action: _p95(timings[action]) for action in ACTIONS if timings[action]},
        p50_ms={action: statistics.median(timings[action]) for action in ACTIONS
                if timings[action]},
        conflicts=dict(conflicts), errors=errors, lost_writes=lost,
        build_seconds=build_seconds)


def _run_seats(plans: list[SeatPlan]) -> tuple[float, list[SeatTally]]:
    """Start every seat's process, let them all begin at once, collect their tallies."""
    context = multiprocessing.get_context("spawn")  # nothing of this process's connections
    ready: Queue[object] = context.Queue()
    results: Queue[object] = context.Queue()
    go = context.Event()
    processes = [context.Process(target=_seat_process, args=(plan, ready, go, results),
                                 daemon=True) for plan in plans]
    for process in processes:
        process.start()
    try:
        for _plan in plans:
            ready.get(timeout=120)
        started = time.perf_counter()
        go.set()
        answers = [results.get(timeout=plans[0].seconds + 300) for _plan in plans]
        seconds = time.perf_counter() - started
    finally:
        for process in processes:
            process.join(timeout=30)
            if process.is_alive():
                process.kill()
    failed = [answer for answer in answers if not isinstance(answer, SeatTally)]
    if failed:
        raise RuntimeError(str(failed[0]))
    return seconds, [answer for answer in answers if isinstance(answer, SeatTally)]


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(int(len(ordered) * 0.95) - 1, 0)]
