"""Time each built-in rule alone on the dev notes: where the checker's time goes.

usage: python bench/bench_rules.py [CORPUS.jsonl] [--top N]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import thanknote as tn
from thanknote.rules import DEFAULT_RULES

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "dev.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    with open(args.corpus, encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if line.strip()]
    checker = tn.Checker()
    checker.check(texts[0])  # lazy data
    t0 = time.perf_counter()
    docs = [tn.Document(t) for t in texts]
    for d in docs:  # the shared parse: sentences and words
        d.sentences, d.words  # noqa: B018
    parse = (time.perf_counter() - t0) / len(texts)
    rows = []
    for r in DEFAULT_RULES:
        docs = [tn.Document(t) for t in texts]
        for d in docs:
            d.sentences, d.words  # noqa: B018
        t0 = time.perf_counter()
        for d in docs:
            list(r.run(d))
        rows.append(((time.perf_counter() - t0) / len(texts), r.id))
    rows.sort(reverse=True)
    total = sum(t for t, _ in rows)
    print(f"parse (document, sentences, words): {parse * 1000:.3f} ms/note")
    print(f"all rules: {total * 1000:.3f} ms/note")
    for t, rid in rows[: args.top]:
        print(f"  {t * 1000:7.3f} ms  {rid}")


if __name__ == "__main__":
    main()
