"""The LanguageTool adapter without LanguageTool: faults, privacy and the mapping of replies.

Every server here is a real one on 127.0.0.1 (a socket that never answers, an http.server
that answers 500, garbage, or a canned LanguageTool reply), not a mock object.
"""

from __future__ import annotations

import http.server
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import thanknote as tn
from thanknote.languagetool import UNAVAILABLE_RULE, _to_str_index, _utf16_index

IV = tn.Interview(
    company="Brightwater Analytics",
    role="Site Reliability Engineer",
    date="2026-03-02",
    interviewers=[tn.Interviewer("Nadia Farouk")],
    topics=["Kubernetes CronJobs for the billing export"],
)
BODY = "Dear Nadia,\n\nThank you for the conversation.\n\nBest regards,\nTomasz Wieczorek"


def _note(body: str = BODY) -> tn.Note:
    return tn.Note(body=body, interview=IV, sender=tn.Candidate("Tomasz Wieczorek"))


def _unavailable(findings: list[tn.Finding]) -> bool:
    return [f.rule for f in findings] == [UNAVAILABLE_RULE] and findings[0].severity == "info"


@pytest.fixture(autouse=True)
def _fresh_breakers() -> Iterator[None]:
    """Servers (and their circuit breakers) are shared per URL in a process; a port one test
    used may come back in another, so each test starts with none."""
    from thanknote import languagetool

    languagetool._servers.clear()
    yield
    languagetool._servers.clear()


# --------------------------------------------------------------------------- stub servers


class _Stub:
    """An HTTP server on 127.0.0.1 answering every POST with ``reply(form) -> (status, bytes)``."""

    def __init__(self, reply: Callable[[dict[str, str]], tuple[int, bytes]]) -> None:
        self.requests: list[dict[str, str]] = []
        stub = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                from urllib.parse import parse_qsl

                size = int(self.headers.get("Content-Length", "0"))
                form = dict(parse_qsl(self.rfile.read(size).decode("utf-8")))
                stub.requests.append(form)
                status, payload = reply(form)
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args: Any) -> None:  # keep test output clean
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def stub() -> Iterator[Callable[..., _Stub]]:
    made: list[_Stub] = []

    def make(reply: Callable[[dict[str, str]], tuple[int, bytes]]) -> _Stub:
        made.append(_Stub(reply))
        return made[-1]

    yield make
    for s in made:
        s.close()


