"""All mapped classes, imported here so the metadata is complete."""

from cjeapp.core.models.activities import Activity, ActivitySession, Attendance, Enrolment
from cjeapp.core.models.base import Base, Record, UTCDateTime, new_id
from cjeapp.core.models.casework import (
    ActionPlan,
    Need,
    NeedsAssessment,
    Partner,
    PlanChange,
    PlanItem,
    Referral,
    ServiceRecord,
)
from cjeapp.core.models.client import (
    Client,
    ClientLanguage,
    ConfidentialNote,
    Consent,
    Household,
    HouseholdMember,
)
from cjeapp.core.models.housing import HousingRequest, HousingStep
from cjeapp.core.models.imports import ImportBatch, ImportRecord
from cjeapp.core.models.org import Office, Organization, Setting, SignInThrottle, User
from cjeapp.core.models.reception import Appointment, Request, Visit
from cjeapp.core.models.records import (
    AuditEntry,
    ConfidentialityIncident,
    Destruction,
    FunderPackage,
    IssuedDocument,
    PrivacyRequest,
)
from cjeapp.core.models.transport import TransportRequest, TransportRule, TransportTrip

__all__ = [
    "ActionPlan",
    "Activity",
    "ActivitySession",
    "Appointment",
    "Attendance",
    "AuditEntry",
    "Base",
    "Client",
    "ClientLanguage",
    "ConfidentialNote",
    "ConfidentialityIncident",
    "Consent",
    "Destruction",
    "Enrolment",
    "FunderPackage",
    "Household",
    "HouseholdMember",
    "HousingRequest",
    "HousingStep",
    "ImportBatch",
    "ImportRecord",
    "IssuedDocument",
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
]
