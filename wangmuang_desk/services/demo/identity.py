"""Demo national ID and mobile numbers that pass every check the program makes."""

from __future__ import annotations

import random
from itertools import accumulate

from wangmuang_desk.thai.citizen_id import make_valid_citizen_id

# Digits 2-5 of an ID name the district where the person was first registered: mostly
# อ.วังม่วง (1912), some elsewhere in สระบุรี, some people who moved in from other provinces.
_AREAS = ("1912", "1901", "1903", "1908", "1911", "1913", "1001", "1601", "3001", "3601", "4001")
_AREA_CUM = tuple(accumulate((70, 3, 3, 2, 2, 2, 4, 5, 4, 3, 2)))
_MOBILE = ("8", "9", "6")
_MOBILE_CUM = tuple(accumulate((70, 20, 10)))


class IdentityMaker:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._issued: set[str] = set()

    def citizen_id(self, birth_year: int) -> str:
        """A valid, never repeated 13-digit ID whose first digit fits the birth year.

        Type 1/2 are people born from 1984 on (registered in time / late), type 3/5 people
        already in a house register before then (3) or added later (5).
        """
        rng = self.rng
        while True:
            if birth_year >= 1984:
                kind = "1" if rng.random() < 0.92 else "2"
            else:
                kind = "3" if rng.random() < 0.95 else "5"
            area = rng.choices(_AREAS, cum_weights=_AREA_CUM)[0]
            first12 = f"{kind}{area}{rng.randrange(10_000_000):07d}"
            if first12 not in self._issued:
                self._issued.add(first12)
                return make_valid_citizen_id(first12)

    def phone(self) -> str:
        """A 10-digit mobile number without dashes, like 0812345678."""
        second = self.rng.choices(_MOBILE, cum_weights=_MOBILE_CUM)[0]
        return f"0{second}{self.rng.randrange(100_000_000):08d}"
