"""Needs assessments: needs ticked by the counsellor (from a pasted MIFI e-mail if any),
each with a priority and notes, then signed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from cjeapp.core import clock
from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.ids import ClientId
from cjeapp.core.models import Client
from cjeapp.core.models import Need
from cjeapp.core.models import NeedsAssessment
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.unit_of_work import unit_of_work
from cjeapp.core.validation import Validator


@dataclass(frozen=True)
class NeedInput:
    code: str
    priority: str = "normal"
    notes: str | None = None


@dataclass(frozen=True)
class AssessmentView:
    assessment: NeedsAssessment
    needs: list[Need]


def _check_needs(needs: list[NeedInput]) -> None:
    check = Validator()
    if not needs:
        check.fail("needs", N_("Tick at least one need."))
    for need in needs:
        check.code("needs", need.code, "needs", required=True)
        check.code("priority", need.priority, "priorities", required=True)
        check.long_text("notes", need.notes, max_length=4000)
    if len({need.code for need in needs}) != len(needs):
        check.fail("needs", N_("Each need appears once."))
    check.raise_if_any()


def save_assessment(db: Database, actor: Actor, client_id: ClientId, *, assessed_on: date,
                    needs: list[NeedInput], source_text: str | None = None,
                    notes: str | None = None,
                    assessment_id: str | None = None) -> AssessmentView:
    """Create an assessment, or replace the needs of one not yet signed."""
    actor.require(Permission.CASEWORK_WRITE)
    _check_needs(needs)
    check = Validator()
    check.past_or_today("assessed_on", assessed_on, required=True)
    source = check.long_text("source_text", source_text)
    remarks = check.long_text("notes", notes)
    check.raise_if_any()
    with unit_of_work(db, actor) as uow:
        client = uow.get(Client, client_id, what="client file")
        if assessment_id is None:
            assessment = uow.add(NeedsAssessment(
                client_id=client_id, household_id=client.household_id,
                counsellor_id=actor.user_id, assessed_on=assessed_on, source_text=source,
                notes=remarks))
        else:
            assessment = uow.get(NeedsAssessment, assessment_id, what="needs assessment")
            if assessment.signed_at is not None:
                raise CjeError(msg(N_("A signed assessment cannot change; start a new one.")))
            uow.change(assessment, {"assessed_on": assessed_on, "source_text": source,
                                    "notes": remarks})
            for old in _needs(uow.session, assessment.id):
                uow.soft_delete(old)
        rows = [uow.add(Need(assessment_id=assessment.id, need_code=need.code,
                             priority=need.priority, notes=(need.notes or "").strip() or None))
                for need in needs]
        return AssessmentView(assessment, rows)


def sign_assessment(db: Database, actor: Actor, assessment_id: str) -> NeedsAssessment:
    """The counsellor signs: the assessment is dated, attributed and frozen."""
    actor.require(Permission.CASEWORK_WRITE)
    with unit_of_work(db, actor) as uow:
        assessment = uow.get(NeedsAssessment, assessment_id, what="needs assessment")
        if assessment.signed_at is not None:
            raise CjeError(msg(N_("This assessment is already signed.")))
        if not _needs(uow.session, assessment.id):
            raise ValidationError([FieldError("needs", msg(N_("Tick at least one need.")))])
        return uow.change(assessment, {"signed_at": clock.now(),
                                       "counsellor_id": actor.user_id})


def latest_assessment(db: Database, actor: Actor, client_id: ClientId) -> AssessmentView | None:
    actor.require(Permission.CASEWORK_WRITE)
    with db.read_session() as session:
        assessment = session.scalars(
            select(NeedsAssessment).where(NeedsAssessment.client_id == client_id,
                                          NeedsAssessment.deleted_at.is_(None))
            .order_by(NeedsAssessment.assessed_on.desc(), NeedsAssessment.created_at.desc())
        ).first()
        if assessment is None:
            return None
        return AssessmentView(assessment, _needs(session, assessment.id))


def _needs(session: Session, assessment_id: str) -> list[Need]:
    return list(session.scalars(select(Need).where(Need.assessment_id == assessment_id,
                                                   Need.deleted_at.is_(None))
                                .order_by(Need.created_at)))
