"""The reference receiver conforms to `resources/api/iktnh.openapi.yaml`: schemathesis
generates requests from the contract (bounded in examples and time), every one signed
as Kontakt signs, and checks each answer's status, media type, headers and body against
the contract; real deliveries (201, 200 again, the status) are checked the same way."""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from http_message_signatures.exceptions import HTTPMessageSignaturesException
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from kontakt.api import signing
from kontakt.api.receiver import ReferenceReceiver, load_key_set, serve
from kontakt.core.changes.jwk import jwk_thumbprint
from kontakt.resources import resource_path
from tests.e2e.support import KOMMUNE, approved_body, make_change, write_key_set

CONTRACT = resource_path("api", "iktnh.openapi.yaml")
schema = schemathesis.openapi.from_path(CONTRACT)
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


class SigningSession(requests.Session):
    """Signs every request as Kontakt's client does, just before it goes."""

    def __init__(self, key: Ed25519PrivateKey) -> None:
        super().__init__()
        self.key = key
        self.key_id = jwk_thumbprint(key.public_key())

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        body = request.body.encode() if isinstance(request.body, str) else request.body
        # a generated request without a header to cover goes unsigned (and gets its 401)
        with contextlib.suppress(HTTPMessageSignaturesException):
            signing.sign_request(
                request, self.key, self.key_id, (body or b"") if request.method == "POST" else None
            )
        return super().send(request, **kwargs)


@dataclass
class Served:
    base_url: str
    session: SigningSession
    key: Ed25519PrivateKey


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    folder = tmp_path_factory.mktemp("contract")
    key = Ed25519PrivateKey.generate()
    keys = write_key_set(folder / "keys.json", (key, KOMMUNE))
    catalogue = json.loads(resource_path("demo", "phone-catalogue.json").read_text("utf-8"))
    receiver = ReferenceReceiver(load_key_set(keys), folder / "data", catalogue=catalogue)
    receiver.add_notice({"severity": "outage", "title": "Telefoni", "services": ["telephony"]})
    server = serve(receiver, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    session = SigningSession(key)
    yield Served(f"http://127.0.0.1:{server.server_port}/v1", session, key)
    session.close()
    server.shutdown()
    server.server_close()
    receiver.store.close()


@schema.parametrize()
@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_generated_requests_get_answers_the_contract_allows(case: Any, served: Served) -> None:
    case.call_and_validate(
        base_url=served.base_url, session=served.session, checks=CHECKS, timeout=10
    )


def _operation(path: str, method: str) -> Any:
    return schema[path][method]


def test_a_delivery_its_repetition_and_its_status_conform(served: Served) -> None:
    body = approved_body(served.key, make_change())
    deliver = _operation("/municipalities/{kommune}/change-requests", "POST").Case(
        path_parameters={"kommune": KOMMUNE},
        headers={"Idempotency-Key": "contract-1"},
        body=body,
        media_type="application/json",
    )
    first = deliver.call_and_validate(
        base_url=served.base_url, session=served.session, checks=CHECKS
    )
    assert first.status_code == 201
    again = deliver.call_and_validate(
        base_url=served.base_url, session=served.session, checks=CHECKS
    )
    assert again.status_code == 200 and again.json() == first.json()
    status = _operation("/municipalities/{kommune}/change-requests/{id}", "GET").Case(
        path_parameters={"kommune": KOMMUNE, "id": first.json()["id"]}
    )
    answer = status.call_and_validate(
        base_url=served.base_url, session=served.session, checks=CHECKS
    )
    assert answer.json()["status"] == "received"


def test_not_modified_conforms(served: Served) -> None:
    operation = _operation("/status", "GET")
    first = operation.Case().call_and_validate(
        base_url=served.base_url, session=served.session, checks=CHECKS
    )
    (tag,) = first.headers["etag"]
    second = operation.Case(headers={"If-None-Match": tag}).call_and_validate(
        base_url=served.base_url, session=served.session, checks=CHECKS
    )
    assert second.status_code == 304


def test_every_path_of_the_spec_is_in_the_contract() -> None:
    paths = set(schema.raw_schema["paths"])
    assert paths == {
        "/catalogue/phones",
        "/catalogue/phones/pictures/{name}",
        "/municipalities/{kommune}/directory",
        "/municipalities/{kommune}/change-requests",
        "/municipalities/{kommune}/change-requests/{id}",
        "/municipalities/{kommune}/fault-reports",
        "/municipalities/{kommune}/fault-reports/{id}",
        "/status",
    }
    assert Path(CONTRACT).read_text().startswith("openapi: 3.1.0")
