"""Grammar and spelling against a real LanguageTool server (scripts/test starts one)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import thanknote as tn
from thanknote.checker import default_checker
from thanknote.languagetool import UNAVAILABLE_RULE

pytestmark = pytest.mark.languagetool

REPO = Path(__file__).resolve().parents[1]
DANA = tn.Interviewer("Dana Whitfield", title="Engineering Manager")
IV = tn.Interview(
    company="Acme Robotics",
    role="Senior Backend Engineer",
    date="2026-03-02",
    interviewers=[DANA],
    topics=["moving batch jobs onto Kubernetes CronJobs", "phlebotomy scheduling", "SKU demurrage"],
)
ME = tn.Candidate("Jordan Lee")


def _note(body: str) -> tn.Note:
    return tn.Note(body=body, interview=IV, sender=ME, to=DANA)


def _body(middle: str) -> str:
    return f"Dear Dana,\n\n{middle}\n\nBest regards,\nJordan Lee"


def _lt(url: str, **kwargs: object) -> tn.LanguageTool:
    return tn.LanguageTool(url=url, **kwargs)  # type: ignore[arg-type]


def test_a_misspelling_is_found_with_its_correction(languagetool_url: str) -> None:
    body = _body("Thank you for the oppertunity to talk about the ingest path at Acme Robotics.")
    lt = _lt(languagetool_url)
    found = lt.findings(tn.Checker().parse(_note(body)))
    assert [(body[f.start : f.end], f.severity) for f in found] == [("oppertunity", "error")]  # type: ignore[misc]
    assert found[0].rule == "errors.languagetool.MORFOLOGIK_RULE_EN_US"
    assert found[0].suggestions[0] == "opportunity"
    # In a report it is an error whether LanguageTool or a built-in spelling rule reports it.
    report = tn.Checker(grammar=lt).check(_note(body))
    assert any(f.category == "errors" and f.start == found[0].start for f in report.findings)
    assert not report.ok


def test_a_grammar_mistake_is_found(languagetool_url: str) -> None:
    body = _body("I has enjoyed our conversation about the ingest path very much.")
    found = _lt(languagetool_url).findings(tn.Checker().parse(_note(body)))
    assert any(f.severity == "error" and body[f.start : f.end] == "has" for f in found)  # type: ignore[misc]


def test_names_and_jargon_from_the_context_are_not_flagged(languagetool_url: str) -> None:
    body = _body(
        "Thank you, Dana. I enjoyed hearing how Acme Robotics is moving batch jobs onto "
        "Kubernetes CronJobs, and your questions about phlebotomy scheduling and SKU demurrage "
        "were a good challenge. I am excited about the Senior Backend Engineer role."
    )
    found = _lt(languagetool_url).findings(tn.Checker().parse(_note(body)))
    assert [f for f in found if f.severity != "info"] == []
    assert all(f.category != "errors" or f.severity == "info" for f in found)


def test_a_typo_after_an_emoji_is_located_exactly(languagetool_url: str) -> None:
    body = _body("Thank you 🙂🚀 for the wonderfull conversation about the ingest path.")
    found = _lt(languagetool_url).findings(tn.Checker().parse(_note(body)))
    assert [body[f.start : f.end] for f in found if f.severity == "error"] == ["wonderfull"]  # type: ignore[misc]


def test_tn_check_uses_the_server_from_the_environment(
    languagetool_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("THANKNOTE_LANGUAGETOOL_URL", languagetool_url)
    grammar = default_checker().grammar
    assert isinstance(grammar, tn.LanguageTool) and grammar.url == languagetool_url
    # A weekday that does not match its date: a mistake only LanguageTool knows about.
    body = _body("Thank you for meeting me on Friday, March 3, 2026 about the ingest path.")
    rules = {f.rule for f in tn.check(_note(body)).findings}
    assert "errors.languagetool.EN_DATE_WEEKDAY" in rules
    monkeypatch.delenv("THANKNOTE_LANGUAGETOOL_URL")
    assert not any(".languagetool." in f.rule for f in tn.check(_note(body)).findings)


def test_check_many_matches_check_one_by_one(languagetool_url: str) -> None:
    checker = tn.Checker(grammar=_lt(languagetool_url))
    notes = [
        _note(_body(f"Thank you for the {w} conversation."))
        for w in ("wonderfull", "good", "intresting", "long", "thoughtful")
    ]
    many = checker.check_many(notes)
    assert [r.to_dict() for r in many] == [checker.check(n).to_dict() for n in notes]


# ---------------------------------------------------------------- a server killed mid-batch


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


@pytest.fixture
def second_server(tmp_path: Path) -> Iterator[tuple[str, int]]:
    """A second LanguageTool started by scripts/languagetool in its own home (jars shared).

    Starting it takes a while: the script waits for a first (warm-up) check to finish.
    """
    home = Path(
        os.environ.get("THANKNOTE_LT_HOME")
        or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
        / "thanknote"
        / "languagetool-6.8"
    )
    if not (home / "jars" / ".complete").exists():
        pytest.skip("needs the jars `bash scripts/languagetool fetch` leaves in its cache")
    (tmp_path / "jars").symlink_to(home / "jars")
    env = {**os.environ, "THANKNOTE_LT_HOME": str(tmp_path), "THANKNOTE_LT_PORT": str(_free_port())}
    started = subprocess.run(
        ["bash", str(REPO / "scripts" / "languagetool"), "start"],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert started.returncode == 0, started.stderr[-2000:]
    url = started.stdout.strip()
    assert url.startswith("http://127.0.0.1:") and "\n" not in url
    pid = int((tmp_path / "server.pid").read_text())
    yield url, pid
    subprocess.run(
        [
            "bash",
            str(
                REPO / "scripts" / "languagetool",
            ),
            "stop",
        ],
        env=env,
        capture_output=True,
        timeout=30,
        check=False,
    )


def test_a_server_killed_mid_batch_leaves_a_report_for_every_note(
    languagetool_url: str, second_server: tuple[str, int]
) -> None:
    url, pid = second_server
    done = threading.Event()
    checked = 0

    class Counting(tn.LanguageTool):
        def findings(self, doc: tn.Document) -> list[tn.Finding]:
            nonlocal checked
            result = super().findings(doc)
            checked += 1
            if checked == 10:
                done.set()
            return result

    lt = Counting(url=url, timeout=5.0, retry_after=60, max_concurrency=2)
    # A wrong weekday: only LanguageTool reports it, so its finding shows the note was checked.
    notes = [_note(_body(f"Thank you for talk {i} on Friday, March 3, 2026.")) for i in range(60)]
    killer = threading.Thread(target=lambda: done.wait(60) and os.kill(pid, signal.SIGKILL))
    killer.start()
    started = time.monotonic()
    reports = tn.Checker(grammar=lt).check_many(notes)
    killer.join()
    assert len(reports) == 60 and [r.text for r in reports] == [n.body for n in notes]
    rules = [{f.rule for f in r.findings} for r in reports]
    checked_ok = [r for r in rules if "errors.languagetool.EN_DATE_WEEKDAY" in r]
    unavailable = [r for r in rules if UNAVAILABLE_RULE in r]
    assert len(checked_ok) >= 10 and unavailable and len(checked_ok) + len(unavailable) == 60
    assert time.monotonic() - started < 30
