"""The individualized action plan: items in four areas, status rules, reminders, and the
history of every change (who, when, what), with revisions ("ajusté") and their reason."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from datetime import datetime
from typing import Any

from sqlalchemy import literal_column
from sqlalchemy import select
from sqlalchemy.orm import Session

from cjeapp.core import clock
from cjeapp.core.calendar.deadlines import follow_up_due
from cjeapp.core.codelists import codelist
from cjeapp.core.db.database import Database
from cjeapp.core.db.dialect import insertion_order
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import Inconsistent
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import Message
from cjeapp.core.i18n import gettext
from cjeapp.core.i18n import msg
from cjeapp.core.ids import ClientId
from cjeapp.core.models import ActionPlan
from cjeapp.core.models import Client
from cjeapp.core.models import Need
from cjeapp.core.models import NeedsAssessment
from cjeapp.core.models import PlanChange
from cjeapp.core.models import PlanItem
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.unit_of_work import UnitOfWork
from cjeapp.core.unit_of_work import unit_of_work
from cjeapp.core.validation import Validator

OPEN_STATUSES = ("planned", "in_progress")
ITEM_ADDED = N_("Item added: {goal}")
# Which status may follow which. Done and abandoned items are settled: reopening one is
# a revision of the plan (a new item), so the history stays readable.
TRANSITIONS = {
    "planned": {"planned", "in_progress", "done", "abandoned"},
    "in_progress": {"in_progress", "done", "abandoned"},
    "done": {"done"},
    "abandoned": {"abandoned"},
}


@dataclass
class ItemForm:
    area: str
    goal: str
    actions: str | None = None
    responsible: str | None = None
    target_date: date | None = None
    status: str = "planned"
    abandon_reason: str | None = None
    next_follow_up: date | None = None


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    who: str | None
    description: str
    reason: str | None


def _validate(form: ItemForm, previous_status: str | None) -> dict[str, Any]:
    check = Validator()
    values: dict[str, Any] = {
        "area": check.code("area", form.area, "plan_areas", required=True),
        "goal": check.long_text("goal", form.goal, required=True, max_length=2000),
        "actions": check.long_text("actions", form.actions, max_length=4000),
        "responsible": check.text("responsible", form.responsible),
        "target_date": form.target_date,
        "status": check.code("status", form.status, "plan_item_statuses", required=True),
        "abandon_reason": check.long_text("abandon_reason", form.abandon_reason,
                                          max_length=2000),
        "next_follow_up": form.next_follow_up,
    }
    if form.status == "abandoned" and not values["abandon_reason"]:
        check.fail("abandon_reason", N_("Say why the item is abandoned."))
    if previous_status and form.status not in TRANSITIONS.get(previous_status, set()):
        check.fail("status", N_("A \"{old}\" item cannot become \"{new}\"; revise the plan "
                                "with a new item instead."),
                   old=codelist("plan_item_statuses").label(previous_status),
                   new=codelist("plan_item_statuses").label(form.status))
    check.raise_if_any()
    if form.status not in OPEN_STATUSES:
        values["next_follow_up"] = None
    if form.status != "abandoned":
        values["abandon_reason"] = None
    return values


def change_description(msgid: str, **params: Any) -> str:
    """How a change is stored: a message id and its parameters, shown translated later."""
    return json.dumps({"msgid": msgid, "params": params}, ensure_ascii=False, sort_keys=True)


def render_change(description: str, language: str | None = None) -> str:
    try:
        data = json.loads(description)
    except ValueError:
        return description  # free text
    params = dict(data.get("params", {}))
    statuses = codelist("plan_item_statuses")
    for key in ("old", "new"):
        if key in params:
            params[key] = statuses.label(params[key], language)
    if "fields" in params:
        params["fields"] = ", ".join(gettext(_FIELD_NAMES.get(name, name), language)
                                     for name in params["fields"])
    return Message(str(data["msgid"]), params).render(language)


class PlanChangeText(Message):
    """A stored change as a message, rendered in the reader's language when shown (the
    Historique, the timeline) — never its stored JSON."""

    def render(self, language: str | None = None) -> str:
        return render_change(self.msgid, language)


def change_text(description: str) -> Message:
    return PlanChangeText(description)


def _record(uow: UnitOfWork, plan_id: str, item_id: str | None, description: str,
            reason: str | None = None) -> None:
    uow.add(PlanChange(plan_id=plan_id, item_id=item_id, changed_by=uow.actor.user_id,
                       description=description, reason=reason))


def active_plan(db: Database, actor: Actor, client_id: ClientId) -> ActionPlan | None:
    actor.require(Permission.CASEWORK_WRITE)
    with db.read_session() as session:
        return _active(session, client_id)


def _active(session: Session, client_id: ClientId) -> ActionPlan | None:
    return session.scalars(select(ActionPlan).where(
        ActionPlan.client_id == client_id, ActionPlan.status == "active",
        ActionPlan.deleted_at.is_(None)).order_by(ActionPlan.started_on.desc())).first()


def _plan_for(uow: UnitOfWork, client_id: ClientId, assessment_id: str | None) -> ActionPlan:
    plan = _active(uow.session, client_id)
    if plan is None:
        plan = uow.add(ActionPlan(client_id=client_id, counsellor_id=uow.actor.user_id,
                                  assessment_id=assessment_id, started_on=clock.today()))
        _record(uow, plan.id, None, change_description(N_("Plan created")))
    return plan


def items_from_assessment(db: Database, actor: Actor, assessment_id: str) -> list[PlanItem]:
    """One click: an item per need not yet in the plan, in the need's area."""
    actor.require(Permission.CASEWORK_WRITE)
    reminder = follow_up_due(db, clock.today())
    with unit_of_work(db, actor) as uow:
        assessment = uow.get(NeedsAssessment, assessment_id, what="needs assessment")
        plan = _plan_for(uow, assessment.client_id, assessment.id)
        present = set(uow.session.scalars(select(PlanItem.need_id).where(
            PlanItem.plan_id == plan.id, PlanItem.deleted_at.is_(None))))
        needs = codelist("needs")
        created = []
        for need in uow.session.scalars(select(Need).where(
                Need.assessment_id == assessment.id, Need.deleted_at.is_(None))
                .order_by(Need.created_at)):
            if need.id in present:
                continue
            entry = needs.get(need.need_code)
            if not (entry is not None):
                raise Inconsistent("entry is not None")
            goal = entry.label("fr") + (f" — {need.notes}" if need.notes else "")
            item = uow.add(PlanItem(plan_id=plan.id, need_id=need.id,
                                    area=str(entry.extra["area"]), goal=goal,
                                    status="planned", next_follow_up=reminder))
            _record(uow, plan.id, item.id, change_description(
                N_("Item added from the assessment: {goal}"), goal=goal))
            created.append(item)
        if not created:
            raise CjeError(msg(N_("Every need of this assessment is already in the plan.")))
        return created


