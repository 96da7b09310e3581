"""Bookings moved or cancelled after a conflict, and edits re-entered (real offices and head
office in one process)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from receptionapp.core.errors import DuplicateError, NotFoundError, ValidationError
from receptionapp.db import appointments, sync_issues
from receptionapp.db import models as m
from tests.gui.sync_conflicts import (
    Offices,
    make_booking_conflict,
    make_offices,
    make_rejected,
    make_superseded,
    next_weekday_slot,
)
from tests.sync.harness import on, outbox


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[Offices]:
    made = make_offices(tmp_path)
    yield made
    made.close()


def test_rebooking_an_offered_slot_cancels_the_old_booking_and_syncs(offices: Offices) -> None:
    lost, won = make_booking_conflict(offices, next_weekday_slot(1, 15))
    [(_id, kind, detail)] = offices.issues()
    assert kind == "conflict" and detail["conflict_with"] == won
    offered = detail["alternatives"]
    assert len(offered) == 3
    before = len(outbox(offices.kh))
    with on(offices.kh):
        info = appointments.booking(lost)
        assert info is not None
        assert info.status == "conflict"
        assert info.subscriber == "Петренко Іван Степанович"
        assert info.account_number == offices.account_number
        assert info.director == "Кравченко Віктор Іванович"
        assert info.reception_point == "Абонентський відділ «Центр», Харків, вул. Сумська 35"
        new = appointments.rebook(lost, appointments.parse_slot(offered[1]))
        old_row = m.Appointment.get_by_id(lost)
        new_row = m.Appointment.get_by_id(new)
    assert old_row.status == "cancelled"
    assert (new_row.status, str(new_row.slot_start)) == ("pending", offered[1])
    assert new_row.slot_end - new_row.slot_start == appointments.dt.timedelta(minutes=20)
    assert new_row.subscriber_id == offices.subscriber_id and new_row.question == "тариф"
    added = outbox(offices.kh)[before:]
    assert [(kind, entity) for _seq, kind, entity, _status in added] == [
        ("update", "appointment"),
        ("insert", "appointment"),
    ]
    offices.sync(offices.kh)
    with on(offices.kh):
        assert m.Appointment.get_by_id(new).status == "confirmed"
        assert m.Appointment.get_by_id(lost).status == "cancelled"
    assert [kind for _i, kind, _d in offices.issues()] == ["conflict"]  # no new issue


def test_a_slot_booked_here_meanwhile_is_refused(offices: Offices) -> None:
    lost, _won = make_booking_conflict(offices, next_weekday_slot(1, 15))
    offered = offices.issues()[0][2]["alternatives"]
    offices.book(offices.kh, appointments.parse_slot(offered[0]))
    with on(offices.kh), pytest.raises(DuplicateError) as caught:
        appointments.rebook(lost, appointments.parse_slot(offered[0]))
    assert caught.value.code == "appointment.slot_taken"
    with on(offices.kh):
        assert m.Appointment.get_by_id(lost).status == "conflict"  # nothing changed


def test_cancel_and_closed_bookings(offices: Offices) -> None:
    lost, _won = make_booking_conflict(offices, next_weekday_slot(1, 15))
    with on(offices.kh):
        appointments.cancel(lost)
        assert m.Appointment.get_by_id(lost).status == "cancelled"
        with pytest.raises(ValidationError):
            appointments.cancel(lost)
        with pytest.raises(NotFoundError):
            appointments.rebook("no-such-booking", next_weekday_slot(1, 15))
    assert outbox(offices.kh, "pending")[-1][1:3] == ("update", "appointment")


def test_slot_text_that_is_not_a_time_is_refused() -> None:
    with pytest.raises(ValidationError):
        appointments.parse_slot("tomorrow")


def test_superseded_edit_shows_both_values_and_can_be_entered_again(offices: Offices) -> None:
    mine = make_superseded(offices)
    [(_id, kind, detail)] = offices.issues()
    assert kind == "superseded" and detail["superseded"] == ["first_name"]
    with on(offices.kh):
        [values] = sync_issues.field_values(
            "subscriber", offices.subscriber_id, detail["op_id"], detail["superseded"]
        )
        assert (values.name, values.in_force, values.mine, values.mine_known) == (
            "first_name",
            "Іоанн",
            mine,
            True,
        )
        info = sync_issues.record_info("subscriber", offices.subscriber_id)
        assert info.subscriber == "Петренко Іоанн Степанович"
        assert info.accounts == (offices.account_number,)
        assert sync_issues.reenter("subscriber", offices.subscriber_id, {"first_name": mine}) == [
            "first_name"
        ]
    assert outbox(offices.kh, "pending")[-1][1:3] == ("update", "subscriber")
    offices.sync(offices.kh)
    offices.sync(offices.zz)
    for db in (offices.kh, offices.zz):
        with on(db):
            assert m.Subscriber.get_by_id(offices.subscriber_id).first_name == mine


def test_reenter_refuses_bookkeeping_and_unknown_fields(offices: Offices) -> None:
    with on(offices.kh):
        for values in ({"scope": "kyiv"}, {"nope": 1}, {}):
            with pytest.raises(ValidationError):
                sync_issues.reenter("subscriber", offices.subscriber_id, values)
        with pytest.raises(NotFoundError):
            sync_issues.reenter("subscriber", "missing", {"first_name": "x"})


def test_record_info_of_a_refused_record_and_of_a_missing_one(offices: Offices) -> None:
    pk = make_rejected(offices)
    [(_id, kind, detail)] = offices.issues()
    assert (kind, detail["reason"], detail["scope"]) == ("rejected", "forbidden_scope", "kyiv")
    with on(offices.kh):
        info = sync_issues.record_info("subscriber", pk)
        assert (info.exists, info.subscriber, info.accounts) == (True, "Коваль Ганна", ())
        fields = {f.name: f for f in sync_issues.field_values("subscriber", pk, detail["op_id"])}
        assert fields["last_name"].mine == "Коваль" and "updated_at" not in fields
        assert not sync_issues.record_info("phone", "missing").exists
        account = m.Account.get(m.Account.number == offices.account_number)
        phone_info = sync_issues.record_info("account", str(account.id))
        assert phone_info.subscriber == "Петренко Іван Степанович"
