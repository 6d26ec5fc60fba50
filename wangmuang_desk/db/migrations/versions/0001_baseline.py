"""baseline: every table of the models as of version 0.1.

Revision ID: 0001
Revises:
Create Date: 2026-11-20 23:15:22.848537

Generated with autogenerate against an empty database, then reviewed:
- household.head_person_id -> person.id (use_alter, the household/person cycle) stays inside
  CREATE TABLE: SQLite cannot ALTER a constraint in, and it accepts a reference to a table
  created later in the same script.
- uq_person_citizen_id is a partial unique index (WHERE citizen_id IS NOT NULL): the ID is
  optional but unique when given.
- Every ix_<table>_deleted_at is partial (WHERE deleted_at IS NOT NULL): it serves only the
  recycle bin; ix_person_live_name holds only the people not in the bin, in name order.
- person_fts (written by hand, not in the models): a trigram index over person.search_text
  for search-as-you-type, kept in step with person by triggers. It is left out when this
  SQLite lacks FTS5 or the trigram tokenizer; searching then falls back to LIKE.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_DELETED = sa.text("deleted_at IS NOT NULL")

# External content: the text lives in person.search_text only; the index keeps the trigrams.
# detail=none stores no positions (less than half the size); a search quotes each trigram of
# a word and checks the word itself with LIKE on the few rows found, so nothing is lost.
_PERSON_FTS = (
    "CREATE VIRTUAL TABLE person_fts USING fts5(search_text, content='person', "
    "content_rowid='id', tokenize='trigram', detail=none)",
    "CREATE TRIGGER person_fts_insert AFTER INSERT ON person BEGIN "
    "INSERT INTO person_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER person_fts_delete AFTER DELETE ON person BEGIN "
    "INSERT INTO person_fts(person_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    # Only when the text (or the id) changes: moving to the recycle bin leaves the index alone.
    "CREATE TRIGGER person_fts_update AFTER UPDATE OF id, search_text ON person BEGIN "
    "INSERT INTO person_fts(person_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO person_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
)
_PERSON_FTS_DROP = (
    "DROP TRIGGER IF EXISTS person_fts_update",
    "DROP TRIGGER IF EXISTS person_fts_delete",
    "DROP TRIGGER IF EXISTS person_fts_insert",
    "DROP TABLE IF EXISTS person_fts",
)


def _trigram_available() -> bool:
    """Whether this SQLite has FTS5 with the trigram tokenizer (3.34+, built with FTS5)."""
    import sqlite3

    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='trigram', detail=none)")
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return True


def upgrade() -> None:
    op.create_table(
        "app_setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_setting")),
    )
    op.create_table(
        "assessment_criterion",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_criterion")),
        sa.UniqueConstraint("code", name=op.f("uq_assessment_criterion_code")),
    )
    op.create_table(
        "export_log",
        sa.Column(
            "at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False
        ),
        sa.Column("user", sa.String(length=100), nullable=False),
        sa.Column("what", sa.String(length=200), nullable=False),
        sa.Column("target", sa.Text(), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_export_log")),
    )
    op.create_table(
        "office_profile",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("department", sa.String(length=200), nullable=False),
        sa.Column("house_no", sa.String(length=40), nullable=False),
        sa.Column("moo", sa.String(length=10), nullable=False),
        sa.Column("road", sa.String(length=100), nullable=False),
        sa.Column("subdistrict", sa.String(length=100), nullable=False),
        sa.Column("district", sa.String(length=100), nullable=False),
        sa.Column("province", sa.String(length=100), nullable=False),
        sa.Column("postcode", sa.String(length=10), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("emblem", sa.LargeBinary(), nullable=True),
        sa.Column("is_demo", sa.Boolean(), nullable=False),
        sa.Column("setup_done", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_profile")),
    )
    op.create_table(
        "rate_ceiling",
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("condition", sa.String(length=200), nullable=False),
        sa.Column("amount", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("unit", sa.String(length=60), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("effective_to", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rate_ceiling")),
    )
    with op.batch_alter_table("rate_ceiling", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rate_ceiling_category"), ["category"], unique=False)

    op.create_table(
        "ref_item",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ref_item")),
        sa.UniqueConstraint("kind", "label", name=op.f("uq_ref_item_kind")),
    )
    with op.batch_alter_table("ref_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ref_item_kind"), ["kind"], unique=False)

    op.create_table(
        "signatory",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.String(length=300), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signatory")),
    )
    op.create_table(
        "village",
        sa.Column("moo", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_village")),
        sa.UniqueConstraint("moo", name=op.f("uq_village_moo")),
    )
    op.create_table(
        "wizard_draft",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wizard_draft")),
    )
    with op.batch_alter_table("wizard_draft", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_wizard_draft_kind"), ["kind"], unique=False)

    op.create_table(
        "forum",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("village_id", sa.Integer(), nullable=True),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("fiscal_year", sa.Integer(), nullable=True),
        sa.Column("attendees", sa.Integer(), nullable=True),
        sa.Column("minutes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["village_id"], ["village.id"], name=op.f("fk_forum_village_id_village")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forum")),
    )
    with op.batch_alter_table("forum", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_forum_deleted_at"),
            ["deleted_at"],
            unique=False,
            sqlite_where=_DELETED,
        )
        batch_op.create_index(batch_op.f("ix_forum_fiscal_year"), ["fiscal_year"], unique=False)

    op.create_table(
        "household",
        sa.Column("house_no", sa.String(length=40), nullable=False),
        sa.Column("village_id", sa.Integer(), nullable=False),
        sa.Column("soi", sa.String(length=100), nullable=False),
        sa.Column("road", sa.String(length=100), nullable=False),
        sa.Column("head_person_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["head_person_id"],
            ["person.id"],
            name=op.f("fk_household_head_person_id_person"),
            ondelete="SET NULL",
            use_alter=True,
        ),
        sa.ForeignKeyConstraint(
            ["village_id"], ["village.id"], name=op.f("fk_household_village_id_village")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household")),
    )
    with op.batch_alter_table("household", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_household_deleted_at"),
            ["deleted_at"],
            unique=False,
            sqlite_where=_DELETED,
        )
        batch_op.create_index(
            "ix_household_village_house", ["village_id", "house_no"], unique=False
        )

    op.create_table(
        "raw_material",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=200), nullable=False),
        sa.Column("village_id", sa.Integer(), nullable=True),
        sa.Column("quantity", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("unit", sa.String(length=50), nullable=False),
        sa.Column("season", sa.String(length=200), nullable=False),
        sa.Column("source_owner", sa.String(length=300), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["village_id"], ["village.id"], name=op.f("fk_raw_material_village_id_village")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_raw_material")),
    )
    with op.batch_alter_table("raw_material", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_raw_material_deleted_at"),
            ["deleted_at"],
            unique=False,
            sqlite_where=_DELETED,
        )
        batch_op.create_index(batch_op.f("ix_raw_material_name"), ["name"], unique=False)

    op.create_table(
        "account_entry",
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("entry_date", sa.Date(), nullable=False),
        sa.Column("item", sa.String(length=300), nullable=False),
        sa.Column("income", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("expense", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("savings", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("debt", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"], ["household.id"], name=op.f("fk_account_entry_household_id_household")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_entry")),
    )
    with op.batch_alter_table("account_entry", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_account_entry_household_id"), ["household_id"], unique=False
        )

    op.create_table(
        "household_assessment",
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.Column("met", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["assessment_criterion.id"],
            name=op.f("fk_household_assessment_criterion_id_assessment_criterion"),
        ),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
            name=op.f("fk_household_assessment_household_id_household"),
        ),
        sa.PrimaryKeyConstraint(
            "household_id", "year", "criterion_id", name=op.f("pk_household_assessment")
        ),
    )
    op.create_table(
        "person",
        sa.Column("title", sa.String(length=60), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("citizen_id", sa.String(length=13), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("house_no", sa.String(length=40), nullable=False),
        sa.Column("village_id", sa.Integer(), nullable=True),
        sa.Column("soi", sa.String(length=100), nullable=False),
        sa.Column("road", sa.String(length=100), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=True),
        sa.Column("is_elder", sa.Boolean(), nullable=False),
        sa.Column("is_disabled", sa.Boolean(), nullable=False),
        sa.Column("is_disadvantaged", sa.Boolean(), nullable=False),
        sa.Column("pdpa_consent_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
            name=op.f("fk_person_household_id_household"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["village_id"], ["village.id"], name=op.f("fk_person_village_id_village")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_person_deleted_at"),
            ["deleted_at"],
            unique=False,
            sqlite_where=_DELETED,
        )
        batch_op.create_index(batch_op.f("ix_person_household_id"), ["household_id"], unique=False)
        batch_op.create_index(
            "ix_person_live_name",
            ["first_name", "last_name", "id", "search_text"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index("ix_person_village", ["village_id"], unique=False)
        batch_op.create_index(
            "uq_person_citizen_id",
            ["citizen_id"],
            unique=True,
            sqlite_where=sa.text("citizen_id IS NOT NULL"),
        )

    op.create_table(
        "target_household",
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("target_occupation", sa.String(length=300), nullable=False),
        sa.Column("target_product", sa.String(length=300), nullable=False),
        sa.Column("baseline_income", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("practises", sa.Boolean(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
            name=op.f("fk_target_household_household_id_household"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_target_household")),
        sa.UniqueConstraint(
            "household_id", "fiscal_year", name=op.f("uq_target_household_household_id")
        ),
    )
    with op.batch_alter_table("target_household", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_target_household_household_id"), ["household_id"], unique=False
        )

    op.create_table(
        "livelihood_leader",
        sa.Column("village_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_livelihood_leader_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["village_id"], ["village.id"], name=op.f("fk_livelihood_leader_village_id_village")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_livelihood_leader")),
    )
    with op.batch_alter_table("livelihood_leader", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_livelihood_leader_village_id"), ["village_id"], unique=False
        )

    op.create_table(
        "occupation",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=200), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("is_main", sa.Boolean(), nullable=False),
        sa.Column("yearly_income", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_occupation_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_occupation")),
    )
    with op.batch_alter_table("occupation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_occupation_category"), ["category"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_occupation_deleted_at"),
            ["deleted_at"],
            unique=False,
            sqlite_where=_DELETED,
        )
        batch_op.create_index(batch_op.f("ix_occupation_person_id"), ["person_id"], unique=False)

    op.create_table(
        "occupational_group",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("group_type", sa.String(length=40), nullable=False),
        sa.Column("village_id", sa.Integer(), nullable=True),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("founded_on", sa.Date(), nullable=True),
        sa.Column("contact_person_id", sa.Integer(), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("objectives", sa.Text(), nullable=False),
        sa.Column("regulations", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("share_value", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("enterprise_reg_no", sa.String(length=60), nullable=False),
        sa.Column("enterprise_reg_on", sa.Date(), nullable=True),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("strengths", sa.Text(), nullable=False),
        sa.Column("weaknesses", sa.Text(), nullable=False),
        sa.Column("problems_needs", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_person_id"],
            ["person.id"],
            name=op.f("fk_occupational_group_contact_person_id_person"),
        ),
        sa.ForeignKeyConstraint(
            ["village_id"], ["village.id"], name=op.f("fk_occupational_group_village_id_village")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_occupational_group")),
    )
    with op.batch_alter_table("occupational_group", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_occupational_group_deleted_at"),
            ["deleted_at"],
            unique=False,
            sqlite_where=_DELETED,
        )
        batch_op.create_index(batch_op.f("ix_occupational_group_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_occupational_group_status"), ["status"], unique=False)

    op.create_table(
        "sage",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("branch", sa.String(length=200), nullable=False),
        sa.Column("expertise", sa.Text(), nullable=False),
        sa.Column("can_teach", sa.Boolean(), nullable=False),
        sa.Column("works_awards", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_sage_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sage")),
        sa.UniqueConstraint("person_id", name=op.f("uq_sage_person_id")),
    )
    with op.batch_alter_table("sage", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sage_deleted_at"),
            ["deleted_at"],
            unique=False,
            sqlite_where=_DELETED,
        )

    op.create_table(
        "committee_member",
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.String(length=30), nullable=False),
        sa.Column("term_start", sa.Date(), nullable=True),
        sa.Column("term_end", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["occupational_group.id"],
            name=op.f("fk_committee_member_group_id_occupational_group"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_committee_member_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committee_member")),
    )
    with op.batch_alter_table("committee_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_committee_member_group_id"), ["group_id"], unique=False
        )

    op.create_table(
        "group_member",
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("shares", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["occupational_group.id"],
            name=op.f("fk_group_member_group_id_occupational_group"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_group_member_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_member")),
        sa.UniqueConstraint("group_id", "person_id", name=op.f("uq_group_member_group_id")),
    )
    with op.batch_alter_table("group_member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_group_member_group_id"), ["group_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_group_member_person_id"), ["person_id"], unique=False)

    op.create_table(
        "group_plan_item",
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("lead", sa.String(length=200), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["occupational_group.id"],
            name=op.f("fk_group_plan_item_group_id_occupational_group"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_plan_item")),
    )
    with op.batch_alter_table("group_plan_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_group_plan_item_group_id"), ["group_id"], unique=False)

    op.create_table(
        "group_status_change",
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["occupational_group.id"],
            name=op.f("fk_group_status_change_group_id_occupational_group"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_status_change")),
    )
    with op.batch_alter_table("group_status_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_group_status_change_group_id"), ["group_id"], unique=False
        )

    op.create_table(
        "need",
        sa.Column("forum_id", sa.Integer(), nullable=True),
        sa.Column("village_id", sa.Integer(), nullable=True),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("fiscal_year", sa.Integer(), nullable=True),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=True),
        sa.Column("within_authority", sa.Boolean(), nullable=True),
        sa.Column("forwarded_to", sa.String(length=300), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["forum_id"], ["forum.id"], name=op.f("fk_need_forum_id_forum")),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["occupational_group.id"],
            name=op.f("fk_need_group_id_occupational_group"),
        ),
        sa.ForeignKeyConstraint(
            ["village_id"], ["village.id"], name=op.f("fk_need_village_id_village")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_need")),
    )
    with op.batch_alter_table("need", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_need_deleted_at"),
            ["deleted_at"],
            unique=False,
            sqlite_where=_DELETED,
        )
        batch_op.create_index(batch_op.f("ix_need_fiscal_year"), ["fiscal_year"], unique=False)

    op.create_table(
        "product",
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("otop_category", sa.String(length=100), nullable=False),
        sa.Column("otop_stars", sa.Integer(), nullable=True),
        sa.Column("standards", sa.String(length=300), nullable=False),
        sa.Column("price", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("unit", sa.String(length=50), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["occupational_group.id"],
            name=op.f("fk_product_group_id_occupational_group"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product")),
    )
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_product_deleted_at"),
            ["deleted_at"],
            unique=False,
            sqlite_where=_DELETED,
        )
        batch_op.create_index(batch_op.f("ix_product_group_id"), ["group_id"], unique=False)

    op.create_table(
        "working_group_member",
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("term_start", sa.Date(), nullable=True),
        sa.Column("term_end", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["occupational_group.id"],
            name=op.f("fk_working_group_member_group_id_occupational_group"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_working_group_member_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_working_group_member")),
    )
    op.create_table(
        "ledger_entry",
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("entry_date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("amount", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["occupational_group.id"],
            name=op.f("fk_ledger_entry_group_id_occupational_group"),
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["group_member.id"], name=op.f("fk_ledger_entry_member_id_group_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_entry")),
    )
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ledger_entry_group_id"), ["group_id"], unique=False)

    op.create_table(
        "plan_item",
        sa.Column("need_id", sa.Integer(), nullable=True),
        sa.Column("fiscal_year", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("in_development_plan", sa.Boolean(), nullable=False),
        sa.Column("lead", sa.String(length=200), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["need_id"], ["need.id"], name=op.f("fk_plan_item_need_id_need")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_item")),
    )
    with op.batch_alter_table("plan_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_plan_item_deleted_at"),
            ["deleted_at"],
            unique=False,
            sqlite_where=_DELETED,
        )
        batch_op.create_index(batch_op.f("ix_plan_item_fiscal_year"), ["fiscal_year"], unique=False)

    op.create_table(
        "product_material",
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("raw_material_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_product_material_product_id_product")
        ),
        sa.ForeignKeyConstraint(
            ["raw_material_id"],
            ["raw_material.id"],
            name=op.f("fk_product_material_raw_material_id_raw_material"),
        ),
        sa.PrimaryKeyConstraint("product_id", "raw_material_id", name=op.f("pk_product_material")),
    )
    op.create_table(
        "support_request",
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("plan_item_id", sa.Integer(), nullable=True),
        sa.Column("fiscal_year", sa.Integer(), nullable=True),
        sa.Column("requested_on", sa.Date(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("requested_amount", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("approved_amount", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("items_requested", sa.Text(), nullable=False),
        sa.Column("items_approved", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("delivered_on", sa.Date(), nullable=True),
        sa.Column("report_due_on", sa.Date(), nullable=True),
        sa.Column("report_received_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["occupational_group.id"],
            name=op.f("fk_support_request_group_id_occupational_group"),
        ),
        sa.ForeignKeyConstraint(
            ["plan_item_id"],
            ["plan_item.id"],
            name=op.f("fk_support_request_plan_item_id_plan_item"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_request")),
    )
    with op.batch_alter_table("support_request", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_support_request_deleted_at"),
            ["deleted_at"],
            unique=False,
            sqlite_where=_DELETED,
        )
        batch_op.create_index(
            batch_op.f("ix_support_request_fiscal_year"), ["fiscal_year"], unique=False
        )

    op.create_table(
        "training",
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("topic", sa.Text(), nullable=False),
        sa.Column("need_id", sa.Integer(), nullable=True),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("support_request_id", sa.Integer(), nullable=True),
        sa.Column("target_description", sa.Text(), nullable=False),
        sa.Column("target_count", sa.Integer(), nullable=True),
        sa.Column("planned_start", sa.Date(), nullable=True),
        sa.Column("planned_end", sa.Date(), nullable=True),
        sa.Column("duration_hours", sa.Numeric(precision=6, scale=1), nullable=True),
        sa.Column("venue", sa.String(length=300), nullable=False),
        sa.Column("rationale", sa.Text(), nullable=False),
        sa.Column("objectives", sa.Text(), nullable=False),
        sa.Column("attendance_threshold", sa.Integer(), nullable=False),
        sa.Column("pass_mark", sa.Numeric(precision=6, scale=2), nullable=True),
        sa.Column("council_ref", sa.String(length=200), nullable=False),
        sa.Column("council_on", sa.Date(), nullable=True),
        sa.Column("approved_amount", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("problems", sa.Text(), nullable=False),
        sa.Column("suggestions", sa.Text(), nullable=False),
        sa.Column("thai_digits", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["occupational_group.id"],
            name=op.f("fk_training_group_id_occupational_group"),
        ),
        sa.ForeignKeyConstraint(["need_id"], ["need.id"], name=op.f("fk_training_need_id_need")),
        sa.ForeignKeyConstraint(
            ["support_request_id"],
            ["support_request.id"],
            name=op.f("fk_training_support_request_id_support_request"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training")),
    )
    with op.batch_alter_table("training", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_training_deleted_at"),
            ["deleted_at"],
            unique=False,
            sqlite_where=_DELETED,
        )
        batch_op.create_index(batch_op.f("ix_training_fiscal_year"), ["fiscal_year"], unique=False)
        batch_op.create_index(batch_op.f("ix_training_status"), ["status"], unique=False)

    op.create_table(
        "budget_line",
        sa.Column("training_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("quantity", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("times", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("rate", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("ceiling_id", sa.Integer(), nullable=True),
        sa.Column("spent", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["ceiling_id"], ["rate_ceiling.id"], name=op.f("fk_budget_line_ceiling_id_rate_ceiling")
        ),
        sa.ForeignKeyConstraint(
            ["training_id"], ["training.id"], name=op.f("fk_budget_line_training_id_training")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_line")),
    )
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_budget_line_training_id"), ["training_id"], unique=False
        )

    op.create_table(
        "speaker",
        sa.Column("training_id", sa.Integer(), nullable=False),
        sa.Column("sage_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("agency", sa.String(length=300), nullable=False),
        sa.Column("is_state_staff", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["sage_id"], ["sage.id"], name=op.f("fk_speaker_sage_id_sage")),
        sa.ForeignKeyConstraint(
            ["training_id"], ["training.id"], name=op.f("fk_speaker_training_id_training")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_speaker")),
    )
    with op.batch_alter_table("speaker", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_speaker_training_id"), ["training_id"], unique=False)

    op.create_table(
        "survey_item",
        sa.Column("training_id", sa.Integer(), nullable=True),
        sa.Column("aspect", sa.String(length=200), nullable=False),
        sa.Column("text", sa.String(length=500), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["training_id"], ["training.id"], name=op.f("fk_survey_item_training_id_training")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_item")),
    )
    with op.batch_alter_table("survey_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_survey_item_training_id"), ["training_id"], unique=False
        )

    op.create_table(
        "survey_response",
        sa.Column("training_id", sa.Integer(), nullable=False),
        sa.Column("respondent_no", sa.Integer(), nullable=False),
        sa.Column("problems", sa.Text(), nullable=False),
        sa.Column("suggestions", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["training_id"], ["training.id"], name=op.f("fk_survey_response_training_id_training")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_response")),
    )
    with op.batch_alter_table("survey_response", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_survey_response_training_id"), ["training_id"], unique=False
        )

    op.create_table(
        "trainee",
        sa.Column("training_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("registered_on", sa.Date(), nullable=True),
        sa.Column("pre_score", sa.Numeric(precision=6, scale=2), nullable=True),
        sa.Column("post_score", sa.Numeric(precision=6, scale=2), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_trainee_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["training_id"], ["training.id"], name=op.f("fk_trainee_training_id_training")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trainee")),
        sa.UniqueConstraint("training_id", "person_id", name=op.f("uq_trainee_training_id")),
    )
    with op.batch_alter_table("trainee", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trainee_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_trainee_training_id"), ["training_id"], unique=False)

    op.create_table(
        "training_checklist_item",
        sa.Column("training_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["training_id"],
            ["training.id"],
            name=op.f("fk_training_checklist_item_training_id_training"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_checklist_item")),
    )
    with op.batch_alter_table("training_checklist_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_training_checklist_item_training_id"), ["training_id"], unique=False
        )

    op.create_table(
        "training_partner",
        sa.Column("training_id", sa.Integer(), nullable=False),
        sa.Column("agency", sa.String(length=300), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["training_id"], ["training.id"], name=op.f("fk_training_partner_training_id_training")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_partner")),
    )
    with op.batch_alter_table("training_partner", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_training_partner_training_id"), ["training_id"], unique=False
        )

    op.create_table(
        "training_step",
        sa.Column("training_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["training_id"], ["training.id"], name=op.f("fk_training_step_training_id_training")
        ),
        sa.PrimaryKeyConstraint("training_id", "step", name=op.f("pk_training_step")),
    )
    op.create_table(
        "training_village",
        sa.Column("training_id", sa.Integer(), nullable=False),
        sa.Column("village_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["training_id"], ["training.id"], name=op.f("fk_training_village_training_id_training")
        ),
        sa.ForeignKeyConstraint(
            ["village_id"], ["village.id"], name=op.f("fk_training_village_village_id_village")
        ),
        sa.PrimaryKeyConstraint("training_id", "village_id", name=op.f("pk_training_village")),
    )
    op.create_table(
        "certificate",
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("signatory_id", sa.Integer(), nullable=True),
        sa.Column("reprints", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["signatory_id"], ["signatory.id"], name=op.f("fk_certificate_signatory_id_signatory")
        ),
        sa.ForeignKeyConstraint(
            ["trainee_id"], ["trainee.id"], name=op.f("fk_certificate_trainee_id_trainee")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate")),
        sa.UniqueConstraint("fiscal_year", "number", name=op.f("uq_certificate_fiscal_year")),
        sa.UniqueConstraint("trainee_id", name=op.f("uq_certificate_trainee_id")),
    )
    op.create_table(
        "follow_up",
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("followed_on", sa.Date(), nullable=False),
        sa.Column("uses_skill", sa.Boolean(), nullable=True),
        sa.Column("occupation", sa.String(length=300), nullable=False),
        sa.Column("income_before", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("income_after", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["trainee_id"], ["trainee.id"], name=op.f("fk_follow_up_trainee_id_trainee")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up")),
    )
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_follow_up_trainee_id"), ["trainee_id"], unique=False)

    op.create_table(
        "survey_answer",
        sa.Column("response_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["survey_item.id"], name=op.f("fk_survey_answer_item_id_survey_item")
        ),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["survey_response.id"],
            name=op.f("fk_survey_answer_response_id_survey_response"),
        ),
        sa.PrimaryKeyConstraint("response_id", "item_id", name=op.f("pk_survey_answer")),
    )
    op.create_table(
        "training_session",
        sa.Column("training_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("session_date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("venue", sa.String(length=300), nullable=False),
        sa.Column("hours", sa.Numeric(precision=5, scale=1), nullable=True),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column("speaker_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["speaker_id"], ["speaker.id"], name=op.f("fk_training_session_speaker_id_speaker")
        ),
        sa.ForeignKeyConstraint(
            ["training_id"], ["training.id"], name=op.f("fk_training_session_training_id_training")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_session")),
        sa.UniqueConstraint("training_id", "seq", name=op.f("uq_training_session_training_id")),
    )
    with op.batch_alter_table("training_session", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_training_session_training_id"), ["training_id"], unique=False
        )

    op.create_table(
        "attendance",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["training_session.id"],
            name=op.f("fk_attendance_session_id_training_session"),
        ),
        sa.ForeignKeyConstraint(
            ["trainee_id"], ["trainee.id"], name=op.f("fk_attendance_trainee_id_trainee")
        ),
        sa.PrimaryKeyConstraint("session_id", "trainee_id", name=op.f("pk_attendance")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendance_trainee_id"), ["trainee_id"], unique=False)

    if _trigram_available():
        for statement in _PERSON_FTS:
            op.execute(statement)


def downgrade() -> None:
    for statement in _PERSON_FTS_DROP:
        op.execute(statement)
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_trainee_id"))

    op.drop_table("attendance")
    with op.batch_alter_table("training_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_session_training_id"))

    op.drop_table("training_session")
    op.drop_table("survey_answer")
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_up_trainee_id"))

    op.drop_table("follow_up")
    op.drop_table("certificate")
    op.drop_table("training_village")
    op.drop_table("training_step")
    with op.batch_alter_table("training_partner", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_partner_training_id"))

    op.drop_table("training_partner")
    with op.batch_alter_table("training_checklist_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_checklist_item_training_id"))

    op.drop_table("training_checklist_item")
    with op.batch_alter_table("trainee", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trainee_training_id"))
        batch_op.drop_index(batch_op.f("ix_trainee_person_id"))

    op.drop_table("trainee")
    with op.batch_alter_table("survey_response", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_survey_response_training_id"))

    op.drop_table("survey_response")
    with op.batch_alter_table("survey_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_survey_item_training_id"))

    op.drop_table("survey_item")
    with op.batch_alter_table("speaker", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_speaker_training_id"))

    op.drop_table("speaker")
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_line_training_id"))

    op.drop_table("budget_line")
    with op.batch_alter_table("training", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_status"))
        batch_op.drop_index(batch_op.f("ix_training_fiscal_year"))
        batch_op.drop_index(batch_op.f("ix_training_deleted_at"))

    op.drop_table("training")
    with op.batch_alter_table("support_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_support_request_fiscal_year"))
        batch_op.drop_index(batch_op.f("ix_support_request_deleted_at"))

    op.drop_table("support_request")
    op.drop_table("product_material")
    with op.batch_alter_table("plan_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_item_fiscal_year"))
        batch_op.drop_index(batch_op.f("ix_plan_item_deleted_at"))

    op.drop_table("plan_item")
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ledger_entry_group_id"))

    op.drop_table("ledger_entry")
    op.drop_table("working_group_member")
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_product_group_id"))
        batch_op.drop_index(batch_op.f("ix_product_deleted_at"))

    op.drop_table("product")
    with op.batch_alter_table("need", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_need_fiscal_year"))
        batch_op.drop_index(batch_op.f("ix_need_deleted_at"))

    op.drop_table("need")
    with op.batch_alter_table("group_status_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_group_status_change_group_id"))

    op.drop_table("group_status_change")
    with op.batch_alter_table("group_plan_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_group_plan_item_group_id"))

    op.drop_table("group_plan_item")
    with op.batch_alter_table("group_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_group_member_person_id"))
        batch_op.drop_index(batch_op.f("ix_group_member_group_id"))

    op.drop_table("group_member")
    with op.batch_alter_table("committee_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_committee_member_group_id"))

    op.drop_table("committee_member")
    with op.batch_alter_table("sage", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sage_deleted_at"))

    op.drop_table("sage")
    with op.batch_alter_table("occupational_group", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_occupational_group_status"))
        batch_op.drop_index(batch_op.f("ix_occupational_group_name"))
        batch_op.drop_index(batch_op.f("ix_occupational_group_deleted_at"))

    op.drop_table("occupational_group")
    with op.batch_alter_table("occupation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_occupation_person_id"))
        batch_op.drop_index(batch_op.f("ix_occupation_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_occupation_category"))

    op.drop_table("occupation")
    with op.batch_alter_table("livelihood_leader", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_livelihood_leader_village_id"))

    op.drop_table("livelihood_leader")
    with op.batch_alter_table("target_household", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_target_household_household_id"))

    op.drop_table("target_household")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index("uq_person_citizen_id", sqlite_where=sa.text("citizen_id IS NOT NULL"))
        batch_op.drop_index("ix_person_village")
        batch_op.drop_index("ix_person_live_name")
        batch_op.drop_index(batch_op.f("ix_person_household_id"))
        batch_op.drop_index(batch_op.f("ix_person_deleted_at"))

    op.drop_table("person")
    op.drop_table("household_assessment")
    with op.batch_alter_table("account_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_account_entry_household_id"))

    op.drop_table("account_entry")
    with op.batch_alter_table("raw_material", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_raw_material_name"))
        batch_op.drop_index(batch_op.f("ix_raw_material_deleted_at"))

    op.drop_table("raw_material")
    with op.batch_alter_table("household", schema=None) as batch_op:
        batch_op.drop_index("ix_household_village_house")
        batch_op.drop_index(batch_op.f("ix_household_deleted_at"))

    op.drop_table("household")
    with op.batch_alter_table("forum", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_forum_fiscal_year"))
        batch_op.drop_index(batch_op.f("ix_forum_deleted_at"))

    op.drop_table("forum")
    with op.batch_alter_table("wizard_draft", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_wizard_draft_kind"))

    op.drop_table("wizard_draft")
    op.drop_table("village")
    op.drop_table("signatory")
    with op.batch_alter_table("ref_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ref_item_kind"))

    op.drop_table("ref_item")
    with op.batch_alter_table("rate_ceiling", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rate_ceiling_category"))

    op.drop_table("rate_ceiling")
    op.drop_table("office_profile")
    op.drop_table("export_log")
    op.drop_table("assessment_criterion")
    op.drop_table("app_setting")
