"""Shared fixtures.

Tests of the offline rules must not depend on a LanguageTool server that may be running for the
grammar tests, so ``THANKNOTE_LANGUAGETOOL_URL`` is removed for every test not marked
``languagetool``.  Tests marked ``languagetool`` get the server's URL from the ``languagetool_url``
fixture; without one they skip, and under ``THANKNOTE_REQUIRE_LANGUAGETOOL=1`` (CI) they fail.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

URL_VAR = "THANKNOTE_LANGUAGETOOL_URL"
_SERVER_URL = os.environ.get(URL_VAR)


@pytest.fixture(autouse=True)
def _offline_unless_marked(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    if request.node.get_closest_marker("languagetool") is None:
        monkeypatch.delenv(URL_VAR, raising=False)
    yield


@pytest.fixture(scope="session")
def languagetool_url() -> str:
    """The URL of the LanguageTool server the test command started."""
    if not _SERVER_URL:
        message = f"needs a LanguageTool server: set {URL_VAR} (scripts/test starts one)"
        if os.environ.get("THANKNOTE_REQUIRE_LANGUAGETOOL") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return _SERVER_URL