class _Silent:
    """A TCP server on 127.0.0.1 that accepts connections and never answers."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.accepted: list[socket.socket] = []
        self._stop = False
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        self.sock.settimeout(0.1)
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.accepted.append(conn)

    def close(self) -> None:
        self._stop = True
        self.thread.join(2)
        for c in self.accepted:
            c.close()
        self.sock.close()


@pytest.fixture
def silent() -> Iterator[_Silent]:
    server = _Silent()
    yield server
    server.close()


def _closed_port() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def _lt_reply(*matches: dict[str, Any]) -> tuple[int, bytes]:
    reply = {"software": {"name": "LanguageTool"}, "matches": list(matches)}
    return 200, json.dumps(reply).encode()


def _match(
    text: str,
    flagged: str,
    rule: str = "MORFOLOGIK_RULE_EN_US",
    category: str = "TYPOS",
    issue: str = "misspelling",
    replacements: tuple[str, ...] = ("fix",),
    nth: int = 0,
) -> dict[str, Any]:
    """A LanguageTool match for the ``nth`` occurrence of ``flagged``, with UTF-16 offsets."""
    index = -1
    for _ in range(nth + 1):
        index = text.index(flagged, index + 1)
    units = len(text[:index].encode("utf-16-le")) // 2
    return {
        "message": "Possible spelling mistake found.",
        "replacements": [{"value": r} for r in replacements],
        "offset": units,
        "length": len(flagged.encode("utf-16-le")) // 2,
        "rule": {"id": rule, "issueType": issue, "category": {"id": category, "name": category}},
    }


# --------------------------------------------------------------------------- faults


def test_a_server_that_never_answers_gives_the_unavailable_finding_within_the_timeout(
    silent: _Silent,
) -> None:
    lt = tn.LanguageTool(url=silent.url, timeout=0.3, retry_after=60)
    started = time.monotonic()
    findings = tn.Checker(grammar=lt).check(_note()).findings
    assert time.monotonic() - started < 2.0
    grammar = [f for f in findings if f.rule == UNAVAILABLE_RULE]
    assert len(grammar) == 1 and "did not answer within 0.3 s" in grammar[0].message


def test_after_a_timeout_the_breaker_answers_at_once_without_a_request(silent: _Silent) -> None:
    lt = tn.LanguageTool(url=silent.url, timeout=0.3, retry_after=60)
    doc = tn.Document(BODY)
    assert _unavailable(lt.findings(doc))
    connections = len(silent.accepted)
    started = time.monotonic()
    assert _unavailable(lt.findings(doc))
    assert time.monotonic() - started < 0.1
    assert len(silent.accepted) == connections


def test_the_breaker_tries_again_after_retry_after(stub: Callable[..., _Stub]) -> None:
    answers = [(500, b"boom"), _lt_reply()]
    server = stub(lambda form: answers.pop(0))
    lt = tn.LanguageTool(url=server.url, retry_after=0.2)
    doc = tn.Document(BODY)
    assert _unavailable(lt.findings(doc))
    time.sleep(0.25)
    assert lt.findings(doc) == []
    assert len(server.requests) == 2


def test_http_500_gives_the_unavailable_finding(stub: Callable[..., _Stub]) -> None:
    server = stub(lambda form: (500, b"Internal error"))
    findings = tn.LanguageTool(url=server.url).findings(tn.Document(BODY))
    assert _unavailable(findings) and "HTTP 500" in findings[0].message


@pytest.mark.parametrize(
    "payload",
    [
        b"<html>not json</html>",
        b'{"matches": 3}',
        b'{"no": "matches"}',
        b'{"matches": [{"x": 1}]}',
        b'{"matches": [{"offset": -4, "length": 1, "rule": {"id": "X"}}]}',
        b"\xff\xfe",
    ],
)
def test_a_malformed_reply_gives_the_unavailable_finding(
    stub: Callable[..., _Stub], payload: bytes
) -> None:
    server = stub(lambda form: (200, payload))
    findings = tn.LanguageTool(url=server.url).findings(tn.Document(BODY))
    assert _unavailable(findings) and "malformed reply" in findings[0].message


def test_a_refused_request_does_not_trip_the_breaker(stub: Callable[..., _Stub]) -> None:
    answers = [(413, b"Error: Your text exceeds the limit"), _lt_reply()]
    server = stub(lambda form: answers.pop(0))
    lt = tn.LanguageTool(url=server.url, retry_after=60)
    first = lt.findings(tn.Document(BODY))
    assert _unavailable(first) and "exceeds the limit" in first[0].message
    assert lt.findings(tn.Document(BODY)) == []


def test_a_refused_connection_gives_the_unavailable_finding() -> None:
    findings = tn.LanguageTool(url=_closed_port()).findings(tn.Document(BODY))
    assert _unavailable(findings) and "refused the connection" in findings[0].message


def test_required_raises_grammar_unavailable() -> None:
    lt = tn.LanguageTool(url=_closed_port(), required=True)
    with pytest.raises(tn.GrammarUnavailable, match="refused"):
        tn.Checker(grammar=lt).check(_note())


def test_check_many_against_a_silent_server_keeps_every_note_and_waits_about_one_timeout(
    silent: _Silent,
) -> None:
    lt = tn.LanguageTool(url=silent.url, timeout=0.5, retry_after=60, max_concurrency=4)
    notes = [_note(BODY.replace("conversation", f"conversation number {i}")) for i in range(40)]
    started = time.monotonic()
    reports = tn.Checker(grammar=lt).check_many(notes)
    elapsed = time.monotonic() - started
    assert len(reports) == 40
    assert all(any(f.rule == UNAVAILABLE_RULE for f in r.findings) for r in reports)
    assert [r.text for r in reports] == [n.body for n in notes]
    assert elapsed < 3.0  # 40 notes, one timeout of 0.5 s (four in flight), not 40


# --------------------------------------------------------------------------- privacy


class _Connections:
    """Every address a socket tries to reach, and every name looked up, in this process."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.connects: list[Any] = []
        self.lookups: list[Any] = []
        real_connect, real_getaddrinfo = socket.socket.connect, socket.getaddrinfo

        def connect(sock: socket.socket, address: Any) -> Any:
            self.connects.append(address)
            return real_connect(sock, address)

        def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
            self.lookups.append(host)
            return real_getaddrinfo(host, *args, **kwargs)

        monkeypatch.setattr(socket.socket, "connect", connect)
        monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


