"""Card positions (`kontakt.core.ringpattern.layout`, `kontakt pattern layout`): the
document's where it has them, a layered layout for the rest, and never two cards on top
of each other."""

from __future__ import annotations

import itertools
import json
import random
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

import kontakt
from kontakt.core.ringpattern import dumps, from_document, loads
from kontakt.core.ringpattern.layout import (
    CARD_WIDTH,
    Rect,
    automatic,
    card_size,
    ports,
    rectangles,
    with_layout,
)
from tests.benchmarks.ringpattern_gen import large_pattern

from .builders import demo, demo_document, document, group, pattern, voicemail


def _overlapping(rects: Mapping[str, Rect]) -> list[tuple[str, str]]:
    ordered = sorted(rects.items(), key=lambda item: item[1].x)
    found = []
    for i, (a, ra) in enumerate(ordered):
        for b, rb in ordered[i + 1 :]:
            if rb.x >= ra.x + ra.w:
                break
            if ra.overlaps(rb):
                found.append((a, b))
    return found


def test_card_size_has_a_row_per_port() -> None:
    menu = demo().node("hovudmeny")
    assert menu is not None
    assert ports(menu) == ("0", "1", "2", "no_input", "invalid")
    assert card_size(menu) == (CARD_WIDTH, 60 + 18 * 5)
    hangup = pattern([{"id": "bye", "type": "hangup"}]).node("bye")
    assert hangup is not None and card_size(hangup) == (CARD_WIDTH, 60)


def test_rect_overlap_is_more_than_a_shared_edge() -> None:
    a = Rect(0, 0, 10, 10)
    assert not a.overlaps(Rect(10, 0, 10, 10)) and not a.overlaps(Rect(0, 10, 5, 5))
    assert a.overlaps(Rect(9, 9, 10, 10)) and a.overlaps(Rect(2, 2, 1, 1))


def test_large_pattern_laid_out_in_layers_without_overlaps() -> None:
    big = from_document(large_pattern())
    rects = automatic(big)
    assert set(rects) == {n.id for n in big.nodes}
    assert _overlapping(rects) == []
    for node in big.nodes:  # the benchmark pattern has no cycles: every exit points down
        for _, target in node.all_exits():
            if target is not None:
                assert rects[target].y > rects[node.id].y, (node.id, target)
    assert {rects[e.start].y for e in big.entries if e.start} == {0.0}


def test_each_part_on_its_own_side_by_side() -> None:
    """igraph 1.0.0 crashed on many separate parts laid out at once: 50 parts here (and 50
    single spare nodes), each laid out alone, their columns apart."""
    big = from_document(large_pattern(entries=50))
    rects = automatic(big)
    spans = sorted(
        (
            min(rects[n].x for n in rects if n.startswith(f"e{i}-") and n != f"e{i}-spare"),
            max(
                rects[n].x + rects[n].w
                for n in rects
                if n.startswith(f"e{i}-") and n != f"e{i}-spare"
            ),
        )
        for i in range(50)
    )
    assert all(left >= right for (_, right), (left, _) in itertools.pairwise(spans))


def test_many_parts_in_a_fresh_process_do_not_crash(tmp_path: Path) -> None:
    path = tmp_path / "parts.ringpattern.json"
    path.write_text(json.dumps(large_pattern(entries=50)), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "kontakt", "pattern", "layout", str(path), "--json"],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(Path(kontakt.__file__).parents[1]), "PATH": ""},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr  # a crash in igraph's C core is -11
    result = json.loads(done.stdout)
    assert result["pattern"] == "bench" and len(result["nodes"]) == 1000
    rects = {k: Rect(**v) for k, v in result["nodes"].items()}
    assert _overlapping(rects) == []


def test_cycles_and_nodes_no_entry_reaches() -> None:
    nodes = [
        {"id": "m", "type": "menu", "prompt": "p", "options": {"1": "g"}, "no_input": "m2"},
        {"id": "m2", "type": "menu", "prompt": "p", "options": {"1": "m"}, "no_input": "vm"},
        group("g", ["a", "b"], "m"),
        voicemail(),
        {"id": "lost", "type": "announcement", "prompt": "p", "next": "lost2"},
        {"id": "lost2", "type": "announcement", "prompt": "p", "next": "lost"},
    ]
    rects = automatic(pattern(nodes))
    assert _overlapping(rects) == []
    assert rects["m"].y == 0 and rects["g"].y > 0 and rects["m2"].y > 0
    assert rects["vm"].y > rects["m2"].y
    assert rects["lost"].x > max(rects[n].x for n in ("m", "m2", "g", "vm"))


