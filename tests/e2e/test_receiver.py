"""The reference receiver's own promises: durable across a restart, one request per
idempotency key, the target URI behind a proxy, and the failures a test can ask for."""

from __future__ import annotations

import json
from pathlib import Path

import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from werkzeug.test import Client

from kontakt.api import signing
from kontakt.api.receiver import ReferenceReceiver, load_key_set
from kontakt.core.changes.jwk import jwk_thumbprint
from tests.e2e.support import KOMMUNE, Running, approved_body, make_change, write_key_set

PATH = f"/v1/municipalities/{KOMMUNE}/change-requests"


def _signed(
    url: str, key: Ed25519PrivateKey, body: bytes, idempotency_key: str
) -> requests.PreparedRequest:
    request = requests.Request(
        "POST",
        url,
        data=body,
        headers={"Content-Type": "application/json", "Idempotency-Key": idempotency_key},
    ).prepare()
    signing.sign_request(request, key, jwk_thumbprint(key.public_key()), body)
    return request


def _through(
    app: ReferenceReceiver, request: requests.PreparedRequest
) -> tuple[int, dict[str, object]]:
    """`request` handed to the application as a proxy in front of it would."""
    assert isinstance(request.body, bytes)
    response = Client(app).post(
        PATH, data=request.body, headers=dict(request.headers), base_url="http://127.0.0.1:8421/"
    )
    return response.status_code, json.loads(response.get_data())


def test_behind_a_proxy_the_public_url_is_the_target(
    tmp_path: Path, key: Ed25519PrivateKey
) -> None:
    keys = load_key_set(write_key_set(tmp_path / "keys.json", (key, KOMMUNE)))
    body = json.dumps(approved_body(key, make_change())).encode()
    request = _signed("https://api.iktnh.example" + PATH, key, body, "proxy-1")
    behind = ReferenceReceiver(keys, tmp_path / "a", public_base_url="https://api.iktnh.example/")
    assert _through(behind, request)[0] == 201
    unaware = ReferenceReceiver(keys, tmp_path / "b")
    status, problem = _through(unaware, request)
    assert status == 401 and str(problem["type"]).endswith("/bad-signature")


def test_requests_and_nonces_survive_a_restart(tmp_path: Path, key: Ed25519PrivateKey) -> None:
    keys = load_key_set(write_key_set(tmp_path / "keys.json", (key, KOMMUNE)))
    body = json.dumps(approved_body(key, make_change())).encode()
    request = _signed("http://127.0.0.1:8421" + PATH, key, body, "durable-1")
    first = ReferenceReceiver(keys, tmp_path / "data")
    status, answer = _through(first, request)
    assert status == 201
    first.store.close()

    again = ReferenceReceiver(keys, tmp_path / "data")
    status, problem = _through(again, request)  # the very same signature: a replay
    assert status == 401 and str(problem["type"]).endswith("/replayed-nonce")
    status, repeated = _through(
        again, _signed("http://127.0.0.1:8421" + PATH, key, body, "durable-1")
    )
    assert (status, repeated) == (200, answer)
    assert len(again.stored()) == 1


def test_an_idempotency_key_with_another_body_is_refused(
    running: Running, key: Ed25519PrivateKey
) -> None:
    url = running.base_url + f"/municipalities/{KOMMUNE}/change-requests"
    first = json.dumps(approved_body(key, make_change("Første"))).encode()
    second = json.dumps(approved_body(key, make_change("Andre"))).encode()
    with requests.Session() as session:
        assert session.send(_signed(url, key, first, "same"), timeout=10).status_code == 201
        response = session.send(_signed(url, key, second, "same"), timeout=10)
    assert response.status_code == 422
    assert response.json()["type"].endswith("/idempotency-key-reused")
    assert len(running.receiver.stored()) == 1


def test_a_delivery_without_an_idempotency_key(running: Running, key: Ed25519PrivateKey) -> None:
    url = running.base_url + f"/municipalities/{KOMMUNE}/change-requests"
    response = requests.post(
        url, data=b"{}", headers={"Content-Type": "application/json"}, timeout=10
    )
    assert response.status_code == 400
    assert response.headers["Content-Type"] == "application/problem+json"
    assert "Idempotency-Key" in response.json()["detail"]


def test_admin_endpoints_move_a_request_and_misbehave(
    running: Running, key: Ed25519PrivateKey
) -> None:
    admin = running.base_url.removesuffix("/v1") + "/admin"
    url = running.base_url + f"/municipalities/{KOMMUNE}/change-requests"
    body = json.dumps(approved_body(key, make_change())).encode()
    with requests.Session() as session:
        answer = session.send(_signed(url, key, body, "admin-1"), timeout=10).json()
        moved = session.post(
            f"{admin}/requests/{answer['id']}/status",
            json={"status": "completed", "comment": "Gjort."},
            timeout=10,
        )
        assert moved.status_code == 200
        assert running.receiver.store.get(answer["id"])["status"] == "completed"
        assert (
            session.post(
                f"{admin}/requests/nope/status", json={"status": "completed"}, timeout=10
            ).status_code
            == 404
        )
        assert (
            session.post(f"{admin}/misbehave", json={"mode": "explode"}, timeout=10).status_code
            == 422
        )
        session.post(f"{admin}/misbehave", json={"mode": "unavailable", "seconds": 9}, timeout=10)
        refused = session.send(_signed(url, key, body, "admin-2"), timeout=10)
        assert (refused.status_code, refused.headers["Retry-After"]) == (503, "9")
        listed = session.get(f"{admin}/requests", timeout=10).json()["requests"]
        notice = session.post(
            f"{admin}/notices", json={"severity": "outage", "title": "Ned"}, timeout=10
        )
    assert [r["idempotency_key"] for r in listed] == ["admin-1"]
    assert notice.status_code == 201 and notice.json()["end"] is None


def test_admin_is_not_reachable_through_a_proxy(running: Running) -> None:
    admin = running.base_url.removesuffix("/v1") + "/admin/requests"
    assert requests.get(admin, timeout=10).status_code == 200
    through = requests.get(admin, headers={"X-Forwarded-For": "203.0.113.9"}, timeout=10)
    assert through.status_code == 404


def test_catalogue_with_its_etag_and_the_directory(
    tmp_path: Path, key: Ed25519PrivateKey, key_id: str
) -> None:
    import threading

    from kontakt.api.client import IktnhClient
    from kontakt.api.receiver import demo_directory, serve

    keys = load_key_set(write_key_set(tmp_path / "keys.json", (key, KOMMUNE)))
    catalogue = {
        "format": "kontakt.catalogue",
        "version": 1,
        "models": [{"manufacturer": "Apple", "model": "iPhone 16e"}],
    }
    rows = [
        {
            "number": "+4756100010",
            "type": "desk",
            "employee_id": "1001",
            "name": "Kari Nordmann",
            "site": "radhuset",
        }
    ]
    app = ReferenceReceiver(
        keys, tmp_path / "data", catalogue=catalogue, directory=demo_directory(rows, KOMMUNE)
    )
    server = serve(app, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        with IktnhClient(f"http://127.0.0.1:{server.server_port}/v1", key, key_id) as client:
            first = client.catalogue()
            assert first.status == 200 and first.data == catalogue
            assert client.catalogue(first.headers["ETag"]).status == 304
            directory = client.directory(KOMMUNE)
            assert directory.data == {"kommune": KOMMUNE, "numbers": rows}
            assert client.directory("4631").status == 401  # not this key's municipality
    finally:
        server.shutdown()
        server.server_close()
        app.store.close()
