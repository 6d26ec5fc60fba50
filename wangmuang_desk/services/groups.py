"""The occupational-group registry: the list, a group's basic data and its status history."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Select, delete, func, select
from sqlalchemy.orm import Session

from wangmuang_desk.db.engine import Database
from wangmuang_desk.db.models import (
    AppSetting,
    CommitteeMember,
    GroupMember,
    GroupPlanItem,
    GroupStatusChange,
    LedgerEntry,
    Need,
    OccupationalGroup,
    Person,
    Product,
    ProductMaterial,
    SupportRequest,
    Training,
    Village,
    WorkingGroupMember,
)
from wangmuang_desk.services import group_rules, validation
from wangmuang_desk.services.errors import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    InUseError,
    ValidationError,
)
from wangmuang_desk.services.group_members import current_member_facts, live_group
from wangmuang_desk.services.group_rows import (
    GROUP_TYPES,
    GroupDetail,
    GroupInput,
    GroupRow,
    StatusChangeRow,
)
from wangmuang_desk.services.listing import ListQuery
from wangmuang_desk.services.registry_base import RegistryService
from wangmuang_desk.services.search_text import normalize_query
from wangmuang_desk.thai.dates import format_be_date

# The office may change the minimum number of members (default 7) in its settings.
MIN_MEMBERS_KEY = "group.min_members"

_member_count = (
    select(func.count(GroupMember.id))
    .join(Person, GroupMember.person_id == Person.id)
    .where(GroupMember.group_id == OccupationalGroup.id, GroupMember.left_on.is_(None),
           Person.deleted_at.is_(None))
    .correlate(OccupationalGroup)
    .scalar_subquery()
)


def min_members(s: Session) -> int:
    value = s.get(AppSetting, MIN_MEMBERS_KEY)
    try:
        return max(1, int(value.value)) if value is not None else group_rules.MIN_MEMBERS_DEFAULT
    except ValueError:
        return group_rules.MIN_MEMBERS_DEFAULT


def check_group_input(s: Session, data: GroupInput, group_id: int | None,
                      today: date) -> tuple[list[FieldProblem], GroupInput]:
    """Problems with a group's basic data (fields named as in GroupInput) and the cleaned data."""
    problems: list[FieldProblem] = []
    name = validation.required_text(problems, "name", data.name, QT_TRANSLATE_NOOP(
        "Validation", "Enter the name of the group."))
    if data.group_type not in GROUP_TYPES:
        problems.append(FieldProblem("group_type", QT_TRANSLATE_NOOP(
            "Validation", "Choose the type of group.")))
    if data.village_id is not None and s.get(Village, data.village_id) is None:
        problems.append(FieldProblem("village_id", QT_TRANSLATE_NOOP(
            "Validation", "This village no longer exists.")))
    if data.contact_person_id is not None:
        contact = s.get(Person, data.contact_person_id)
        if contact is None or contact.deleted_at is not None:
            problems.append(FieldProblem("contact_person_id", QT_TRANSLATE_NOOP(
                "Validation", "The contact person is no longer in the people registry.")))
    if data.founded_on is not None and data.founded_on > today:
        problems.append(FieldProblem("founded_on", QT_TRANSLATE_NOOP(
            "Validation", "The founding date is in the future.")))
    phone = validation.phone(problems, data.phone)
    share_value = validation.non_negative_decimal(problems, "share_value", data.share_value)
    if name:
        # Names like "กลุ่มแม่บ้าน" recur from village to village: only a twin in the same one.
        same_village = (OccupationalGroup.village_id.is_(None) if data.village_id is None
                        else OccupationalGroup.village_id == data.village_id)
        twin = s.execute(select(OccupationalGroup.id).where(
            OccupationalGroup.name == name, OccupationalGroup.deleted_at.is_(None), same_village,
            OccupationalGroup.id != (group_id or 0))).first()
        if twin is not None:
            problems.append(FieldProblem("name", QT_TRANSLATE_NOOP(
                "Validation", "A group with this name is already registered in this village.")))
    cleaned = GroupInput(
        name=name, group_type=data.group_type, village_id=data.village_id,
        address=data.address.strip(), founded_on=data.founded_on,
        contact_person_id=data.contact_person_id, phone=phone,
        objectives=data.objectives.strip(), regulations=data.regulations.strip(),
        share_value=share_value, origin=data.origin.strip(), strengths=data.strengths.strip(),
        weaknesses=data.weaknesses.strip(), problems_needs=data.problems_needs.strip(),
        note=data.note.strip(),
    )
    return problems, cleaned


