"""Erlang C: how many agents a queue needs to answer a share of calls within a time.

`spec/servicelevel.md`, "Staffing estimate". P_wait comes from Erlang B by its recurrence
B(k) = A·B(k−1) / (k + A·B(k−1)), which stays between 0 and 1 for any traffic, so A in the
hundreds neither overflows (A^N / N!) nor loses precision; C(N) = N·B / (N − A·(1 − B)).
Erlang C ignores abandonment (callers who give up free the queue), so it overstates the need.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Staffing:
    """The figures for `agents` agents carrying `traffic` Erlang."""

    agents: int
    traffic: float
    p_wait: float
    service_level: float
    asa_s: float


def _erlang_b(agents: int, traffic: float) -> float:
    b = 1.0
    for k in range(1, agents + 1):
        b = traffic * b / (k + traffic * b)
    return b


def _staffing(agents: int, traffic: float, b: float, aht_s: float, within_s: float) -> Staffing:
    p_wait = agents * b / (agents - traffic * (1 - b)) if traffic > 0 else 0.0
    if traffic == 0:
        return Staffing(agents, traffic, 0.0, 1.0, 0.0)
    level = 1 - p_wait * math.exp(-(agents - traffic) * within_s / aht_s)
    return Staffing(agents, traffic, p_wait, level, p_wait * aht_s / (agents - traffic))


def staffing(agents: int, traffic: float, aht_s: float, within_s: float) -> Staffing:
    """P_wait, SL and ASA for `agents` > `traffic` (raises ValueError otherwise)."""
    if agents <= traffic or agents < 1:
        raise ValueError("Erlang C needs more agents than Erlang of traffic")
    return _staffing(agents, traffic, _erlang_b(agents, traffic), aht_s, within_s)


def agents_needed(traffic: float, aht_s: float, within_s: float, goal: float) -> int | None:
    """The least N > `traffic` whose service level reaches `goal` (a fraction); None for
    a goal no number of agents reaches within a sane bound (above 100 %)."""
    if traffic <= 0:
        return 1
    limit = int(traffic + 20 * math.sqrt(traffic) + 100)
    b = 1.0
    for k in range(1, limit + 1):
        b = traffic * b / (k + traffic * b)
        if k > traffic and _staffing(k, traffic, b, aht_s, within_s).service_level >= goal:
            return k
    return None
