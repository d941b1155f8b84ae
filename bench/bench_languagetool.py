"""Benchmark thanknote's LanguageTool adapter on the dev notes (a script, not a test).

usage: THANKNOTE_LANGUAGETOOL_URL=http://127.0.0.1:8081 python bench/bench_languagetool.py \
           [/work/shared/corpus/dev.jsonl] [--rounds 5]

Prints, per note and in total:
- LanguageTool's own latency: a raw language-tool-python check of the same text, with the same
  disabled rules, against the same server;
- tn.Checker(grammar=LanguageTool(url)).check on the same notes: thanknote's overhead on top of
  LanguageTool (target: at most 15%);
- the batch speed-up of check_many over a loop of check.
Rounds are interleaved so that a warming or busy server affects both sides alike.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import language_tool_python

import thanknote as tn
from thanknote.languagetool import DEFAULT_DISABLED_RULES
from thanknote.testing import note_from_case


def _notes(path: str) -> list[tn.Note]:
    with open(path, encoding="utf-8") as fh:
        return [note_from_case(json.loads(line)) for line in fh if line.strip()]


def _timed(func: Any, *args: Any) -> float:
    start = time.perf_counter()
    func(*args)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "corpus",
        nargs="?",
        default=str(Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev.jsonl"),
    )
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    url = os.environ.get("THANKNOTE_LANGUAGETOOL_URL")
    if not url:
        print("set THANKNOTE_LANGUAGETOOL_URL (bash scripts/languagetool start)", file=sys.stderr)
        return 2
    notes = _notes(args.corpus)
    raw = language_tool_python.LanguageTool("en-US", remote_server=url)
    raw.disabled_rules = set(DEFAULT_DISABLED_RULES)
    checker = tn.Checker(grammar=tn.LanguageTool(url=url, timeout=30))
    offline = tn.Checker()

    for note in notes:  # warm both paths (and the server's caches of these sentences alike)
        raw.check(note.body)
        checker.check(note)

    lt_times: list[list[float]] = [[] for _ in notes]
    tn_times: list[list[float]] = [[] for _ in notes]
    off_times: list[list[float]] = [[] for _ in notes]
    loop_total, batch_total = [], []
    for _ in range(args.rounds):
        for i, note in enumerate(notes):
            lt_times[i].append(_timed(raw.check, note.body))
            tn_times[i].append(_timed(checker.check, note))
            off_times[i].append(_timed(offline.check, note))
        loop_total.append(_timed(lambda: [checker.check(n) for n in notes]))
        batch_total.append(_timed(lambda: checker.check_many(notes, workers=1)))

    lt_med = [statistics.median(t) for t in lt_times]
    tn_med = [statistics.median(t) for t in tn_times]
    off_med = [statistics.median(t) for t in off_times]
    lt_sum, tn_sum, off_sum = sum(lt_med), sum(tn_med), sum(off_med)
    print(f"{len(notes)} notes, {args.rounds} rounds, server {url}")
    print(f"LanguageTool alone (language-tool-python): {1000 * lt_sum / len(notes):7.2f} ms/note")
    print(f"tn check with LanguageTool:                {1000 * tn_sum / len(notes):7.2f} ms/note")
    print(f"  of which offline rules (tn check alone): {1000 * off_sum / len(notes):7.2f} ms/note")
    overhead = tn_sum / lt_sum - 1
    print(
        f"thanknote overhead on top of LanguageTool: {100 * overhead:+6.1f}% "
        f"({'within' if overhead <= 0.15 else 'OVER'} the 15% budget)"
    )
    adapter = (tn_sum - off_sum) / lt_sum - 1
    print(f"  the adapter alone (request + mapping):   {100 * adapter:+6.1f}%")
    loop, batch = statistics.median(loop_total), statistics.median(batch_total)
    print(
        f"loop of check: {loop:.3f} s; check_many: {batch:.3f} s; speed-up x{loop / batch:.2f} "
        f"(max_concurrency={checker.grammar.max_concurrency})"
    )  # type: ignore[union-attr]
    return 0


if __name__ == "__main__":
    sys.exit(main())
