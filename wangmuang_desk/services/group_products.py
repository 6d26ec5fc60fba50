"""A group's products (with the raw materials they use), its own development plan, and the
support and training it has received."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from wangmuang_desk.db.engine import Database
from wangmuang_desk.db.models import (
    GroupPlanItem,
    Product,
    ProductMaterial,
    RawMaterial,
    SupportRequest,
    Training,
)
from wangmuang_desk.services import validation
from wangmuang_desk.services.errors import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    InUseError,
    NotFoundError,
    ValidationError,
)
from wangmuang_desk.services.group_members import live_group
from wangmuang_desk.services.group_rows import (
    PLAN_STATUSES,
    HistoryRow,
    PlanItemInput,
    PlanItemRow,
    ProductInput,
    ProductRow,
)


# --- products ------------------------------------------------------------------------------
def check_product(s: Session, data: ProductInput) -> tuple[list[FieldProblem], ProductInput]:
    """Problems with a product (fields as in ProductInput) and the cleaned product."""
    problems: list[FieldProblem] = []
    name = validation.required_text(problems, "name", data.name, QT_TRANSLATE_NOOP(
        "Validation", "Enter the name of the product."))
    if data.otop_stars is not None and not 1 <= data.otop_stars <= 5:
        problems.append(FieldProblem("otop_stars", QT_TRANSLATE_NOOP(
            "Validation", "OTOP stars go from 1 to 5.")))
    price = validation.non_negative_decimal(problems, "price", data.price)
    material_ids = list(dict.fromkeys(data.raw_material_ids))
    if material_ids:
        found = s.execute(select(func.count(RawMaterial.id)).where(
            RawMaterial.id.in_(material_ids), RawMaterial.deleted_at.is_(None))).scalar_one()
        if found != len(material_ids):
            problems.append(FieldProblem("raw_material_ids", QT_TRANSLATE_NOOP(
                "Validation", "Some raw materials are no longer in the registry.")))
    cleaned = ProductInput(
        group_id=data.group_id, name=name, otop_category=data.otop_category.strip(),
        otop_stars=data.otop_stars, standards=data.standards.strip(), price=price,
        unit=data.unit.strip(), note=data.note.strip(), raw_material_ids=material_ids)
    return problems, cleaned


def write_product(s: Session, product: Product, group_id: int, data: ProductInput) -> None:
    """Copy a checked product into `product` (new or not) and replace its material links."""
    for attr in ("name", "otop_category", "otop_stars", "standards", "price", "unit", "note"):
        setattr(product, attr, getattr(data, attr))
    product.group_id = group_id
    if product.id is None:
        s.add(product)
    s.flush()
    s.execute(delete(ProductMaterial).where(ProductMaterial.product_id == product.id))
    s.add_all(ProductMaterial(product_id=product.id, raw_material_id=m)
              for m in data.raw_material_ids)


def product_rows(s: Session, group_id: int) -> list[ProductRow]:
    products = list(s.scalars(select(Product).where(
        Product.group_id == group_id, Product.deleted_at.is_(None)).order_by(
        Product.name, Product.id)))
    materials: dict[int, list[tuple[int, str]]] = {}
    if products:
        for product_id, material_id, name in s.execute(select(
                ProductMaterial.product_id, RawMaterial.id, RawMaterial.name).join(
                RawMaterial, ProductMaterial.raw_material_id == RawMaterial.id).where(
                ProductMaterial.product_id.in_([p.id for p in products]),
                RawMaterial.deleted_at.is_(None)).order_by(RawMaterial.name)):
            materials.setdefault(product_id, []).append((material_id, name))
    return [
        ProductRow(
            id=p.id, group_id=p.group_id, name=p.name, otop_category=p.otop_category,
            otop_stars=p.otop_stars, standards=p.standards, price=p.price, unit=p.unit,
            note=p.note, raw_material_ids=tuple(m for m, _ in materials.get(p.id, [])),
            material_names=tuple(n for _, n in materials.get(p.id, [])),
        )
        for p in products
    ]


def purge_product(s: Session, product: Product) -> None:
    s.execute(delete(ProductMaterial).where(ProductMaterial.product_id == product.id))


def refuse_purging_material(s: Session, material: RawMaterial) -> None:
    """A raw material still listed by a product (even one in the bin) is kept."""
    used = s.execute(select(func.count()).where(
        ProductMaterial.raw_material_id == material.id)).scalar_one()
    if used:
        raise InUseError(QT_TRANSLATE_NOOP(
            "Validation", "{name} is used by {count} product(s); the record is kept."),
            name=material.name, count=used)


# --- plan items ------------------------------------------------------------------------------
def check_plan_item(data: PlanItemInput) -> tuple[list[FieldProblem], PlanItemInput]:
    problems: list[FieldProblem] = []
    title = validation.required_text(problems, "title", data.title, QT_TRANSLATE_NOOP(
        "Validation", "Enter what is planned."))
    if data.status not in PLAN_STATUSES:
        problems.append(FieldProblem("status", QT_TRANSLATE_NOOP(
            "Validation", "Choose the status of the plan item.")))
    return problems, PlanItemInput(data.group_id, title, data.lead.strip(), data.end_date,
                                   data.status, data.note.strip())


def write_plan_item(item: GroupPlanItem, group_id: int, data: PlanItemInput) -> None:
    item.group_id = group_id
    for attr in ("title", "lead", "end_date", "status", "note"):
        setattr(item, attr, getattr(data, attr))


class GroupProductService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- products --------------------------------------------------------------------------
    def products(self, group_id: int) -> list[ProductRow]:
        """The group's products (not in the recycle bin), by name."""
        with self.db.session() as s:
            return product_rows(s, group_id)

    def get_product(self, product_id: int) -> ProductInput:
        with self.db.session() as s:
            p = s.get(Product, product_id)
            if p is None or p.deleted_at is not None:
                raise NotFoundError(product_id)
            materials = list(s.scalars(select(ProductMaterial.raw_material_id).where(
                ProductMaterial.product_id == product_id)))
            return ProductInput(p.group_id, p.name, p.otop_category, p.otop_stars, p.standards,
                                p.price, p.unit, p.note, materials)

    def save_product(self, product_id: int | None, data: ProductInput) -> int:
        """Create (None) or update a product of data.group_id; stars 1-5 or None, price >= 0."""
        with self.db.session() as s:
            live_group(s, data.group_id)
            product = Product() if product_id is None else s.get(Product, product_id)
            if product is None or product.deleted_at is not None:
                raise NotFoundError(product_id)
            problems, cleaned = check_product(s, data)
            if problems:
                raise ValidationError(problems)
            write_product(s, product, data.group_id, cleaned)
            return product.id

    def move_product_to_bin(self, product_id: int) -> None:
        with self.db.session() as s:
            product = s.get(Product, product_id)
            if product is None:
                raise NotFoundError(product_id)
            product.deleted_at = datetime.now()

    # --- plan items ------------------------------------------------------------------------
    def plan_items(self, group_id: int) -> list[PlanItemRow]:
        """The group's plan items by end date (undated last)."""
        with self.db.session() as s:
            items = s.scalars(select(GroupPlanItem).where(GroupPlanItem.group_id == group_id))
            rows = [PlanItemRow(i.id, i.group_id, i.title, i.lead, i.end_date, i.status, i.note)
                    for i in items]
        rows.sort(key=lambda r: (r.end_date is None, r.end_date or date.min, r.id))
        return rows

    def save_plan_item(self, item_id: int | None, data: PlanItemInput) -> int:
        with self.db.session() as s:
            live_group(s, data.group_id)
            item = GroupPlanItem() if item_id is None else s.get(GroupPlanItem, item_id)
            if item is None:
                raise NotFoundError(item_id)
            problems, cleaned = check_plan_item(data)
            if problems:
                raise ValidationError(problems)
            write_plan_item(item, data.group_id, cleaned)
            s.add(item)
            s.flush()
            return item.id

    def delete_plan_item(self, item_id: int) -> None:
        with self.db.session() as s:
            item = s.get(GroupPlanItem, item_id)
            if item is None:
                raise NotFoundError(item_id)
            s.delete(item)

    # --- history -------------------------------------------------------------------------
    def history(self, group_id: int) -> list[HistoryRow]:
        """Support requests and training rounds of the group, oldest first (undated last)."""
        with self.db.session() as s:
            rows = [
                HistoryRow("support", r.id, r.requested_on,
                           (r.description or r.items_requested).strip().split("\n")[0],
                           r.fiscal_year, r.requested_amount, r.approved_amount, r.status)
                for r in s.scalars(select(SupportRequest).where(
                    SupportRequest.group_id == group_id, SupportRequest.deleted_at.is_(None)))
            ] + [
                HistoryRow("training", t.id, t.planned_start, t.title, t.fiscal_year, None,
                           t.approved_amount, t.status)
                for t in s.scalars(select(Training).where(
                    Training.group_id == group_id, Training.deleted_at.is_(None)))
            ]
        rows.sort(key=lambda r: (r.on is None, r.on or date.min, r.kind, r.record_id))
        return rows
