"""Command line: ``python -m thanknote check FILE...``, ``... rules`` and ``... api``.

``check`` reads each file (``-`` for standard input) as one note and prints its report; it
exits 1 when any note is not ok.  Only the built-in offline rules run unless
``--languagetool URL`` (or ``$THANKNOTE_LANGUAGETOOL_URL``) names a server.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

from .checker import Checker
from .config import Config
from .exceptions import ThanknoteError


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m thanknote", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    chk = sub.add_parser("check", help="check notes and print their reports")
    chk.add_argument("files", nargs="+", help="files with one note each; - for stdin")
    chk.add_argument("--config", help="a thanknote.toml or pyproject.toml")
    chk.add_argument("--json", action="store_true", help="print JSON, one report per line")
    chk.add_argument("--languagetool", metavar="URL", help="a LanguageTool server to use")
    sub.add_parser("rules", help="print the rule reference (Markdown)")
    sub.add_parser("api", help="print the API reference (Markdown)")
    args = parser.parse_args(argv)

    if args.command == "api":
        from ._reference import api_reference

        sys.stdout.write(api_reference())
        return 0

    if args.command == "rules":
        from ._reference import rule_reference
        from .panel import PANEL_RULES
        from .rules import DEFAULT_RULES

        sys.stdout.write(rule_reference(DEFAULT_RULES, PANEL_RULES))
        return 0

    try:
        config = Config.from_toml(args.config) if args.config else Config()
        url = args.languagetool or os.environ.get("THANKNOTE_LANGUAGETOOL_URL")
        grammar = None
        if url:
            from .languagetool import LanguageTool

            grammar = LanguageTool(url=url)
        checker = Checker(config, grammar=grammar)
        reports = checker.check_many([_read(p) for p in args.files])
    except (OSError, ThanknoteError) as exc:
        print(f"thanknote: {exc}", file=sys.stderr)
        return 2
    for path, report in zip(args.files, reports, strict=True):
        if args.json:
            print(json.dumps({"file": path, **report.to_dict()}))
        else:
            print(f"{path}: {report}")
    return 0 if all(r.ok for r in reports) else 1


if __name__ == "__main__":
    sys.exit(main())
