"""Head office in the same process, behind an ``httpx`` transport.

The office client (:func:`receptionapp.sync.client.sync_once`) talks HTTP through an
``httpx.Client``; this transport answers its requests by calling the head-office functions
directly, with the same JSON in and out as the real service (the version headers checked,
the epoch and pull facts added) but without a socket, a thread pool or request validation.
Property-based tests and benchmarks run many offices and many cycles this way; the real
service (:mod:`receptionapp.sync.server`) is tested as a process.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import peewee as pw

from receptionapp.sync import admin
from receptionapp.sync import headoffice as ho
from receptionapp.sync.server import MIN_SCHEMA_VERSION, check_versions


class DirectTransport(httpx.BaseTransport):
    """Answers ``/v1/enroll``, ``/v1/push`` and ``/v1/pull`` from a head-office database."""

    def __init__(self, db: pw.Database, *, min_schema_version: int = MIN_SCHEMA_VERSION) -> None:
        self.db = db
        self.min_schema_version = min_schema_version

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Dispatch one request; refusals become their status code and error body."""
        try:
            body = self._dispatch(request)
        except ho.SyncRefused as exc:
            return httpx.Response(exc.status, json=exc.body)
        return httpx.Response(200, json=body)

    def _dispatch(self, request: httpx.Request) -> Any:
        path = request.url.path
        check_versions(
            _int_header(request, "x-sync-protocol"),
            _int_header(request, "x-schema-version"),
            self.min_schema_version,
        )
        if path == "/v1/enroll":
            return ho.enroll(self.db, json.loads(request.content)["token"])
        auth = request.headers.get("authorization", "")
        office = ho.authenticate(self.db, auth.removeprefix("Bearer ").strip())
        if path == "/v1/push":
            answer = ho.push(self.db, office, json.loads(request.content)["ops"])
            return {**answer, "epoch": admin.current_epoch(self.db)}
        if path == "/v1/pull":
            params = request.url.params
            facts = admin.pull_facts(self.db, office)
            page = ho.pull(
                self.db, office, int(params.get("cursor", 0)), int(params.get("limit", 1000))
            )
            return {**page, **facts}
        raise ho.SyncRefused(404, "not_found", f"no endpoint {path}")


def _int_header(request: httpx.Request, name: str) -> int | None:
    value = request.headers.get(name)
    return None if value is None else int(value)


def client(db: pw.Database, *, min_schema_version: int = MIN_SCHEMA_VERSION) -> httpx.Client:
    """An HTTP client whose requests go straight to head office's functions."""
    transport = DirectTransport(db, min_schema_version=min_schema_version)
    return httpx.Client(base_url="http://head-office.invalid", transport=transport)
