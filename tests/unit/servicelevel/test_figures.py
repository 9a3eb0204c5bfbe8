"""The service-level figures, worked by hand on small record sets, and Erlang C's published
check (`spec/servicelevel.md`)."""

from __future__ import annotations

import math
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kontakt.core.ringpattern import loads
from kontakt.core.servicelevel.erlang import agents_needed, staffing
from kontakt.core.servicelevel.figures import Goal, compute, count_weekday
from kontakt.core.servicelevel.records import CALL_FIELDS, CallRecords, Result, to_records
from kontakt.core.tables.mapping import resolve_mapping
from kontakt.core.tables.table import read_table

DEMO = Path(__file__).resolve().parents[3] / "resources" / "demo"
OSLO = ZoneInfo("Europe/Oslo")


def records(*rows: tuple[str, str, str, float, float, Result]) -> CallRecords:
    """Calls from (start, entry, target, wait_s, talk_s, result)."""
    return CallRecords(
        "calls.csv",
        [datetime.fromisoformat(row[0]) for row in rows],
        [row[1] for row in rows],
        [row[2] for row in rows],
        [row[3] for row in rows],
        [row[4] for row in rows],
        [row[5] for row in rows],
        ["" for _ in rows],
        None,
    )


A, AB, OV, VM = Result.ANSWERED, Result.ABANDONED, Result.OVERFLOW, Result.VOICEMAIL


def test_figures_with_short_abandons_and_overflow_as_worked_by_hand() -> None:
    calls = records(
        ("2026-11-23T09:01:00", "+4756100000", "Helse", 10, 100, A),
        ("2026-11-23T09:02:00", "+4756100000", "Helse", 20, 200, A),  # at most 20 s: within
        ("2026-11-23T09:03:00", "+4756100000", "Helse", 21, 300, A),
        ("2026-11-23T09:04:00", "+4756100000", "Helse", 4.9, 0, AB),  # short: under 5 s
        ("2026-11-23T09:05:00", "+4756100000", "Helse", 5, 0, AB),  # 5 s is not short
        ("2026-11-23T10:06:00", "+4756100000", "Helse", 300, 0, OV),
        ("2026-11-24T10:07:00", "+4756100000", "Helse", 60, 0, VM),
    )
    report = compute(calls, {})
    (helse,) = report.targets
    f = helse.period
    assert (f.offered, f.answered, f.answered_within, f.abandoned, f.short_abandoned) == (
        7,
        3,
        2,
        2,
        1,
    )
    assert f.service_level == pytest.approx(2 / 6)
    assert f.answer_rate == pytest.approx(3 / 6)
    assert f.abandon_rate == pytest.approx(1 / 6)
    assert f.asa_s == pytest.approx(17)
    assert f.p90_wait_s == 21  # nearest rank: ceil(0.9 * 3) = 3rd of 10, 20, 21
    assert f.longest_wait_s == 300
    assert f.aht_s == pytest.approx(200)
    assert not f.meets
    assert (report.first, report.last, report.calls) == (date(2026, 11, 23), date(2026, 11, 24), 7)
    monday_nine = helse.hour(0, 9).figures
    assert (monday_nine.offered, monday_nine.service_level) == (5, pytest.approx(2 / 4))
    assert helse.hour(1, 10).figures.service_level == 0  # a voicemail is offered, not answered
    assert helse.hour(1, 10).figures.asa_s is None
    assert helse.hour(3, 9).figures.service_level is None  # no calls: null, never 0 or 100 %
    assert helse.days[date(2026, 11, 24)].offered == 1
    assert helse.weeks[(2026, 48)].offered == 7
    assert helse.months[(2026, 11)].offered == 7


def test_an_empty_target_has_null_rates_and_does_not_meet() -> None:
    calls = records(("2026-11-23T09:01:00", "+4756100000", "Helse", 10, 100, A))
    report = compute(calls, {"Byggesak": Goal(90, 30)})
    empty = next(t for t in report.targets if t.target == "Byggesak")
    assert empty.period.offered == 0
    assert (empty.period.service_level, empty.period.answer_rate, empty.period.asa_s) == (
        None,
        None,
        None,
    )
    assert not empty.period.meets
    assert empty.goal == Goal(90, 30)
    only_short = compute(records(("2026-11-23T09:01:00", "1", "Q", 1, 0, AB)), {})
    assert only_short.targets[0].period.service_level is None  # 1 offered - 1 short = 0


