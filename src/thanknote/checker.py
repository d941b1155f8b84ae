"""The engine: a :class:`Checker` holds its rules and config and turns notes into reports.

There is no process-wide registry.  The default rule set is a plain tuple
(:data:`thanknote.rules.DEFAULT_RULES`); user rules are passed to ``Checker(rules=...)``, and
installed packages may add rules through the ``thanknote.rules`` entry-point group.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from importlib import metadata
from typing import Any, Protocol, runtime_checkable

from .config import Config
from .document import Document
from .exceptions import ConfigError, TextTooLong
from .findings import Category, Finding, Severity
from .model import Note
from .report import Report
from .rules import DEFAULT_RULES
from .rules.base import Rule, clamp

__all__ = ["Checker", "GrammarChecker", "check", "check_many", "load_plugin_rules"]

ENTRY_POINT_GROUP = "thanknote.rules"
_LT_URL_VAR = "THANKNOTE_LANGUAGETOOL_URL"
# Below this many notes, starting worker processes costs more than it saves.
_PROCESS_BATCH = 400


@runtime_checkable
class GrammarChecker(Protocol):
    """What a grammar back end offers the checker (see :class:`thanknote.LanguageTool`).

    ``findings`` never raises for a server fault: it returns a finding that says grammar
    checking was unavailable, unless the back end was made with ``required=True``.
    """

    def findings(self, doc: Document) -> list[Finding]:
        """Findings for one parsed note."""
        ...


ProgressCallback = Callable[[int, int], None]


def _plain_rule(func: Callable[..., Any]) -> Rule:
    """Wrap an undecorated callable: it must yield complete Finding objects."""
    name = getattr(func, "__name__", type(func).__name__).lower().replace("_", "-")
    name = "".join(ch for ch in name if ch.isalnum() or ch == "-").strip("-") or "rule"

    def run(doc: Document) -> Iterator[Finding]:
        for item in func(doc) or ():
            if not isinstance(item, Finding):
                raise TypeError(
                    f"a plain rule callable must yield Finding objects; got {type(item).__name__}"
                    " (decorate it with @thanknote.rule to yield Hit objects)"
                )
            yield item

    doc = (getattr(func, "__doc__", None) or "").strip()
    return Rule(
        id=f"user.{name}",
        category=Category.ERRORS,  # unused: its findings carry their own category
        severity=Severity.WARNING,
        message=doc.splitlines()[0] if doc else f"user rule {name}",
        func=run,
        doc=doc,
    )


_plugins_lock = threading.Lock()
_plugins_cache: tuple[Rule, ...] | None = None


def load_plugin_rules() -> tuple[Rule, ...]:
    """Rules published by installed packages in the ``thanknote.rules`` entry-point group.

    An entry point may name a :class:`Rule` or an iterable of them.  Loaded once per process.
    """
    global _plugins_cache
    with _plugins_lock:
        if _plugins_cache is None:
            found: list[Rule] = []
            for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
                obj = ep.load()
                items = [obj] if isinstance(obj, Rule) else list(obj)
                for item in items:
                    if not isinstance(item, Rule):
                        raise TypeError(
                            f"entry point {ep.name!r} in {ENTRY_POINT_GROUP!r} must give Rule "
                            f"objects; got {type(item).__name__}"
                        )
                    found.append(item)
            _plugins_cache = tuple(found)
        return _plugins_cache


class Checker:
    """Checks notes against a set of rules.

    ``rules`` adds user rules (``@thanknote.rule`` functions, :class:`Rule` objects, or plain
    callables that yield Findings) to the built-in set; ``builtin=False`` leaves the built-in set
    out, and ``plugins=False`` skips rules from installed packages.  ``grammar`` is an optional
    grammar back end such as :class:`thanknote.LanguageTool`.
    """

    def __init__(
        self,
        config: Config | None = None,
        *,
        rules: Iterable[Rule | Callable[..., Any]] = (),
        builtin: bool = True,
        plugins: bool = True,
        grammar: GrammarChecker | None = None,
    ) -> None:
        if config is None:
            config = Config()
        if not isinstance(config, Config):
            raise TypeError(f"config must be a thanknote.Config; got {type(config).__name__}")
        if grammar is not None and not isinstance(grammar, GrammarChecker):
            raise TypeError(
                f"grammar must have a findings(doc) method (thanknote.LanguageTool); "
                f"got {type(grammar).__name__}"
            )
        if isinstance(rules, Rule) or callable(rules):
            rules = [rules]
        extra: list[Rule] = []
        for item in rules:
            if isinstance(item, Rule):
                extra.append(item)
            elif callable(item):
                extra.append(_plain_rule(item))
            else:
                raise TypeError(
                    f"rules must be Rule objects or callables; got {type(item).__name__}"
                )
        chosen: list[Rule] = list(DEFAULT_RULES) if builtin else []
        if plugins:
            chosen += load_plugin_rules()
        chosen += extra
        # What a worker process needs to rebuild this checker (the built-in rules are rebuilt
        # there, so only the user's rules travel).
        self._recipe = (config, tuple(extra), builtin, plugins)
        ids = [r.id for r in chosen]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"rule ids must be unique; repeated: {', '.join(dupes)}")
        _validate_selectors(config, ids)
        self.config = config
        self.grammar = grammar
        self.rules: tuple[Rule, ...] = tuple(chosen)
        self._active: tuple[tuple[Rule, Severity | None], ...] = tuple(
            (r, config.severity_for(r.id)) for r in chosen if config.is_enabled(r.id, r.enabled)
        )

    @property
    def active_rules(self) -> tuple[Rule, ...]:
        """The rules that run, after the config's enable/disable lists."""
        return tuple(r for r, _ in self._active)

    # ------------------------------------------------------------------ checking

    def parse(self, note: Note | str) -> Document:
        """Parse a note (or a plain string) into the :class:`Document` the rules read."""
        if isinstance(note, Note):
            text, ctx = note.body, note
        elif isinstance(note, str):
            text, ctx = note, None
        else:
            raise TypeError(f"check() takes a str or a thanknote.Note; got {type(note).__name__}")
        limit = self.config.max_chars
        if limit is not None and len(text) > limit:
            raise TextTooLong(
                f"the note is {len(text):,} characters; Config.max_chars allows {limit:,}"
            )
        return Document(text, ctx, self.config)

    def offline_findings(self, doc: Document) -> list[Finding]:
        """Every built-in and user rule's findings; a rule that raises is reported, not raised."""
        out: list[Finding] = []
        for r, severity in self._active:
            try:
                out += r.findings(doc, severity)
            except Exception as exc:
                out.append(
                    Finding(
                        rule=r.id,
                        category=r.category,
                        severity=Severity.WARNING,
                        message=f"rule {r.id} failed and did not check the note "
                        f"({type(exc).__name__}: {_clip(str(exc))})",
                    )
                )
        return out  # Rule.findings keeps every span inside the text

    def check(self, note: Note | str) -> Report:
        """Check one note (a :class:`Note`, or a plain string with no context)."""
        doc = self.parse(note)
        findings = self.offline_findings(doc)
        if self.grammar is not None:
            findings = merge_grammar(findings, self.grammar.findings(doc), len(doc.text))
        return Report(doc.text, findings, note=doc.note)

    def check_many(
        self,
        notes: Iterable[Note | str],
        *,
        workers: int | None = None,
        progress: bool | ProgressCallback = False,
    ) -> list[Report]:
        """Check many notes; the reports come back in input order, one for every note.

        Large batches run the offline rules on every core (``workers`` sets how many processes;
        1 keeps everything in this process).  With a grammar back end, its requests run
        concurrently.  ``progress=True`` prints progress to stderr; a callable gets
        ``(done, total)``.
        """
        if isinstance(notes, (str, Note)):
            raise TypeError(
                "check_many() takes an iterable of notes (str or thanknote.Note); "
                "for one note use check()"
            )
        items = list(notes)
        docs = [self.parse(n) for n in items]  # type errors and size caps raise before any work
        total = len(docs)
        report_progress = _progress(progress, total)
        offline = self._offline_batch(docs, workers, report_progress)
        if self.grammar is not None:
            grammar_results = _grammar_batch(self.grammar, docs)
            offline = [
                merge_grammar(found, extra, len(doc.text))
                for found, extra, doc in zip(offline, grammar_results, docs, strict=True)
            ]
        return [Report(d.text, f, note=d.note) for d, f in zip(docs, offline, strict=True)]

    def _offline_batch(
        self, docs: Sequence[Document], workers: int | None, progress: ProgressCallback | None
    ) -> list[list[Finding]]:
        cores = os.cpu_count() or 1
        if workers is None:
            workers = cores if len(docs) >= _PROCESS_BATCH else 1
        if workers > 1 and len(docs) > 1:
            parallel = _process_batch(self, docs, workers, progress)
            if parallel is not None:
                return parallel
        out = []
        for i, doc in enumerate(docs, 1):
            out.append(self.offline_findings(doc))
            if progress:
                progress(i, len(docs))
        return out


