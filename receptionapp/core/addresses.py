"""Address → directorate: the rule of DESIGN.md §2 (city, street, house range, parity).

Rule 5 of the call rules: the clerk determines the subscriber's directorate from the
address before naming a reception point. The rules are data (reference data loads them);
this module only decides which rule applies.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from receptionapp.core.text import fold, street_key

_HOUSE_NUMBER = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class AddressRuleSpec:
    """One address rule: ``street_key`` empty means the whole city.

    Attributes:
        directorate: directorate code.
        city: city name (any spelling; compared folded).
        street_key: :func:`receptionapp.core.text.street_key` of the street, or ``""``.
        house_from: first house number the rule covers, or None.
        house_to: last house number the rule covers, or None.
        parity: ``all``, ``odd`` or ``even``.
    """

    directorate: str
    city: str
    street_key: str = ""
    house_from: int | None = None
    house_to: int | None = None
    parity: str = "all"

    def covers(self, city: str, key: str, house_no: int | None) -> bool:
        """Whether the rule applies to a folded city, a street key and a house number."""
        if fold(self.city) != city:
            return False
        if self.street_key and self.street_key != key:
            return False
        if house_no is None:
            return self.house_from is None and self.house_to is None and self.parity == "all"
        if self.house_from is not None and house_no < self.house_from:
            return False
        if self.house_to is not None and house_no > self.house_to:
            return False
        if self.parity == "odd" and house_no % 2 == 0:
            return False
        return not (self.parity == "even" and house_no % 2 == 1)

    @property
    def specificity(self) -> int:
        """Higher is more specific: a street with a house range beats a whole city."""
        return (
            (4 if self.street_key else 0)
            + (2 if self.house_from is not None or self.house_to is not None else 0)
            + (1 if self.parity != "all" else 0)
        )


def house_number(house: str) -> int | None:
    """The leading number of a house (``10А`` → 10, ``12/2`` → 12), or None."""
    match = _HOUSE_NUMBER.search(house)
    return int(match.group()) if match else None


def resolve_directorate(
    rules: Iterable[AddressRuleSpec], city: str, street: str, house: str
) -> str | None:
    """The directorate code serving an address: the most specific matching rule wins."""
    folded_city = fold(city.strip())
    key = street_key(street)
    number = house_number(house)
    best: AddressRuleSpec | None = None
    for rule in rules:
        if rule.covers(folded_city, key, number) and (
            best is None or rule.specificity > best.specificity
        ):
            best = rule
    return best.directorate if best else None
