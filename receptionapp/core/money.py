"""Money is integer kopecks everywhere; hryvnias appear only at the edges."""

from __future__ import annotations

import re

from receptionapp.core.errors import ValidationError

_HRYVNIAS = re.compile(r"^(-?)(\d+)(?:[.,](\d{1,2}))?$")


def parse_hryvnias(text: str) -> int:
    """Parse ``-12,5`` / ``100.05`` / ``7`` into kopecks (``-1250``, ``10005``, ``700``).

    Raises:
        ValidationError: ``money.invalid`` when the text is not an amount.
    """
    match = _HRYVNIAS.match(text.strip())
    if not match:
        raise ValidationError(
            f"not an amount in hryvnias: {text!r}", code="money.invalid", text=text
        )
    sign, whole, frac = match.groups()
    kopecks = int(whole) * 100 + int((frac or "0").ljust(2, "0"))
    return -kopecks if sign else kopecks


def format_hryvnias(kopecks: int) -> str:
    """``-1250`` → ``-12.50``; the GUI adds the currency sign and locale separators."""
    sign = "-" if kopecks < 0 else ""
    whole, frac = divmod(abs(kopecks), 100)
    return f"{sign}{whole}.{frac:02d}"
