"""Shared fixtures: the bundled sample page and pagegen pages (generated once, cached)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import corpus  # noqa: E402

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
