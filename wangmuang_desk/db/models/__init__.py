"""All models, imported here so Base.metadata knows every table."""

from wangmuang_desk.db.models.audit import ExportLog
from wangmuang_desk.db.models.groups import (
    CommitteeMember,
    GroupMember,
    GroupPlanItem,
    GroupStatusChange,
    LedgerEntry,
    OccupationalGroup,
    Product,
    ProductMaterial,
    WizardDraft,
    WorkingGroupMember,
)
from wangmuang_desk.db.models.livelihood import (
    AccountEntry,
    AssessmentCriterion,
    HouseholdAssessment,
    LivelihoodLeader,
    TargetHousehold,
)
from wangmuang_desk.db.models.office import AppSetting, OfficeProfile, RefItem, Signatory, Village
from wangmuang_desk.db.models.people import Household, Person
from wangmuang_desk.db.models.planning import Forum, Need, PlanItem, SupportRequest
from wangmuang_desk.db.models.registries import Occupation, RawMaterial, Sage
from wangmuang_desk.db.models.training import (
    Attendance,
    BudgetLine,
    Certificate,
    ChecklistItem,
    FollowUp,
    Partner,
    RateCeiling,
    Speaker,
    SurveyAnswer,
    SurveyItem,
    SurveyResponse,
    Trainee,
    Training,
    TrainingSession,
    TrainingStep,
    TrainingVillage,
)

__all__ = [
    "AccountEntry", "AppSetting", "AssessmentCriterion", "Attendance", "BudgetLine",
    "Certificate", "ChecklistItem", "CommitteeMember", "ExportLog", "FollowUp", "Forum",
    "GroupMember", "GroupPlanItem", "GroupStatusChange", "Household", "HouseholdAssessment",
    "LedgerEntry", "LivelihoodLeader", "Need", "OccupationalGroup", "Occupation", "OfficeProfile",
    "Partner", "Person", "PlanItem", "Product", "ProductMaterial", "RateCeiling", "RawMaterial",
    "RefItem", "Sage", "Signatory", "Speaker", "SupportRequest", "SurveyAnswer", "SurveyItem",
    "SurveyResponse", "TargetHousehold", "Trainee", "Training", "TrainingSession", "TrainingStep",
    "TrainingVillage", "Village", "WizardDraft", "WorkingGroupMember",
]
