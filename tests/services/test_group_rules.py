"""The group registry's pure rules: members, status changes, committee, ledger balances."""

from datetime import date
from decimal import Decimal

import pytest

from wangmuang_desk.services.group_rules import (
    LedgerLine,
    MemberFact,
    allowed_transitions,
    check_committee,
    check_members,
    ledger_effect,
    negative_after_adding,
    negative_after_removing,
    running_balances,
)


def _members(count: int, households: int) -> list[MemberFact]:
    return [MemberFact(i, 100 + i % households, f"p{i}") for i in range(count)]


def test_minimum_number_of_members():
    problems = check_members(_members(6, 6), minimum=7)
    assert [p.params for p in problems] == [{"minimum": 7, "count": 6}]
    assert check_members(_members(7, 1), minimum=7) == []  # households only for enterprises
    # Plain (person_id, household_id) pairs work too.
    assert check_members([(1, None), (2, None)], minimum=2) == []


def test_enterprise_needs_seven_households():
    problems = check_members(_members(7, 6), minimum=7, for_enterprise=True)
    assert len(problems) == 1
    assert problems[0].params == {"minimum": 7, "count": 6}
    assert "different households" in problems[0].english()
    assert check_members(_members(7, 7), minimum=7, for_enterprise=True) == []


def test_members_without_household_are_named_not_counted():
    facts = _members(6, 6) + [MemberFact(50, None, "สมศรี ใจดี")]
    problems = check_members(facts, minimum=7, for_enterprise=True)
    assert "สมศรี ใจดี" in problems[0].english()
    assert problems[1].params["count"] == 6  # the member without a household adds none


def test_a_person_twice():
    facts = _members(7, 7) + [MemberFact(3, 103, "p3")]
    problems = check_members(facts, minimum=7)
    assert [p.english() for p in problems] == ["p3 is on the member list twice."]
    # Counted once: 7 people, not 8.
    assert check_members(_members(6, 6) + [MemberFact(0, 100, "p0")], minimum=7)[1].params[
        "count"] == 6


def test_status_transitions():
    assert allowed_transitions("forming") == ("established", "inactive", "dissolved")
    assert allowed_transitions("established") == ("registered", "inactive", "dissolved")
    assert set(allowed_transitions("registered")) >= {"enterprise", "otop"}
    assert "registered" not in allowed_transitions("forming")  # no skipping
    assert allowed_transitions("dissolved") == ()
    # Back from inactive only to where the group had been.
    assert allowed_transitions("inactive", {"forming", "established"}) == (
        "forming", "established", "dissolved")
    assert "enterprise" in allowed_transitions("inactive")


def test_committee_rules():
    members = {1, 2, 3}
    names = {1: "A", 2: "B", 3: "C", 9: "Z"}
    assert check_committee([(1, "president"), (2, "treasurer")], members, names) == []
    texts = [p.english() for p in check_committee(
        [(1, "vice_president"), (9, "secretary"), (1, "member")], members, names)]
    assert "Z is not a member of the group." in texts
    assert "A has more than one seat on the committee." in texts
    assert "The committee needs a president." in texts
    two = check_committee([(1, "president"), (2, "president")], members, names)
    assert two[0].params == {"count": 2}
    assert check_committee([(1, "chief")], members, names)[0].english() == (
        "Choose a position for A.")


def test_ledger_effects_and_running_balances():
    assert ledger_effect("deposit", Decimal(5)).cash == 5
    assert ledger_effect("expense", Decimal(5)).cash == -5
    assert ledger_effect("share", Decimal(5)).share_capital == 5
    with pytest.raises(ValueError):
        ledger_effect("gift", Decimal(1))
    d = date(2024, 1, 1)
    lines = [LedgerLine(d, 2, "withdrawal", Decimal(30), 1),
             LedgerLine(d, 1, "deposit", Decimal(100), 1),
             LedgerLine(date(2024, 1, 2), 3, "income", Decimal(10))]
    assert [(line.seq, s, c) for line, s, c in running_balances(lines)] == [
        (1, 100, 100), (2, 70, 70), (3, None, 80)]


def test_negative_balances():
    lines = [LedgerLine(date(2024, 1, 1), 1, "deposit", Decimal(100), 1),
             LedgerLine(date(2024, 3, 1), 2, "withdrawal", Decimal(80), 1)]
    # Today: 20 left; 30 more is too much for the member and for the cash.
    late = LedgerLine(date(2024, 4, 1), 99, "withdrawal", Decimal(30), 1)
    problems = negative_after_adding(lines, late)
    assert [p.params["balance"] for p in problems] == ["20.00", "20.00"]
    assert negative_after_adding(lines, LedgerLine(date(2024, 4, 1), 99, "withdrawal",
                                                   Decimal(20), 1)) == []
    # Back-dated before the big withdrawal: 30 would leave the March balance at -10.
    early = LedgerLine(date(2024, 2, 1), 99, "withdrawal", Decimal(30), 1)
    assert negative_after_adding(lines, early)[0].params["balance"] == "20.00"
    assert negative_after_adding(lines, LedgerLine(date(2024, 4, 1), 99, "deposit",
                                                   Decimal(1), 1)) == []
    # Removing the deposit would leave the later withdrawal unpaid for.
    gone = negative_after_removing(lines, lines[0])
    assert gone[0].params["balance"] == "-80.00"
    assert negative_after_removing(lines, lines[1]) == []
