"""Demo group activities: Objectif Intégration cohorts, family workshops and outings."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from cjeapp.core.codelists import volet_of_service
from cjeapp.core.demo.schedule import local_moment
from cjeapp.core.demo.schedule import weekday

if TYPE_CHECKING:
    from cjeapp.core.demo.generator import _Generator

_KINDS = (
    ("objectif_integration", "Objectif Intégration", 3, 8, 60, "objectif_integration"),
    ("school_workshop", "Atelier « Le système scolaire québécois »", 1, 3, 45,
     "family_school_workshop"),
    ("outing", "Sortie au Musée minéralogique", 1, 4, 75, None),
    ("french_group", "Café-jasette en français", 1, 2, 30, "french_group_activity"),
)


def group_activities(g: _Generator) -> None:
    rng = g.rng
    if not g.clients:
        return
    for kind, title, parts, hours, every_days, service in _KINDS:
        day = g.start
        cohort = 0
        while day < g.today:
            cohort += 1
            activity = g.w.add("activities", {
                "kind": kind, "title": f"{title} — groupe {cohort}", "description": None,
                "office_id": g.offices[0], "parts_required": parts, "capacity": 15})
            sessions = []
            for part in range(parts):
                session_day = weekday(day + timedelta(days=7 * part))
                starts = local_moment(session_day, 9, 0)
                sessions.append((g.w.add("activity_sessions", {
                    "activity_id": activity, "part_number": part + 1 if parts > 1 else None,
                    "starts_at": starts, "ends_at": starts + timedelta(hours=hours),
                    "place": "Salle communautaire", "facilitator_id": rng.choice(g.counsellors),
                    "capacity": 15, "hours": Decimal(hours)}), session_day))
            eligible = [c for c, first in g.clients if first <= day]
            for client in rng.sample(eligible, min(len(eligible), rng.randint(6, 15))):
                held = [(session, d) for session, d in sessions if d <= g.today]
                present = {session: rng.random() < 0.9 for session, _ in held}
                g.w.add("enrolments", {
                    "activity_id": activity, "client_id": client, "status": "enrolled",
                    "waitlist_position": None,
                    "enrolled_at": local_moment(day - timedelta(days=10), 10, 0),
                    "completed": len(held) == parts and all(present.values())})
                for session, session_day in held:
                    g.w.add("attendance", {"session_id": session, "client_id": client,
                                           "present": present[session]})
                    if present[session] and service:
                        g.w.add("service_records", {
                            "client_id": client, "service_type": service,
                            "volet": volet_of_service(service), "delivered_on": session_day,
                            "duration_minutes": hours * 60, "staff_id": None, "mode": "group",
                            "language": "fr", "plan_item_id": None, "session_id": session,
                            "notes": None})
            day += timedelta(days=every_days)