def test_making_a_languagetool_contacts_nothing_until_a_check(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen = _Connections(monkeypatch)
    tn.Checker(grammar=tn.LanguageTool())
    tn.Checker(grammar=tn.LanguageTool(url="http://lt.example.invalid:8010"))
    assert seen.connects == [] and seen.lookups == []


def test_a_check_contacts_only_the_named_server(
    stub: Callable[..., _Stub], monkeypatch: pytest.MonkeyPatch
) -> None:
    server = stub(lambda form: _lt_reply())
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # a proxy must not be used
    monkeypatch.setenv("http_proxy", "http://127.0.0.1:9")
    seen = _Connections(monkeypatch)
    tn.Checker(grammar=tn.LanguageTool(url=server.url)).check_many([_note(), _note()])
    port = int(server.url.rsplit(":", 1)[1])
    assert seen.connects and {tuple(a[:2]) for a in seen.connects} == {("127.0.0.1", port)}
    assert server.requests[0]["text"] == BODY


def test_without_java_the_local_server_fails_cleanly_and_offline(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no java on PATH
    seen = _Connections(monkeypatch)
    lt = tn.LanguageTool(language="en-GB", retry_after=0)
    findings = lt.findings(tn.Document(BODY))
    assert _unavailable(findings) and "local LanguageTool server" in findings[0].message
    assert all(a[0] in ("127.0.0.1", "::1") for a in seen.connects if isinstance(a, tuple))


# --------------------------------------------------------------------------- the mapping


def test_a_misspelling_after_an_emoji_points_at_the_word(stub: Callable[..., _Stub]) -> None:
    body = "Dear Nadia,\n\nThank you 🙂🙂 for the convrsation.\n\nBest regards,\nTomasz Wieczorek"
    server = stub(
        lambda form: _lt_reply(_match(form["text"], "convrsation", replacements=("conversation",)))
    )
    lt = tn.LanguageTool(url=server.url)
    (f,) = lt.findings(tn.Checker().parse(_note(body)))
    assert body[f.start : f.end] == "convrsation"
    assert f.rule == "errors.languagetool.MORFOLOGIK_RULE_EN_US"
    assert f.severity == "error" and f.suggestions == ("conversation",)


def test_names_and_topic_words_from_the_context_are_not_misspellings(
    stub: Callable[..., _Stub],
) -> None:
    body = (
        "Dear Nadia,\n\nThank you. Brightwater's move to CronJobs and Wieczorek's plan "
        "sound great.\n\nBest regards,\nTomasz Wieczorek"
    )

    def reply(form: dict[str, str]) -> tuple[int, bytes]:
        text = form["text"]
        return _lt_reply(*(_match(text, w) for w in ("Brightwater's", "CronJobs", "Wieczorek")))

    server = stub(reply)
    assert tn.LanguageTool(url=server.url).findings(tn.Checker().parse(_note(body))) == []
    # Without the context they are reported (as advice: capitalised, mid-sentence).
    plain = tn.LanguageTool(url=server.url).findings(tn.Document(body))
    assert len(plain) == 3 and {f.severity for f in plain} == {tn.Severity.INFO}


def test_accept_words_from_the_config_are_not_misspellings(stub: Callable[..., _Stub]) -> None:
    body = "Thank you for explaining the demurrage rules to me."
    server = stub(
        lambda form: _lt_reply(_match(form["text"], "demurrage", replacements=("demure",)))
    )
    lt = tn.LanguageTool(url=server.url)
    checker = tn.Checker(tn.Config(accept_words=["demurrage"]))
    assert lt.findings(checker.parse(body)) == []


@pytest.mark.parametrize(
    ("body", "flagged", "replacements", "severity"),
    [
        ("Thank you for the oppertunity to talk.", "oppertunity", ("opportunity",), "error"),
        ("Oppertunity knocks, they say.", "Oppertunity", ("Opportunity",), "error"),
        ("I enjoyed meeting Priyanka today.", "Priyanka", ("Prank",), "info"),
        ("We talked about the runbook template.", "runbook", ("run book",), "info"),
        ("We talked about hemolyzed samples.", "hemolyzed", (), "info"),
        ("The SKU counts and the k8s cluster.", "k8s", ("KS",), "info"),
        ("I thought about it alot after.", "alot", ("a lot", "lot"), "error"),
        ("Talk soon xoxo", "xoxo", ("Too", "Box"), "info"),
        ("Dear Dr. Vandenburg, thank you.", "Vandenburg", ("Vandenberg",), "info"),
    ],
)
def test_misspellings_of_names_jargon_and_compounds_are_advice(
    stub: Callable[..., _Stub],
    body: str,
    flagged: str,
    replacements: tuple[str, ...],
    severity: str,
) -> None:
    server = stub(lambda form: _lt_reply(_match(form["text"], flagged, replacements=replacements)))
    (f,) = tn.LanguageTool(url=server.url).findings(tn.Document(body))
    assert f.severity == severity and body[f.start : f.end] == flagged


@pytest.mark.parametrize(
    ("category", "issue", "expected"),
    [
        ("GRAMMAR", "grammar", ("errors", "error")),
        ("PUNCTUATION", "typographical", ("errors", "info")),
        ("COLLOQUIALISMS", "style", ("tone", "info")),
        ("REDUNDANCY", "style", ("length", "info")),
        ("MISC", "duplication", ("errors", "error")),
        ("WIKIPEDIA", "style", ("errors", "info")),
        ("GRAMMAR", "locale-violation", ("errors", "info")),
    ],
)
def test_languagetool_categories_map_to_thanknote_categories(
    stub: Callable[..., _Stub], category: str, issue: str, expected: tuple[str, str]
) -> None:
    body = "I has a point."
    server = stub(
        lambda form: _lt_reply(
            _match(body, "has", rule="SOME_RULE", category=category, issue=issue)
        )
    )
    (f,) = tn.LanguageTool(url=server.url).findings(tn.Document(body))
    assert (f.category, f.severity) == expected
    assert f.rule == f"{expected[0]}.languagetool.SOME_RULE"


def test_at_most_three_suggestions_and_disabled_rules_are_sent(stub: Callable[..., _Stub]) -> None:
    body = "I has a point."
    server = stub(lambda form: _lt_reply(_match(body, "has", replacements=("a", "b", "c", "d"))))
    lt = tn.LanguageTool(url=server.url, disabled_rules=["EN_QUOTES"], enabled_rules=["X_RULE"])
    (f,) = lt.findings(tn.Document(body))
    assert f.suggestions == ("a", "b", "c")
    assert server.requests[0]["disabledRules"] == "EN_QUOTES"
    assert server.requests[0]["enabledRules"] == "X_RULE"
    assert server.requests[0]["language"] == "en-US"


def test_the_config_can_switch_off_a_languagetool_rule(stub: Callable[..., _Stub]) -> None:
    body = "I has a point."
    server = stub(lambda form: _lt_reply(_match(body, "has", category="GRAMMAR", issue="grammar")))
    lt = tn.LanguageTool(url=server.url)
    config = tn.Config(disable=["errors.languagetool.MORFOLOGIK_RULE_EN_US"])
    assert lt.findings(tn.Document(body, config=config)) == []


def test_an_empty_note_sends_nothing(stub: Callable[..., _Stub]) -> None:
    server = stub(lambda form: _lt_reply())
    assert tn.LanguageTool(url=server.url).findings(tn.Document("  \n")) == []
    assert server.requests == []


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"url": "ftp://example.com"}, ValueError),
        ({"url": 8081}, TypeError),
        ({"timeout": 0}, ValueError),
        ({"timeout": "5"}, TypeError),
        ({"retry_after": -1}, ValueError),
        ({"max_concurrency": 0}, ValueError),
        ({"language": ""}, ValueError),
        ({"disabled_rules": ["bad id"]}, ValueError),
    ],
)
def test_bad_settings_raise_naming_the_setting(kwargs: dict[str, Any], error: type) -> None:
    with pytest.raises(error, match=next(iter(kwargs)).split("_")[0]):
        tn.LanguageTool(**kwargs)


