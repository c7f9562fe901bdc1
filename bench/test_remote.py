"""bench/remote.py's server and DevTools pipe, against the real Chromium the e2e tests use."""

from __future__ import annotations

import json
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from cdp import Browser, ProtocolError  # noqa: E402
from remote import COMMON_FLAGS, serve  # noqa: E402

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> str:
    root = tmp_path_factory.mktemp("served")
    (root / "site").mkdir()
    (root / "site" / "page.html").write_text("<!doctype html><title>page</title><p>served</p>")
    (root / "models" / "m").mkdir(parents=True)
    (root / "models" / "m" / "prm.json").write_text(json.dumps({"family": "test"}))
    (root / "secret.txt").write_text("not for the page")
    return serve(root / "site", root / "models")


def test_serves_the_site_and_bench_models_with_isolation_headers(site: str) -> None:
    with urllib.request.urlopen(site + "page.html") as response:
        assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin"
        assert response.headers["Cross-Origin-Embedder-Policy"] == "require-corp"
    with urllib.request.urlopen(site + "bench-models/m/prm.json") as response:
        assert json.load(response) == {"family": "test"}
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(site + "bench-models/%2E%2E/secret.txt")
    assert refused.value.code == 404


def test_drives_chromium_over_the_pipe(site: str, tmp_path: Path) -> None:
    browser = Browser(CHROMIUM, [*COMMON_FLAGS, f"--user-data-dir={tmp_path}"])
    try:
        assert browser.version.startswith(("Chrome/", "HeadlessChrome/"))
        page = browser.open(site + "page.html")
        assert page.evaluate("crossOriginIsolated") is True
        assert page.evaluate("fetch('bench-models/m/prm.json').then((r) => r.json())") == {"family": "test"}
        with pytest.raises(ProtocolError, match="bad input"):
            page.evaluate("Promise.reject(new Error('bad input'))")
        page.close()
    finally:
        browser.close()
    assert browser.process.returncode is not None
