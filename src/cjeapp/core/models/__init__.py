"""All mapped classes, imported here so the metadata is complete."""

from cjeapp.core.models.activities import Activity
from cjeapp.core.models.activities import ActivitySession
from cjeapp.core.models.activities import Attendance
from cjeapp.core.models.activities import Enrolment
from cjeapp.core.models.base import Base
from cjeapp.core.models.base import Record
from cjeapp.core.models.base import UTCDateTime
from cjeapp.core.models.base import new_id
from cjeapp.core.models.casework import ActionPlan
from cjeapp.core.models.casework import Need
from cjeapp.core.models.casework import NeedsAssessment
from cjeapp.core.models.casework import Partner
from cjeapp.core.models.casework import PlanChange
from cjeapp.core.models.casework import PlanItem
from cjeapp.core.models.casework import Referral
from cjeapp.core.models.casework import ServiceRecord
from cjeapp.core.models.client import Client
from cjeapp.core.models.client import ClientLanguage
from cjeapp.core.models.client import ConfidentialNote
from cjeapp.core.models.client import Consent
from cjeapp.core.models.client import Household
from cjeapp.core.models.client import HouseholdMember
from cjeapp.core.models.exchange import ChangeMark
from cjeapp.core.models.exchange import ExchangeBase
from cjeapp.core.models.exchange import ExchangeConflict
from cjeapp.core.models.exchange import Replica
from cjeapp.core.models.housing import HousingRequest
from cjeapp.core.models.housing import HousingStep
from cjeapp.core.models.imports import ImportBatch
from cjeapp.core.models.imports import ImportRecord
from cjeapp.core.models.keys import KeyGrant
from cjeapp.core.models.keys import KeyHolder
from cjeapp.core.models.org import Office
from cjeapp.core.models.org import Organization
from cjeapp.core.models.org import Setting
from cjeapp.core.models.org import SignInThrottle
from cjeapp.core.models.org import User
from cjeapp.core.models.reception import Appointment
from cjeapp.core.models.reception import Request
from cjeapp.core.models.reception import Visit
from cjeapp.core.models.records import AuditEntry
from cjeapp.core.models.records import ConfidentialityIncident
from cjeapp.core.models.records import Destruction
from cjeapp.core.models.records import FunderPackage
from cjeapp.core.models.records import IssuedDocument
from cjeapp.core.models.records import PrivacyRequest
from cjeapp.core.models.transport import TransportRequest
from cjeapp.core.models.transport import TransportRule
from cjeapp.core.models.transport import TransportTrip

__all__ = [
    "ActionPlan",
    "Activity",
    "ActivitySession",
    "Appointment",
    "Attendance",
    "AuditEntry",
    "Base",
    "ChangeMark",
    "Client",
    "ClientLanguage",
    "ConfidentialNote",
    "ConfidentialityIncident",
    "Consent",
    "Destruction",
    "Enrolment",
    "ExchangeBase",
    "ExchangeConflict",
    "FunderPackage",
    "Household",
    "HouseholdMember",
    "HousingRequest",
    "HousingStep",
    "ImportBatch",
    "ImportRecord",
    "IssuedDocument",
    "KeyGrant",
    "KeyHolder",
    "Need",
    "NeedsAssessment",
    "Office",
    "Organization",
    "Partner",
    "PlanChange",
    "PlanItem",
    "PrivacyRequest",
    "Record",
    "Referral",
    "Replica",
    "Request",
    "ServiceRecord",
    "Setting",
    "SignInThrottle",
    "TransportRequest",
    "TransportRule",
    "TransportTrip",
    "UTCDateTime",
    "User",
    "Visit",
    "new_id",
    "prepare_mappers",
]


def prepare_mappers() -> None:
    """Work out every model's mapping now (SQLAlchemy does it at the first query
    otherwise: most of a second, which the program's start spends on a worker)."""
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