# --------------------------------------------------------------------------- offsets


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"])), st.data())
def test_utf16_offsets_convert_to_str_indices(text: str, data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(text)))
    units = len(text[:index].encode("utf-16-le")) // 2
    assert _to_str_index(_utf16_index(text), units) == index


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1, max_size=200), st.data())
def test_any_reply_offsets_give_spans_inside_the_text(text: str, data: st.DataObject) -> None:
    from thanknote.languagetool import _Match, findings_from_matches

    size = len(text.encode("utf-16-le", "surrogatepass")) // 2
    offset = data.draw(st.integers(0, size + 5))
    length = data.draw(st.integers(0, size + 5))
    match = _Match("R", "GRAMMAR", "grammar", "m", offset, length, ())
    for f in findings_from_matches(tn.Document(text), [match]):
        assert f.start is not None and f.end is not None
        assert 0 <= f.start <= f.end <= len(text)


@pytest.mark.parametrize(
    ("body", "flagged", "replacements"),
    [
        ("We organise the programme each term.", "organise", ("organize",)),
        ("It worked hella well.", "hella", ("hello", "hell")),
        ("The term trânsito em julgado came up.", "trânsito", ("transit",)),
        ("We discussed electroporation protocols.", "electroporation", ("electroporating",)),
        ("The term julgado came up.", "julgado", ("Delgado", "Juliano")),
        ("We tried kouign-amann at lunch.", "kouign-amann", ("cosign-amann",)),
        ("Good call, gl with the launch.", "gl", ("GL", "go")),
        ("Thank you for the call.\n\nNgā mihi,\nWiremu Parata", "mihi", ("mini",)),
        ("The venison with the blackberry jus was superb.", "jus", ("just",)),
        ("I built validation rules in dbt for the loads.", "dbt", ("bet", "debt")),
        ("A minimal init process runs as PID 1.", "init", ("unit", "knit")),
    ],
)
def test_words_thanknote_knows_or_cannot_judge_are_advice(
    stub: Callable[..., _Stub], body: str, flagged: str, replacements: tuple[str, ...]
) -> None:
    """British spellings, slang, other languages, jargon and sign-offs are not mistakes."""
    server = stub(lambda form: _lt_reply(_match(form["text"], flagged, replacements=replacements)))
    (f,) = tn.LanguageTool(url=server.url).findings(tn.Document(body))
    assert f.severity == "info" and body[f.start : f.end] == flagged


