"""Users and sign-in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import peewee as pw
import pytest

from receptionapp.core.errors import DuplicateError, PermissionDenied, ValidationError
from receptionapp.db.database import open_database
from receptionapp.db.models import User
from receptionapp.db.users import add_user, authenticate


@pytest.fixture
def db(tmp_path: Path) -> Iterator[pw.SqliteDatabase]:
    database = open_database(tmp_path / "office.db", create=True)
    yield database
    database.close()


def test_add_and_sign_in(db: pw.SqliteDatabase) -> None:
    user = add_user("olena", "Олена Коваль", "clerk", "s3cret!")
    assert user.password_hash.startswith("$argon2id$")
    assert "s3cret!" not in user.password_hash
    assert authenticate("olena", "s3cret!").id == user.id
    assert authenticate(" olena ", "s3cret!").name == "Олена Коваль"


@pytest.mark.parametrize(("login", "password"), [("olena", "wrong"), ("nobody", "s3cret!")])
def test_wrong_login_or_password_says_the_same(
    db: pw.SqliteDatabase, login: str, password: str
) -> None:
    add_user("olena", "Олена Коваль", "clerk", "s3cret!")
    with pytest.raises(PermissionDenied) as info:
        authenticate(login, password)
    assert info.value.code == "auth.failed"


def test_inactive_user_cannot_sign_in(db: pw.SqliteDatabase) -> None:
    add_user("olena", "Олена Коваль", "clerk", "s3cret!")
    User.update(active=False).where(User.login == "olena").execute()
    with pytest.raises(PermissionDenied) as info:
        authenticate("olena", "s3cret!")
    assert info.value.code == "auth.inactive"


def test_login_is_unique(db: pw.SqliteDatabase) -> None:
    add_user("olena", "Олена Коваль", "clerk", "s3cret!")
    with pytest.raises(DuplicateError):
        add_user("olena", "Інша Олена", "director", "other-pass")
    assert User.select().count() == 1


@pytest.mark.parametrize(
    ("login", "name", "role", "password", "code"),
    [
        ("", "N", "clerk", "pass1", "user.login_invalid"),
        ("two words", "N", "clerk", "pass1", "user.login_invalid"),
        ("x", " ", "clerk", "pass1", "user.name_empty"),
        ("x", "N", "boss", "pass1", "user.role_invalid"),
        ("x", "N", "clerk", "abc", "user.password_short"),
    ],
)
def test_invalid_users_are_refused(
    db: pw.SqliteDatabase, login: str, name: str, role: str, password: str, code: str
) -> None:
    with pytest.raises(ValidationError) as info:
        add_user(login, name, role, password)
    assert info.value.code == code
    assert User.select().count() == 0