# Findings from a grammar back end carry ids under these prefixes
# ("errors.languagetool.MORFOLOGIK_RULE_EN_US"); a config may name them whether or not this
# checker has a grammar back end, so one config serves both.
_GRAMMAR_PREFIXES = tuple(f"{c.value}.languagetool" for c in Category)


def _validate_selectors(config: Config, ids: Sequence[str]) -> None:
    known = set(ids)
    prefixes = {rid.rsplit(".", n)[0] for rid in ids for n in range(1, rid.count(".") + 1)}
    prefixes |= set(_GRAMMAR_PREFIXES)
    for key, selector in config.selectors():
        if selector.startswith(tuple(p + "." for p in _GRAMMAR_PREFIXES)):
            continue
        if selector not in known and selector not in prefixes:
            raise ConfigError(
                f"config key {key!r}: unknown rule id or prefix {selector!r}"
                + _did_you_mean(selector, known | prefixes)
            )


def _did_you_mean(word: str, options: set[str]) -> str:
    import difflib

    close = difflib.get_close_matches(word, sorted(options), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _clip(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _clamp(findings: list[Finding], size: int) -> list[Finding]:
    """Keep every span inside the text, whatever a back end produced."""
    return [clamp(f, size) for f in findings]


def merge_grammar(builtin: list[Finding], grammar: list[Finding], size: int) -> list[Finding]:
    """Add grammar findings, leaving out those a built-in errors finding already reports.

    Two findings report the same problem when both are in the errors category and their spans
    overlap.
    """
    taken = [
        (f.start, f.end)
        for f in builtin
        if f.category is Category.ERRORS and f.start is not None and f.end is not None
    ]
    out = list(builtin)
    for g in _clamp(grammar, size):
        if g.category is Category.ERRORS and g.start is not None and g.end is not None:
            gs, ge = g.start, g.end
            if any((s < ge and gs < e) or (s == gs and e == ge) for s, e in taken):
                continue
        out.append(g)
    return out


def _grammar_batch(grammar: GrammarChecker, docs: Sequence[Document]) -> list[list[Finding]]:
    batch = getattr(grammar, "findings_many", None)
    if callable(batch):
        results: list[list[Finding]] = batch(docs)
        return results
    limit = max(1, int(getattr(grammar, "max_concurrency", 4)))
    with ThreadPoolExecutor(max_workers=min(limit, max(1, len(docs)))) as pool:
        return list(pool.map(grammar.findings, docs))


def _progress(progress: bool | ProgressCallback, total: int) -> ProgressCallback | None:
    if callable(progress):
        return progress
    if not progress:
        return None
    step = max(1, total // 100)

    def show(done: int, total: int) -> None:
        if done == total or done % step == 0:
            sys.stderr.write(f"\rthanknote: checked {done}/{total} notes")
            if done == total:
                sys.stderr.write("\n")
            sys.stderr.flush()

    return show


# ---------------------------------------------------------------------- worker processes

_worker_checker: Checker | None = None


def _init_worker(config: Config, rules: tuple[Rule, ...], builtin: bool, plugins: bool) -> None:
    global _worker_checker
    _worker_checker = Checker(config, rules=rules, builtin=builtin, plugins=plugins)


def _work(chunk: list[tuple[str, Note | None]]) -> list[list[Finding]]:
    assert _worker_checker is not None
    return [
        _worker_checker.offline_findings(Document(text, note, _worker_checker.config))
        for text, note in chunk
    ]


def _process_batch(
    checker: Checker, docs: Sequence[Document], workers: int, progress: ProgressCallback | None
) -> list[list[Finding]] | None:
    """Run the offline rules in worker processes; None when the rules cannot be sent there."""
    import pickle
    from concurrent.futures import ProcessPoolExecutor

    try:
        pickle.dumps(checker._recipe)
    except Exception:
        return None
    size = max(1, min(200, len(docs) // (workers * 4) or 1))
    chunks = [[(d.text, d.note) for d in docs[i : i + size]] for i in range(0, len(docs), size)]
    out: list[list[Finding]] = []
    with ProcessPoolExecutor(
        max_workers=workers, initializer=_init_worker, initargs=checker._recipe
    ) as pool:
        for result in pool.map(_work, chunks):
            out.extend(result)
            if progress:
                progress(len(out), len(docs))
    return out


# ---------------------------------------------------------------------- module functions

_default_lock = threading.Lock()
_default: dict[str | None, Checker] = {}


def default_checker() -> Checker:
    """The checker :func:`check` uses: built-in rules, plus LanguageTool at
    ``$THANKNOTE_LANGUAGETOOL_URL`` when that variable is set."""
    url = os.environ.get(_LT_URL_VAR) or None
    with _default_lock:
        found = _default.get(url)
        if found is None:
            grammar = None
            if url:
                from .languagetool import LanguageTool

                grammar = LanguageTool(url=url)
            found = _default[url] = Checker(grammar=grammar)
        return found


def check(note: Note | str) -> Report:
    """Check one note with the default checker (see :func:`default_checker`)."""
    return default_checker().check(note)


def check_many(notes: Iterable[Note | str], **kwargs: Any) -> list[Report]:
    """Check many notes with the default checker; reports in input order."""
    return default_checker().check_many(notes, **kwargs)