@pytest.mark.parametrize(
    ("body", "flagged", "rule"),
    [
        ("Human resources has always been more than a job to me.", "has", "AGREEMENT_SENT_START_2"),
        ("I supervised audit teams of up to six staff.", "staff", "SOME_FACULTY"),
    ],
)
def test_rules_that_misread_clean_notes_are_advice(
    stub: Callable[..., _Stub], body: str, flagged: str, rule: str
) -> None:
    def reply(form: dict[str, str]) -> tuple[int, bytes]:
        return _lt_reply(
            _match(form["text"], flagged, rule=rule, category="GRAMMAR", issue="grammar")
        )

    (f,) = tn.LanguageTool(url=stub(reply).url).findings(tn.Document(body))
    assert f.severity == "info" and f.rule == f"errors.languagetool.{rule}"


@pytest.mark.parametrize(
    ("message", "severity"),
    [
        ("Possible agreement error — use the base form here.", "error"),
        ("Consider removing ‘would’.", "info"),
        ("A comma is probably missing here.", "info"),
        ("In American English, “percent” is the recommended spelling.", "info"),
        ("The word ‘rebrand’ is not a noun. Did you mean “rebranding”?", "info"),
        ("The word ‘installs’ is not a noun.", "info"),
        ("An apostrophe may be missing.", "info"),
        (
            "Possible error detected: Please verify that having a noun follow a pronoun is correct in this context.",
            "info",
        ),
    ],
)
def test_hedged_grammar_hints_are_advice(
    stub: Callable[..., _Stub], message: str, severity: str
) -> None:
    body = "I has a point."

    def reply(form: dict[str, str]) -> tuple[int, bytes]:
        match = _match(form["text"], "has", rule="X", category="GRAMMAR", issue="grammar")
        match["message"] = message
        return _lt_reply(match)

    (f,) = tn.LanguageTool(url=stub(reply).url).findings(tn.Document(body))
    assert f.severity == severity


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("http://127.0.0.1:8081", "/v2/check"),
        ("http://127.0.0.1:8081/", "/v2/check"),
        ("http://127.0.0.1:8081/v2", "/v2/check"),
        ("http://127.0.0.1:8081/v2/check", "/v2/check"),
        ("http://127.0.0.1:8081/v2/check/", "/v2/check"),
        ("https://lt.example.org/tools/lt/v2/check", "/tools/lt/v2/check"),
    ],
)
def test_a_pasted_check_endpoint_is_not_doubled(url: str, path: str) -> None:
    """The server's root, its /v2 or its whole /v2/check endpoint all reach /v2/check once."""
    from thanknote.languagetool import _endpoint

    assert _endpoint(url)[3] == path


