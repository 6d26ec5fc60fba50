"""The rows and inputs of services/rows.py: dataclasses, some of them made on first use."""

from __future__ import annotations

import dataclasses
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from wangmuang_desk.services import rows

# Frozen rows, and the inputs the forms fill in (mutable).
FROZEN = ("VillageRow", "PersonRow", "HouseholdRow", "OccupationRow", "RawMaterialRow",
          "SageRow", "BinItem")
MUTABLE = ("PersonInput", "HouseholdInput", "OccupationInput", "RawMaterialInput",
           "SageInput", "SignatoryData", "OfficeData")


@pytest.mark.parametrize("name", FROZEN + MUTABLE)
def test_every_row_and_input_is_the_dataclass_it_always_was(name: str) -> None:
    cls = getattr(rows, name)
    assert dataclasses.is_dataclass(cls) and cls.__module__ == rows.__name__
    assert cls.__dataclass_params__.frozen is (name in FROZEN)
    assert name in dir(rows)
    namespace: dict = {}
    exec(f"from wangmuang_desk.services.rows import {name} as imported", namespace)
    assert namespace["imported"] is cls


def test_made_on_first_use_they_compare_hash_copy_and_pickle_as_ever() -> None:
    row = rows.HouseholdRow(1, "12/3", 2, 5, "บ้านนา", None, "", 0)
    same = pickle.loads(pickle.dumps(row))
    assert same == row and hash(same) == hash(row) and same is not row
    assert dataclasses.replace(row, moo=6).moo == 6
    with pytest.raises(dataclasses.FrozenInstanceError):
        row.moo = 7  # type: ignore[misc]
    data = rows.HouseholdInput("1", None)
    assert data.member_ids == [] and data.member_ids is not rows.HouseholdInput("2", 1).member_ids
    with pytest.raises(AttributeError):
        rows.NoSuchRow  # noqa: B018


def test_the_start_makes_only_what_the_people_list_and_the_office_need() -> None:
    code = (
        "import wangmuang_desk.services.rows as rows\n"
        "print(sorted(n for n in vars(rows) if n.endswith(('Row', 'Input', 'Data', 'Item'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(["OfficeData", "PersonRow", "SignatoryData", "VillageRow"])
