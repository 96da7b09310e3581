"""Users: adding them and signing in (passwords hashed with Argon2)."""

from __future__ import annotations

import argon2
import peewee as pw

from receptionapp.core.errors import DuplicateError, PermissionDenied, ValidationError
from receptionapp.core.ids import natural_id
from receptionapp.db.models import COMPANY_SCOPE, ROLES, User

_hasher = argon2.PasswordHasher()

MIN_PASSWORD_LENGTH = 4


def hash_password(password: str) -> str:
    """Argon2id hash of ``password`` (salted; verify with :func:`verify_password`)."""
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """Whether ``password`` matches ``password_hash``."""
    try:
        return _hasher.verify(password_hash, password)
    except (argon2.exceptions.VerificationError, argon2.exceptions.InvalidHashError):
        return False


def add_user(
    login: str, name: str, role: str, password: str, *, office: str = "", scope: str = COMPANY_SCOPE
) -> User:
    """Create a user.

    Raises:
        ValidationError: empty login or name, unknown role, too short a password.
        DuplicateError: the login is taken.
    """
    login = login.strip()
    name = name.strip()
    if not login or any(ch.isspace() for ch in login):
        raise ValidationError("the login must be one word", code="user.login_invalid")
    if not name:
        raise ValidationError("the name is empty", code="user.name_empty")
    if role not in ROLES:
        raise ValidationError(
            f"unknown role {role!r}; one of {', '.join(ROLES)}", code="user.role_invalid", role=role
        )
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            f"the password must have at least {MIN_PASSWORD_LENGTH} characters",
            code="user.password_short",
            min=MIN_PASSWORD_LENGTH,
        )
    db = User._meta.database
    with db.atomic():
        if User.select().where(User.login == login).exists():
            raise DuplicateError(
                f"the login {login!r} is taken", code="user.login_taken", login=login
            )
        try:
            return User.create(
                id=natural_id("user", login),
                scope=scope,
                login=login,
                name=name,
                role=role,
                office=office,
                password_hash=hash_password(password),
            )
        except pw.IntegrityError as exc:
            raise DuplicateError(
                f"the login {login!r} is taken", code="user.login_taken", login=login
            ) from exc


def authenticate(login: str, password: str) -> User:
    """The active user with this login and password.

    Raises:
        PermissionDenied: ``auth.failed`` for an unknown login or a wrong password (the
            message does not say which), ``auth.inactive`` for a disabled user.
    """
    user = User.get_or_none(User.login == login.strip())
    if user is None or not verify_password(user.password_hash, password):
        raise PermissionDenied("wrong login or password", code="auth.failed")
    if not user.active:
        raise PermissionDenied("this user is disabled", code="auth.inactive")
    return user