@pytest.mark.parametrize(
    ("body", "flagged", "severity"),
    [
        ("I ran three paddock walks each year.", "paddock", "info"),  # "paddock" modifies "walks"
        ("We staffed two bed wards at night.", "bed", "info"),
        ("Taking rooms in order made fourteen feel manageable.", "feel", "info"),
        ("It took three month to finish.", "month", "info"),  # a slip, but the rule is advice
    ],
)
def test_a_singular_noun_after_a_number_is_advice(
    stub: Callable[..., _Stub], body: str, flagged: str, severity: str
) -> None:
    def reply(form: dict[str, str]) -> tuple[int, bytes]:
        match = _match(form["text"], flagged, rule="CD_NN", category="GRAMMAR", issue="grammar")
        match["message"] = "Possible agreement error. The noun seems to be countable."
        return _lt_reply(match)

    (f,) = tn.LanguageTool(url=stub(reply).url).findings(tn.Document(body))
    assert f.severity == severity


@pytest.mark.parametrize(
    ("body", "flagged", "rule", "severity"),
    [
        # a grammar pattern filed under TYPOS: every word is spelled right, the slip stands
        ("Me and my team was able to cut it.", "Me and my team", "CONFUSION_OF_ME_I", "error"),
        # the dictionary's own doubts about several words stay advice (known words, jargon)
        ("We dug the drainage swales in May.", "drainage swales", "MORFOLOGIK_RULE_EN_US", "info"),
        ("The ARM Cortex-R cores.", "ARM Cortex-R", "EN_MULTITOKEN_SPELLING_TWO", "info"),
    ],
)
def test_a_grammar_pattern_filed_as_a_typo_keeps_its_severity(
    stub: Callable[..., _Stub], body: str, flagged: str, rule: str, severity: str
) -> None:
    def reply(form: dict[str, str]) -> tuple[int, bytes]:
        match = _match(form["text"], flagged, rule=rule, replacements=("I and my team",))
        match["message"] = "When referring to yourself and somebody else, put their name first."
        return _lt_reply(match)

    (f,) = tn.LanguageTool(url=stub(reply).url).findings(tn.Document(body))
    assert f.severity == severity


@pytest.mark.parametrize(
    ("body", "flagged", "severity"),
    [
        ("The lake had had three blooms by then.", "had had", "info"),
        ("I knew that that dataset was clean.", "that that", "info"),
        ("I reviewed the the data.", "the the", "error"),
    ],
)
def test_a_doubling_grammar_allows_is_advice(
    stub: Callable[..., _Stub], body: str, flagged: str, severity: str
) -> None:
    def reply(form: dict[str, str]) -> tuple[int, bytes]:
        match = _match(
            form["text"],
            flagged,
            rule="ENGLISH_WORD_REPEAT_RULE",
            category="MISC",
            issue="duplication",
            replacements=(flagged.split()[0],),
        )
        match["message"] = "Possible typo: you repeated a word."
        return _lt_reply(match)

    (f,) = tn.LanguageTool(url=stub(reply).url).findings(tn.Document(body))
    assert f.severity == severity


@pytest.mark.parametrize(
    ("body", "severity"),
    [
        ("I pride myself on going above and beyond.", "info"),  # "on" + the verb "going"
        ("I kept on going through the backlog.", "info"),
        ("The on going work on the archive is vast.", "error"),  # the adjective "ongoing"
    ],
)
def test_on_going_as_a_verb_is_advice(stub: Callable[..., _Stub], body: str, severity: str) -> None:
    def reply(form: dict[str, str]) -> tuple[int, bytes]:
        match = _match(
            form["text"], "on going", rule="ON_GOING", category="TYPOS", issue="misspelling"
        )
        match["message"] = "The adjective “ongoing” is spelled as one word."
        return _lt_reply(match)

    (f,) = tn.LanguageTool(url=stub(reply).url).findings(tn.Document(body))
    assert f.severity == severity