def add_item(db: Database, actor: Actor, client_id: ClientId, form: ItemForm) -> PlanItem:
    actor.require(Permission.CASEWORK_WRITE)
    values = _validate(form, None)
    if values["status"] in OPEN_STATUSES and values["next_follow_up"] is None:
        values["next_follow_up"] = follow_up_due(db, clock.today())
    with unit_of_work(db, actor) as uow:
        uow.get(Client, client_id, what="client file")
        plan = _plan_for(uow, client_id, None)
        item = uow.add(PlanItem(plan_id=plan.id, **values))
        _record(uow, plan.id, item.id, change_description(ITEM_ADDED, goal=item.goal))
        return item


def update_item(db: Database, actor: Actor, item_id: str, form: ItemForm,
                expected_version: int) -> PlanItem:
    """Change an item; each changed field is written to the plan's history."""
    actor.require(Permission.CASEWORK_WRITE)
    with db.read_session() as session:
        current = session.get(PlanItem, item_id)
        previous = current.status if current else None
    values = _validate(form, previous)
    if values["status"] in OPEN_STATUSES and values["next_follow_up"] is None:
        values["next_follow_up"] = follow_up_due(db, clock.today())
    with unit_of_work(db, actor) as uow:
        item = uow.get(PlanItem, item_id, what="plan item")
        before = {name: getattr(item, name) for name in values}
        uow.change(item, values, expected_version=expected_version)
        changed = [name for name in values if before[name] != values[name]]
        reason = values["abandon_reason"] if values["status"] == "abandoned" else None
        if "status" in changed:
            _record(uow, item.plan_id, item.id, change_description(
                N_("{goal}: status {old} → {new}"), goal=item.goal, old=before["status"],
                new=values["status"]), reason)
        others = [name for name in changed if name != "status"]
        if others:
            _record(uow, item.plan_id, item.id, change_description(
                N_("{goal}: {fields} changed"), goal=item.goal, fields=others))
        return item


