"""Rule 3: when the numbers are due again, and which answers still stand."""

from __future__ import annotations

import datetime as dt

from receptionapp.core.reconciliation import DEFAULT_OVERDUE_DAYS, answer_stands, is_overdue

NOW = dt.datetime(2026, 11, 28, 12, 0)


def test_overdue_after_the_given_days() -> None:
    assert DEFAULT_OVERDUE_DAYS == 90
    assert is_overdue(None, NOW, 90)  # never reconciled
    assert not is_overdue(NOW - dt.timedelta(days=90), NOW, 90)
    assert is_overdue(NOW - dt.timedelta(days=90, seconds=1), NOW, 90)
    assert is_overdue(NOW - dt.timedelta(days=31), NOW, 30)


def test_has_none_stands_and_postponed_lasts_until_the_reconciliation_is_finished() -> None:
    answered = NOW - dt.timedelta(days=3)
    assert answer_stands("none", answered, NOW)
    assert answer_stands("postponed", answered, None)  # no reconciliation finished yet
    assert answer_stands("postponed", answered, answered - dt.timedelta(days=1))
    assert not answer_stands("postponed", answered, answered + dt.timedelta(days=1))