def test_a_target_named_by_its_label_and_calls_in_closed_time_from_the_calendar() -> None:
    pattern = loads((DEMO / "demo-sentralbord.ringpattern.json").read_text(encoding="utf-8"))
    calls = records(
        ("2026-11-23T09:01:00", "56 10 00 00", "helse og omsorg", 10, 100, A),
        ("2026-11-23T09:02:00", "+4756100000", "Helse", 30, 100, A),
        ("2026-11-23T18:00:00", "56100000", "", 0, 0, Result.CLOSED),
        ("2026-11-23T19:00:00", "56100000", "helse", 0, 0, A),  # the calendar says closed
        ("2026-12-24T10:00:00", "56100000", "helse", 0, 0, A),  # a yearly closed day
    )
    report = compute(calls, {"Helse og omsorg": Goal(50, 20)}, pattern)
    (helse,) = report.targets
    assert (helse.target, helse.label, helse.kind, helse.members) == (
        "helse",
        "Helse og omsorg",
        "node",
        2,
    )
    assert helse.period.offered == 2 and helse.period.service_level == 0.5
    assert helse.period.meets  # 50 % within 20 s reaches its goal of 50 %
    assert [(c.weekday, c.hour, c.state, c.count) for c in report.closed] == [
        (0, 18, "closed", 1),
        (0, 19, "closed", 1),
        (3, 10, "holiday", 1),
    ]


def test_a_target_for_an_entry_number_counts_every_queue_behind_it() -> None:
    calls = records(
        ("2026-11-23T09:01:00", "56 10 00 00", "Helse", 10, 100, A),
        ("2026-11-23T09:02:00", "+4756100000", "Bygg", 30, 100, A),
        ("2026-11-23T09:03:00", "+4756100500", "Bygg", 30, 100, A),
    )
    report = compute(calls, {"56100000": Goal()})
    by_name = {t.target: t for t in report.targets}
    assert set(by_name) == {"+4756100000", "Bygg", "Helse"}
    assert by_name["+4756100000"].kind == "entry"
    assert by_name["+4756100000"].period.offered == 2


def test_erlang_c_meets_the_published_check() -> None:
    traffic = 100 / 1800 * 180  # 100 calls in 30 minutes, 180 s each: 10 Erlang
    fourteen = staffing(14, traffic, 180, 20)
    assert round(fourteen.p_wait, 4) == 0.1741
    assert round(fourteen.service_level, 4) == 0.8884
    assert round(fourteen.asa_s, 2) == 7.84
    assert round(staffing(13, traffic, 180, 20).service_level, 4) == 0.7956
    assert agents_needed(traffic, 180, 20, 0.8) == 14


def test_erlang_c_stays_exact_for_hundreds_of_erlang() -> None:
    # A^N / N! alone overflows a float from N = 171 on; the recurrence never leaves [0, 1]
    needed = agents_needed(500.0, 180, 20, 0.8)
    assert needed is not None and 500 < needed < 540
    below, at = staffing(needed - 1, 500.0, 180, 20), staffing(needed, 500.0, 180, 20)
    assert below.service_level < 0.8 <= at.service_level
    assert 0 < at.p_wait < 1 and math.isfinite(at.asa_s)


def test_staffing_per_hour_of_week_uses_the_dates_of_the_period() -> None:
    calls = records(
        *[(f"2026-11-23T09:{m:02d}:00", "1", "Q", 10, 180, A) for m in range(50)],
        *[(f"2026-11-30T09:{m:02d}:00", "1", "Q", 10, 180, A) for m in range(50)],
    )
    report = compute(calls, {}, first=date(2026, 11, 23), last=date(2026, 12, 6))
    cell = report.targets[0].hour(0, 9)
    assert report.weekday_dates(0) == 2
    assert cell.traffic == pytest.approx(50 * 180 / 3600)  # 100 calls over two Mondays
    assert cell.agents_needed == agents_needed(2.5, 180, 20, 0.8)
    assert report.targets[0].hour(1, 9).agents_needed is None
    assert count_weekday(date(2026, 11, 23), date(2026, 11, 22), 0) == 0


def test_call_records_in_each_import_form(tmp_path: Path) -> None:
    csv_file = tmp_path / "calls.csv"
    csv_file.write_text(
        "Starttid;Oppringt nummer;Kø;Ventetid;Samtaletid;Utfall;A-nummer\n"
        "23.11.2026 09:15;56100000;Helse;00:00:12;00:03:00;Besvart;41234567\n"
        "2026-11-23 09:16:30;56100000;Helse;7,5;0;lagt på;\n"
        "2026-11-23T09:17:00+01:00;56100000;Helse;30;0;Timed_Out;+47 412 34 567\n"
        "2026-11-23T08:17:00Z;56100000;Helse;3;0;avbrote;\n",
        encoding="cp1252",
    )
    table = read_table(csv_file, None)
    mapping = resolve_mapping(table.headers, CALL_FIELDS, file=table.file)
    calls = to_records(table, mapping, OSLO, hash_caller=lambda number: f"h{len(number)}")
    assert calls.start == [
        datetime(2026, 11, 23, 9, 15),
        datetime(2026, 11, 23, 9, 16, 30),
        datetime(2026, 11, 23, 9, 17),
        datetime(2026, 11, 23, 9, 17),  # 08:17 UTC is 09:17 in Oslo
    ]
    assert calls.wait_s == [12, 7.5, 30, 3] and calls.talk_s == [180, 0, 0, 0]
    assert calls.result == [A, AB, OV, AB]
    assert calls.callers == ["h8", "", "h14", ""]
    dropped = to_records(table, mapping, OSLO)
    assert dropped.callers is None