def revise_plan(db: Database, actor: Actor, client_id: ClientId, reason: str) -> ActionPlan:
    """The plan is adjusted ("ajusté"): a new revision, with its reason."""
    actor.require(Permission.CASEWORK_WRITE)
    check = Validator()
    text = check.long_text("reason", reason, required=True, max_length=2000)
    check.raise_if_any()
    with unit_of_work(db, actor) as uow:
        plan = _active(uow.session, client_id)
        if plan is None:
            raise ValidationError([FieldError("reason", msg(N_(
                "This person has no action plan yet.")))])
        plan = uow.get(ActionPlan, plan.id, what="action plan")
        uow.change(plan, {"revision": plan.revision + 1})
        _record(uow, plan.id, None, change_description(
            N_("Plan adjusted (revision {revision})"), revision=plan.revision), text)
        return plan


def plan_items(db: Database, actor: Actor, client_id: ClientId) -> list[PlanItem]:
    actor.require(Permission.CASEWORK_WRITE)
    areas = {code: index for index, code in enumerate(codelist("plan_areas").values())}
    with db.read_session() as session:
        plan = _active(session, client_id)
        if plan is None:
            return []
        items = list(session.scalars(select(PlanItem).where(
            PlanItem.plan_id == plan.id, PlanItem.deleted_at.is_(None))
            .order_by(PlanItem.created_at)))
    return sorted(items, key=lambda item: areas.get(item.area, 9))


def history(db: Database, actor: Actor, client_id: ClientId) -> list[HistoryEntry]:
    actor.require(Permission.CASEWORK_WRITE)
    from cjeapp.core.models import User

    with db.read_session() as session:
        plan = _active(session, client_id)
        if plan is None:
            return []
        rows = session.execute(
            select(PlanChange, User.full_name).outerjoin(User, User.id == PlanChange.changed_by)
            .where(PlanChange.plan_id == plan.id)
            # newest first; the row order breaks ties between changes of the same instant
            .order_by(PlanChange.created_at.desc(), *(
                literal_column(column).desc()
                for column in insertion_order(db.engine.dialect.name, "plan_changes"))))
        return [HistoryEntry(change.created_at, name, render_change(change.description),
                             change.reason) for change, name in rows]


_FIELD_NAMES = {"goal": N_("goal"), "actions": N_("actions"), "responsible": N_("who"),
                "target_date": N_("target date"), "next_follow_up": N_("reminder"),
                "area": N_("area"), "abandon_reason": N_("reason for abandoning")}


def plan_pdf(db: Database, actor: Actor, client_id: ClientId, language: str | None = None) -> bytes:
    """The plan for the person to keep, in their language unless another is asked."""
    from cjeapp.core.casework.plan_pdf import PlanLine
    from cjeapp.core.casework.plan_pdf import render_plan
    from cjeapp.core.models import User
    from cjeapp.core.org.organization import organization_name
    from cjeapp.core.titles import form_of

    actor.require(Permission.CASEWORK_WRITE)
    with db.read_session() as session:
        client = session.get(Client, client_id)
        plan = _active(session, client_id)
        if client is None or plan is None:
            raise CjeError(msg(N_("This person has no action plan yet.")))
        counsellor = session.get(User, plan.counsellor_id) if plan.counsellor_id else None
    lang = language or client.preferred_language
    lines = [PlanLine(item.area, item.goal, item.actions, item.responsible, item.target_date,
                      item.status) for item in plan_items(db, actor, client_id)]
    pdf = render_plan(lines, organization=organization_name(db),
                      person=f"{client.first_name} {client.last_name}",
                      counsellor=counsellor.full_name if counsellor else "",
                      counsellor_form=form_of(counsellor.title_form if counsellor else None),
                      own_script_name=client.other_names,
                      started_on=plan.started_on, revision=plan.revision,
                      printed_on=clock.today(), language=lang)
    with unit_of_work(db, actor) as uow:
        uow.audit("print", "action_plans", plan.id, {"language": lang})
    return pdf


def open_items(db: Database, actor: Actor, client_id: ClientId) -> list[tuple[str, str]]:
    """(id, goal) of the plan items still open: what a service or a referral can serve."""
    return [(item.id, item.goal) for item in plan_items(db, actor, client_id)
            if item.status in OPEN_STATUSES]
