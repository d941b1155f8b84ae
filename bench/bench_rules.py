"""Where the offline checker's time goes: the shared parse, then each built-in rule.

usage: python bench/bench_rules.py [CORPUS.jsonl] [--top N] [--repeat N]

First the pieces of the parse that rules share (each computed once per note and cached on the
Document), then each rule's own time, run in the checker's order on notes whose shared pieces
are already computed; a rule's memoized scan (the tone phrases, the stock phrases) is charged to
the first rule that asks for it.  Times are the best of ``--repeat`` rounds, per note.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

import thanknote as tn
from thanknote.rules import DEFAULT_RULES
from thanknote.rules._scan import _key_words

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "dev.jsonl"

SHARED: tuple[tuple[str, Callable[[tn.Document], object]], ...] = (
    ("word list", lambda d: d.word_list),
    ("lower-cased words", lambda d: d.lower_words),
    ("tokens", lambda d: d.tokens),
    ("scanner sites", _key_words),
    ("sentences", lambda d: d.sentences),
    ("word count", lambda d: d.word_count),
)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with open(args.corpus, encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if line.strip()]
    checker = tn.Checker()
    for text in texts:
        checker.check(text)  # lazy data and compiled patterns, as in any long-lived app

    best: dict[str, float] = {}

    def keep(name: str, seconds: float) -> None:
        best[name] = min(best.get(name, float("inf")), seconds / len(texts))

    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for text in texts:
            checker.check(text)
        keep("check(), whole", time.perf_counter() - t0)
        t0 = time.perf_counter()
        docs = [checker.parse(text) for text in texts]
        keep("Document()", time.perf_counter() - t0)
        for name, compute in SHARED:
            t0 = time.perf_counter()
            for doc in docs:
                compute(doc)
            keep(name, time.perf_counter() - t0)
        for r in DEFAULT_RULES:
            t0 = time.perf_counter()
            for doc in docs:
                r.findings(doc)
            keep(r.id, time.perf_counter() - t0)

    print(f"check(), whole: {best.pop('check(), whole') * 1e6:7.1f} us/note")
    print("shared parse:")
    for name in ["Document()", *(n for n, _ in SHARED)]:
        print(f"  {best.pop(name) * 1e6:7.1f} us  {name}")
    rows = sorted(((t, rid) for rid, t in best.items()), reverse=True)
    print(f"rules: {sum(t for t, _ in rows) * 1e6:.1f} us/note in all")
    for t, rid in rows[: args.top]:
        print(f"  {t * 1e6:7.1f} us  {rid}")


if __name__ == "__main__":
    main()