def test_document_positions_kept_and_the_rest_placed_beside_them() -> None:
    doc = demo_document()
    del doc["layout"]["postmottak"], doc["layout"]["byggesak"]
    p = from_document(doc)
    rects = rectangles(p)
    assert list(rects) == [n.id for n in p.nodes]
    for node_id, (x, y) in doc["layout"].items():
        assert (rects[node_id].x, rects[node_id].y) == (x, y)
    assert _overlapping(rects) == []
    placed_right = max(x for x, _ in doc["layout"].values()) + CARD_WIDTH
    assert rects["postmottak"].x >= placed_right and rects["byggesak"].x >= placed_right


def test_card_sizes_given_are_respected() -> None:
    p = demo()
    sizes = {n.id: (300.0, 250.0) for n in p.nodes}
    rects = automatic(p, sizes)
    assert {(r.w, r.h) for r in rects.values()} == {(300.0, 250.0)}
    assert _overlapping(rects) == []


def test_positions_go_into_the_documents_layout_and_are_saved() -> None:
    doc = demo_document()
    del doc["layout"]
    laid = with_layout(from_document(doc))
    assert laid.layout is not None and set(laid.layout) == {n.id for n in laid.nodes}
    again = loads(dumps(laid))
    assert again.layout == laid.layout
    assert rectangles(again) == automatic(from_document(doc))
    moved = with_layout(demo(), again=True)
    assert moved.layout == laid.layout  # the demo's own positions replaced on demand
    assert with_layout(demo()).layout == demo().layout  # nothing missing: nothing moves


def test_layout_command_json(tmp_path: Path, capsys: Any) -> None:
    from kontakt.cli import main

    path = tmp_path / "demo.json"
    path.write_text(json.dumps(demo_document()), encoding="utf-8")
    assert main(["pattern", "layout", str(path), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["pattern"] == "demo-sentralbord"
    assert result["nodes"]["hovudmeny"] == {"x": -200, "y": 150, "w": 180, "h": 150}
    assert list(result["nodes"]) == [n["id"] for n in demo_document()["nodes"]]
    assert _overlapping({k: Rect(**v) for k, v in result["nodes"].items()}) == []
    assert main(["--lang", "nn", "pattern", "layout", str(path)]) == 0
    text = capsys.readouterr().out.splitlines()
    assert text[0].split() == ["Node", "x", "y", "Breidd", "Høgd"]
    assert text[2].split() == ["Hovudmeny", "-200", "150", "180", "150"]


@pytest.mark.parametrize("seed", range(25))
def test_no_overlaps_on_random_patterns_sizes_and_positions(seed: int) -> None:
    rng = random.Random(seed)
    ids = [f"n{i}" for i in range(rng.randint(1, 40))]
    nodes: list[dict[str, Any]] = []
    for node_id in ids:
        if rng.random() < 0.4:
            keys = rng.sample(["1", "2", "3", "4", "5", "#"], rng.randint(1, 6))
            nodes.append(
                {
                    "id": node_id,
                    "type": "menu",
                    "prompt": "p",
                    "options": {k: rng.choice(ids) for k in keys},
                    "no_input": rng.choice([*ids, "vm"]),
                }
            )
        else:
            nodes.append(group(node_id, ["a", "b"], rng.choice([*ids, "vm"])))
    doc = document([*nodes, voicemail()], start=rng.choice(ids))
    # a grid of positions, far enough apart, for some of the nodes
    doc["layout"] = {
        node_id: [300 * (i % 4), 400 * (i // 4)]
        for i, node_id in enumerate(ids)
        if rng.random() < 0.3
    }
    p = from_document(doc)
    sizes = {
        n.id: (rng.uniform(50, 260), rng.uniform(30, 200)) for n in p.nodes if rng.random() < 0.5
    }
    rects = rectangles(p, sizes)
    assert set(rects) == {n.id for n in p.nodes}
    assert _overlapping(rects) == []
    assert all((rects[i].w, rects[i].h) == sizes.get(i, card_size(p.node_by_id[i])) for i in rects)
