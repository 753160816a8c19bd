"""What the home page shows each role today: the waiting room, the day's appointments (a
counsellor's own, the team's for the others), follow-ups overdue or due today."""

from __future__ import annotations

from datetime import UTC
from datetime import datetime
from datetime import timedelta

from cjeapp.core import clock
from cjeapp.core.agenda import appointments
from cjeapp.core.agenda.today import today
from cjeapp.core.db.database import Database
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.core.reception import requests
from cjeapp.core.reception import visits
from cjeapp.core.staff import accounts
from tests.databases import DIRECTOR


def test_each_role_sees_what_it_handles_and_a_counsellor_only_their_own(
        db: Database, staff: dict[str, Actor]) -> None:
    clock.freeze(datetime(2026, 11, 20, 14, 0, tzinfo=UTC))  # 9:00 in Quebec, a Friday
    reception, counsellor = staff["reception"], staff["counsellor"]
    colleague = accounts.create_staff(db, staff["administrator"], username="marc",
                                      full_name="Marc Roy", role="counsellor",
                                      password="temporary-pass", second=DIRECTOR)
    helene = clients.create_client(db, reception, ClientForm(first_name="Hélène",
                                                             last_name="Côté")).id
    omar = clients.create_client(db, reception, ClientForm(first_name="Omar",
                                                           last_name="Tazi")).id
    visits.check_in(db, reception, helene, "Carte RAMQ")
    for who, person, hour in ((counsellor.user_id, helene, 15), (colleague.id, omar, 16)):
        assert who
        appointments.book(db, reception, client_id=person, counsellor_id=who,
                          kind="follow_up", place="office",
                          starts_at=datetime(2026, 11, 20, hour, 0, tzinfo=UTC), minutes=45)
    tomorrow = appointments.book(
        db, reception, client_id=omar, counsellor_id=counsellor.user_id or "",
        kind="follow_up", place="office", starts_at=datetime(2026, 11, 23, 15, 0, tzinfo=UTC),
        minutes=45)
    assert tomorrow
    requests.open_request(db, reception, helene, subject="Lettre pour le propriétaire",
                          channel="phone", assigned_to=counsellor.user_id,
                          received_at=clock.now() - timedelta(days=10))
    requests.open_request(db, reception, omar, subject="Question sur le NAS",
                          channel="phone", assigned_to=colleague.id)

    desk = today(db, reception)
    assert [v.client_name for v in desk.waiting or []] == ["Hélène Côté"]
    assert sorted(a.client_name for a in desk.appointments or []) == ["Hélène Côté",
                                                                       "Omar Tazi"]
    assert desk.follow_ups is None and not desk.own  # reception handles no case work

    mine = today(db, counsellor)
    assert mine.own
    assert [a.client_name for a in mine.appointments or []] == ["Hélène Côté"]
    subjects = [f.subject for f in mine.follow_ups or []]
    assert subjects == ["Lettre pour le propriétaire"] and mine.overdue == 1

    team = today(db, staff["coordinator"])
    assert not team.own and len(team.appointments or []) == 2
    assert "Lettre pour le propriétaire" in [f.subject for f in team.follow_ups or []]

    admin = today(db, staff["administrator"])
    assert admin.follow_ups is None and admin.waiting is not None
