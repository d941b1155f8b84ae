"""Offline checker speed and memory, against proselint, on the dev notes.

usage: python bench/bench_checker.py [CORPUS.jsonl] [--repeat N]

Prints per-note times for thanknote's offline ``check()`` and for proselint 0.16 (a
benchmark-only dependency: ``pip install -e '.[bench]'``) on the same texts in one process, the
ratio, the time of ``import thanknote`` plus the first check in a fresh interpreter, and the
resident memory the checker's data adds.  Targets (issue 3): at least 10x proselint's per-note
speed, import + first check under 1.5 s, resident data under 150 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus" / "dev.jsonl"

_FIRST_CHECK = """
import time
t0 = time.perf_counter()
import thanknote
t1 = time.perf_counter()
thanknote.check({text!r})
t2 = time.perf_counter()
import resource
print(t1 - t0, t2 - t1, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

_BASELINE = "import resource, attrs; print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"


def _per_note(funcs, texts: list[str], repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    """Best time per note of each function, the functions taking turns in every round.

    Taking turns exposes both to the same moments of a busy machine, so the ratio holds even
    when the machine's speed drifts.
    """
    best = [float("inf")] * len(funcs)
    for _ in range(repeat):
        for i, func in enumerate(funcs):
            t0 = time.perf_counter()
            for text in texts:
                func(text)
            best[i] = min(best[i], (time.perf_counter() - t0) / len(texts))
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with open(args.corpus, encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if line.strip()]
    words = sum(len(t.split()) for t in texts) / len(texts)
    env = {k: v for k, v in os.environ.items() if k != "THANKNOTE_LANGUAGETOOL_URL"}

    out = subprocess.run(
        [sys.executable, "-c", _FIRST_CHECK.format(text=texts[0])],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout.split()
    import_s, first_s, rss_kb = float(out[0]), float(out[1]), int(out[2])
    base_kb = int(
        subprocess.run(
            [sys.executable, "-c", _BASELINE], capture_output=True, text=True, check=True
        ).stdout
    )

    os.environ.pop("THANKNOTE_LANGUAGETOOL_URL", None)
    import thanknote

    checker = thanknote.Checker()
    checker.check(texts[0])  # load the lazy data once, as any long-lived app would

    try:
        from proselint.checks import __register__
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile
    except ImportError:
        (tn_s,) = _per_note([checker.check], texts, args.repeat)
        pl_s = None
    else:
        CheckRegistry().register_many(__register__)  # what proselint's command line does

        def lint(text: str) -> object:
            return LintFile("note", text).lint()

        lint(texts[0])
        tn_s, pl_s = _per_note([checker.check, lint], texts, args.repeat)

    print(f"notes: {len(texts)} (mean {words:.0f} words)")
    print(f"thanknote check(): {tn_s * 1000:.3f} ms/note")
    if pl_s is None:
        print("proselint: not installed (pip install -e '.[bench]')")
    else:
        print(f"proselint 0.16:    {pl_s * 1000:.3f} ms/note")
        print(f"speed-up:          {pl_s / tn_s:.1f}x (target >= 10x)")
    print(
        f"import thanknote:  {import_s:.3f} s; first check {first_s:.3f} s; "
        f"total {import_s + first_s:.3f} s (target < 1.5 s)"
    )
    print(
        f"resident memory:   {rss_kb / 1024:.0f} MB after the first check, "
        f"{(rss_kb - base_kb) / 1024:.0f} MB above a bare interpreter with attrs (target < 150 MB)"
    )


if __name__ == "__main__":
    main()
