"""Shared fixtures: the bundled sample page and pagegen pages (generated once, cached)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import corpus  # noqa: E402
from hypothesis import settings  # noqa: E402

# CI replays the same generated examples every run: a red build is a real regression,
# not a new random draw. Locally, hypothesis explores afresh.
settings.register_profile("ci", derandomize=True, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

SAMPLE = ROOT / "examples" / "arabweekly-2017-11-page.txt"


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


def _pages(style: str, **kwargs: object) -> list[corpus.GeneratedPage]:
    try:
        return corpus.generate(style, **kwargs)  # type: ignore[arg-type]
    except corpus.Unavailable as exc:
        pytest.skip(str(exc))


@pytest.fixture(scope="session")
def pagegen_pages() -> dict[str, list[corpus.GeneratedPage]]:
    """Three pages of every pagegen style, decorated (pull quotes, captions), seed 1."""
    return {style: _pages(style, seed=1, pages=3) for style in corpus.STYLES}


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):  # type: ignore[no-untyped-def]
    """In CI (CI=true) a skipped test fails: a missing install must not pass as green.

    CI installs everything the suite needs (Debian packages, pagegen, PostgreSQL), so a
    skip there means an install step is broken.
    """
    outcome = yield
    report = outcome.get_result()
    if os.environ.get("CI") and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        reason = report.longrepr[-1] if isinstance(report.longrepr, tuple) else report.longrepr
        report.longrepr = f"skipped in CI (an install step is missing?): {reason}"
