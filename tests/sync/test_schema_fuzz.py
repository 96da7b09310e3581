"""Schemathesis against the service's OpenAPI schema: no input makes it fail with a 5xx.

Requests generated from the schema (valid and invalid) are sent to the real application
in-process (ASGI), authenticated as an enrolled office so that the push and pull code runs,
not only the request validation. Checks: no server error, only documented status codes,
JSON bodies that match the documented shapes.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import peewee as pw
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import checks
from schemathesis.specs.openapi import checks as openapi_checks

from receptionapp.sync import headoffice as ho
from receptionapp.sync.server import create_app

CHECKS = [
    checks.not_a_server_error,
    openapi_checks.status_code_conformance,
    openapi_checks.content_type_conformance,
    openapi_checks.response_schema_conformance,
]


@pytest.fixture(scope="module")
def service_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[pw.Database, str]]:
    folder: Path = tmp_path_factory.mktemp("fuzz")
    db = ho.open_headoffice(f"sqlite:///{folder / 'ho.db'}")
    ho.ensure_schema(db)
    token = ho.add_office(db, "fuzz", ["kharkiv"])
    credential = ho.enroll(db, token)["credential"]
    yield db, credential
    db.close()


def test_no_input_makes_the_service_fail(service_db: tuple[pw.Database, str]) -> None:
    db, credential = service_db
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(db))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.path for op in operations} >= {"/v1/push", "/v1/pull", "/v1/enroll"}
    for operation, mode in itertools.product(operations, schemathesis.GenerationMode):

        @given(case=operation.as_strategy(mode))
        @settings(
            max_examples=40,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
        )
        def run(case: schemathesis.Case) -> None:
            case.call_and_validate(headers={"Authorization": f"Bearer {credential}"}, checks=CHECKS)

        run()