def test_an_unknown_result_names_its_row_and_value(tmp_path: Path) -> None:
    from kontakt.core.servicelevel.records import CallRecordError, parse_result_options

    path = tmp_path / "calls.csv"
    path.write_text("Start;Entry;Result\n2026-11-23 09:00;1;answered\n2026-11-23 09:01;1;Parkert\n")
    table = read_table(path, None, CallRecordError)
    mapping = resolve_mapping(table.headers, CALL_FIELDS, file=table.file)
    with pytest.raises(CallRecordError) as refused:
        to_records(table, mapping, OSLO)
    assert str(refused.value).startswith(f'{path}, row 2, column "Result": "Parkert" is not')
    calls = to_records(table, mapping, OSLO, results=parse_result_options(["parkert=overflow"]))
    assert calls.result == [A, OV]
    with pytest.raises(CallRecordError, match="VALUE=KIND"):
        parse_result_options(["parkert=lost"])
    path.write_text("Start;Entry;Result\n2026-11-23;1;answered\n")
    with pytest.raises(CallRecordError, match='row 1, column "Start": "2026-11-23" is not a t'):
        to_records(read_table(path, None, CallRecordError), mapping, OSLO)


def test_each_miss_is_explained_from_the_pattern() -> None:
    from kontakt.core.servicelevel.explain import closed_hints, explain, misses
    from kontakt.i18n import command_line_translate

    english = command_line_translate("en")

    pattern = loads((DEMO / "demo-sentralbord.ringpattern.json").read_text(encoding="utf-8"))
    slow = [
        (f"2026-11-23T{h:02d}:{m:02d}:00", "56100000", "Sentralbordet", 40, 240, A)
        for h in (8, 9)
        for m in range(0, 60, 3)
    ]
    fast = [(f"2026-11-23T11:{m:02d}:00", "56100000", "sentralbord", 5, 240, A) for m in range(9)]
    closed = [(f"2026-11-23T16:{m:02d}:00", "56100000", "", 0, 0, Result.CLOSED) for m in range(4)]
    report = compute(records(*slow, *fast, *closed), {}, pattern)
    (queue,) = report.targets
    (miss,) = misses(queue)
    assert (miss.weekday, miss.start, miss.end, miss.figures.offered) == (0, 8, 10, 40)
    assert explain(miss, pattern, english) == (
        "Sentralbordet, Monday 08–10: 0 % answered within 20 s (target 80 %). "
        f"The queue has 3 members; Erlang C recommends {miss.agents_needed}. "
        "It rings them all at once, 20 s at a time; a caller waits at most 240 s, then goes "
        'to "Postmottak".'
    )
    assert miss.agents_needed == queue.hour(0, 8).agents_needed
    nynorsk = explain(miss, pattern, command_line_translate("nn"))
    assert nynorsk.startswith(
        "Sentralbordet, måndag 08–10: 0 % svara innan 20 s (mål 80 %). Køen har 3 medlemer; "
        "Erlang C tilrår "
    )
    assert closed_hints(report, english) == ["4 calls came on Monday 16–17 while it was closed."]


def test_a_rate_just_past_its_goal_is_not_shown_as_the_goal() -> None:
    from kontakt.core.servicelevel.explain import explain, misses
    from kontakt.i18n import command_line_translate

    pattern = loads((DEMO / "demo-sentralbord.ringpattern.json").read_text(encoding="utf-8"))
    answered = [
        (f"2026-11-23T09:{m:02d}:00", "56100000", "Sentralbordet", 5, 120, A) for m in range(18)
    ]
    hung_up = [("2026-11-23T09:30:00", "56100000", "Sentralbordet", 10, 0, AB)]
    (queue,) = compute(records(*answered, *hung_up), {}, pattern).targets
    (miss,) = misses(queue)  # 1 of 19 hung up: 5.26 %, over the highest 5 %
    assert explain(miss, pattern, command_line_translate("nn")).startswith(
        "Sentralbordet, måndag 09–10: 5,3 % la på medan dei venta (høgst 5 %). "
    )


def test_waits_and_talk_times_read_in_minutes_and_seconds() -> None:
    from kontakt.core.servicelevel.explain import duration_text
    from kontakt.core.texts import untranslated

    assert duration_text(233, untranslated) == "3 min 53 s"
    assert duration_text(240.2, untranslated) == "4 min"
    assert duration_text(7.4, untranslated) == "7 s"
    assert duration_text(None, untranslated) == "–"