def apply_group_input(group: OccupationalGroup, data: GroupInput) -> None:
    for name in GroupInput.__dataclass_fields__:
        setattr(group, name, getattr(data, name))


def reached_statuses(s: Session, group_id: int) -> set[str]:
    reached = set(s.scalars(select(GroupStatusChange.status).where(
        GroupStatusChange.group_id == group_id)))
    return reached | {"forming"}


class GroupService(RegistryService):
    """ListSource for the group list (search by name; filters village_id, group_type, status),
    plus the group page's basic data and status changes."""

    model = OccupationalGroup
    default_sort = "name"
    sorts = {
        "name": (OccupationalGroup.name, OccupationalGroup.id),
        "moo": (Village.moo, OccupationalGroup.name, OccupationalGroup.id),
        "status": (OccupationalGroup.status, OccupationalGroup.name, OccupationalGroup.id),
        "founded_on": (OccupationalGroup.founded_on, OccupationalGroup.id),
        "members": (_member_count, OccupationalGroup.id),
    }

    def __init__(self, db: Database, today: date | None = None) -> None:
        super().__init__(db)
        self._today = today

    def today(self) -> date:
        return self._today or date.today()

    # --- list ----------------------------------------------------------------------------
    def row_select(self) -> Select:
        return self.joins(select(
            OccupationalGroup.id, OccupationalGroup.name, OccupationalGroup.group_type,
            OccupationalGroup.status, OccupationalGroup.village_id, Village.moo, Village.name,
            OccupationalGroup.founded_on, _member_count, OccupationalGroup.phone,
        ))

    def joins(self, stmt: Select) -> Select:
        return stmt.outerjoin(Village, OccupationalGroup.village_id == Village.id)

    def to_row(self, r) -> GroupRow:
        return GroupRow(
            id=r[0], name=r[1], group_type=r[2], status=r[3], village_id=r[4], moo=r[5],
            village_name=r[6] or "", founded_on=r[7], member_count=r[8], phone=r[9],
        )

    def apply_filters(self, stmt: Select, query: ListQuery) -> Select:
        for word in normalize_query(query.search).split():
            stmt = stmt.where(func.lower(OccupationalGroup.name).contains(word, autoescape=True))
        if (village_id := query.filter("village_id")) is not None:
            stmt = stmt.where(OccupationalGroup.village_id == village_id)
        if (group_type := query.filter("group_type")) is not None:
            stmt = stmt.where(OccupationalGroup.group_type == group_type)
        if (status := query.filter("status")) is not None:
            stmt = stmt.where(OccupationalGroup.status == status)
        return stmt

    # --- one group -----------------------------------------------------------------------
    def get(self, group_id: int) -> GroupDetail:
        with self.db.session() as s:
            g = live_group(s, group_id)
            data = GroupInput(**{n: getattr(g, n) for n in GroupInput.__dataclass_fields__})
            contact = s.get(Person, g.contact_person_id) if g.contact_person_id else None
            history = [
                StatusChangeRow(c.id, c.status, c.changed_on, c.note)
                for c in s.scalars(select(GroupStatusChange).where(
                    GroupStatusChange.group_id == group_id).order_by(
                    GroupStatusChange.changed_on, GroupStatusChange.id))
            ]
            return GroupDetail(
                row=self.to_row(s.execute(self.row_select().where(
                    OccupationalGroup.id == group_id)).one()),
                data=data, contact_name=contact.full_name if contact else "",
                enterprise_reg_no=g.enterprise_reg_no, enterprise_reg_on=g.enterprise_reg_on,
                history=history,
                next_statuses=group_rules.allowed_transitions(
                    g.status, reached_statuses(s, group_id)),
            )

    def save(self, group_id: int | None, data: GroupInput) -> int:
        """Create (None) or update a group's basic data. A new group starts "forming"."""
        def build(s: Session, g: OccupationalGroup) -> None:
            problems, cleaned = check_group_input(s, data, group_id, self.today())
            if problems:
                raise ValidationError(problems)
            apply_group_input(g, cleaned)
            if group_id is None:
                g.status = "forming"

        return self._save(group_id, build)

    def set_status(self, group_id: int, status: str, on: date, note: str = "",
                   enterprise_reg_no: str = "", enterprise_reg_on: date | None = None) -> None:
        """Change the status, kept in the history. Refuses changes allowed_transitions does not
        list; "established" needs the minimum number of members; "enterprise" also needs the
        households rule and the registration number and date (fields "status", "on",
        "members", "enterprise_reg_no", "enterprise_reg_on")."""
        with self.db.session() as s:
            g = live_group(s, group_id)
            problems: list[FieldProblem] = []
            if status not in group_rules.allowed_transitions(
                    g.status, reached_statuses(s, group_id)):
                problems.append(FieldProblem("status", QT_TRANSLATE_NOOP(
                    "Validation", "A group cannot change from “{current}” to “{new}”."),
                    {"current": g.status, "new": status}))
            last = s.execute(select(func.max(GroupStatusChange.changed_on)).where(
                GroupStatusChange.group_id == group_id)).scalar_one()
            if on is None:
                problems.append(FieldProblem("on", QT_TRANSLATE_NOOP(
                    "Validation", "Enter the date of the change.")))
            elif on > self.today():
                problems.append(FieldProblem("on", QT_TRANSLATE_NOOP(
                    "Validation", "The date is in the future.")))
            elif last is not None and on < last:
                problems.append(FieldProblem("on", QT_TRANSLATE_NOOP(
                    "Validation", "The date is before the last status change ({date})."),
                    {"date": format_be_date(last)}))
            if status in ("established", "enterprise"):
                problems += group_rules.check_members(
                    current_member_facts(s, group_id), min_members(s),
                    for_enterprise=status == "enterprise")
            reg_no = (enterprise_reg_no or "").strip()
            if status == "enterprise":
                if not reg_no:
                    problems.append(FieldProblem("enterprise_reg_no", QT_TRANSLATE_NOOP(
                        "Validation", "Enter the community-enterprise registration number.")))
                if enterprise_reg_on is None:
                    problems.append(FieldProblem("enterprise_reg_on", QT_TRANSLATE_NOOP(
                        "Validation", "Enter the date of the community-enterprise registration.")))
            if problems:
                raise ValidationError(problems)
            g.status = status
            if status == "enterprise":
                g.enterprise_reg_no, g.enterprise_reg_on = reg_no, enterprise_reg_on
            if status == "established" and g.founded_on is None:
                g.founded_on = on
            s.add(GroupStatusChange(group_id=group_id, status=status, changed_on=on,
                                    note=(note or "").strip()))

    def min_members(self) -> int:
        with self.db.session() as s:
            return min_members(s)

    def set_min_members(self, minimum: int) -> None:
        if minimum < 1:
            raise ValidationError.single("min_members", QT_TRANSLATE_NOOP(
                "Validation", "A group needs at least one member."))
        with self.db.session() as s:
            s.merge(AppSetting(key=MIN_MEMBERS_KEY, value=str(minimum)))


def purge_group(s: Session, group: OccupationalGroup) -> None:
    """Delete a group for good with what only it owns (members, ledger, committee, products,
    plan). Refused while support requests, training rounds, needs or the working group name
    it: those records would lose which group they were for."""
    gid = group.id
    used = sum(s.execute(select(func.count()).where(column == gid)).scalar_one() for column in (
        SupportRequest.group_id, Training.group_id, Need.group_id, WorkingGroupMember.group_id))
    if used:
        raise InUseError(QT_TRANSLATE_NOOP(
            "Validation",
            "{name} is named by {count} support request(s), training round(s), need(s) or "
            "working-group seat(s); the record is kept so those stay complete."),
            name=group.name, count=used)
    products = select(Product.id).where(Product.group_id == gid).scalar_subquery()
    s.execute(delete(ProductMaterial).where(ProductMaterial.product_id.in_(products)))
    for model in (Product, LedgerEntry, CommitteeMember, GroupMember, GroupStatusChange,
                  GroupPlanItem):
        s.execute(delete(model).where(model.group_id == gid))
