"""What an answer means for the outbox; where Kontakt will send at all."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from kontakt.api.client import Answer, InsecureUrl, checked_base_url
from kontakt.api.delivery import backoff_seconds, judge, retry_after_seconds
from kontakt.api.notices import read_notices

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize("status", [200, 201])
def test_delivered_only_with_an_id(status: int) -> None:
    assert judge(Answer(status, {}, {"id": "A1", "status": "received"}), NOW).verdict == "delivered"
    assert judge(Answer(status, {}, {"status": "received"}), NOW).verdict == "retry"


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_retryable(status: int) -> None:
    outcome = judge(Answer(status, {"Retry-After": "7"}, {"detail": "busy"}), NOW)
    assert (outcome.verdict, outcome.retry_after, outcome.detail) == ("retry", 7.0, "busy")


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 501])
def test_refused_with_the_problems_detail(status: int) -> None:
    outcome = judge(Answer(status, {}, {"title": "Nope", "detail": "Key unknown."}), NOW)
    assert (outcome.verdict, outcome.detail) == ("refused", "Key unknown.")
    assert judge(Answer(status, {}, None), NOW).detail == f"HTTP {status}"


def test_retry_after_as_seconds_or_a_date() -> None:
    assert retry_after_seconds("120", NOW) == 120.0
    assert retry_after_seconds("Tue, 01 Dec 2026 09:01:30 GMT", NOW) == 90.0
    assert retry_after_seconds("Tue, 01 Dec 2026 08:00:00 GMT", NOW) == 0.0
    assert retry_after_seconds("soon", NOW) is None
    assert retry_after_seconds("99999999", NOW) == 24 * 3600.0


def test_backoff_doubles_with_jitter_up_to_an_hour() -> None:
    rng = random.Random(1)
    waits = [backoff_seconds(n, rng) for n in range(1, 15)]
    for n, wait in enumerate(waits, start=1):
        ceiling = min(3600.0, 2.0 * 2 ** (n - 1))
        assert ceiling / 2 <= wait <= ceiling
    assert len({round(w, 6) for w in waits}) == len(waits)  # jittered, not a fixed ladder


@pytest.mark.parametrize(
    "url",
    [
        "https://api.iktnh.example/v1",
        "http://127.0.0.1:8421/v1",
        "http://localhost:8421/v1/",
        "http://[::1]:8421/v1",
        "http://127.5.6.7/v1",
    ],
)
def test_https_or_loopback(url: str) -> None:
    assert checked_base_url(url) == url.rstrip("/")


@pytest.mark.parametrize(
    "url", ["http://api.iktnh.example/v1", "http://10.0.0.5/v1", "ftp://x/v1", "api.iktnh.example"]
)
def test_plain_http_elsewhere_is_refused(url: str) -> None:
    with pytest.raises(InsecureUrl):
        checked_base_url(url)


def test_notices_read_leniently() -> None:
    notices = read_notices(
        {
            "notices": [
                {
                    "id": "n1",
                    "severity": "outage",
                    "title": "Telefoni",
                    "services": ["telephony"],
                    "municipalities": [4631],
                    "start": "2026-12-01T07:00:00Z",
                    "end": None,
                },
                {"id": "n2", "severity": "panic", "start": "not a date"},
                "junk",
            ]
        }
    )
    first, second = notices
    assert first.municipalities == ("4631",) and first.concerns("4631")
    assert not first.concerns("4601") and first.current(NOW)
    assert second.severity == "info" and second.start is None and second.concerns("4601")
    assert read_notices(None) == []
