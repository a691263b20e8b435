"""The text-dump reader never crashes: random and mangled page text gives a Page or a clear error."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import broadsheet
from broadsheet.errors import InputError
from broadsheet.layout.dump.assemble import reconstruct

LINE = st.text(
    alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ .,;:-—“”’\"'()!?0123456789\ue001•")),
    max_size=60,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LINE, max_size=80))
def test_random_lines_never_crash(lines):
    articles, _other, _ = reconstruct("\n".join(lines))
    for article in articles:
        assert all(p == p.strip() for p in article.body)


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=10_000))
def test_mangled_sample_never_crashes(sample_text, seed):
    """Lines dropped, duplicated and shuffled locally, as broken extractors do."""
    rng = random.Random(seed)
    lines = sample_text.splitlines()
    for _ in range(rng.randint(1, 30)):
        i = rng.randrange(len(lines))
        op = rng.choice(("drop", "dup", "swap", "blank", "cut"))
        if op == "drop":
            del lines[i]
        elif op == "dup":
            lines.insert(i, lines[i])
        elif op == "swap" and i + 1 < len(lines):
            lines[i], lines[i + 1] = lines[i + 1], lines[i]
        elif op == "blank":
            lines.insert(i, "")
        elif op == "cut":
            lines[i] = lines[i][: rng.randrange(len(lines[i]) + 1)]
    try:
        page = broadsheet.read("\n".join(lines) + "\n", nlp=False)
    except InputError:
        return
    assert sum(len(a.body) for a in page.articles) >= 1


def test_one_huge_paragraph_and_no_prose():
    huge = ("word " * 200_000).strip() + ".\n"
    page = broadsheet.read(huge, nlp=False)
    assert page.source.kind == "plain-article" and len(page.articles) == 1
    numbers = "\n".join(str(n) for n in range(500)) + "\nTHE DAILY NEWS\n"
    with pytest.raises(InputError, match="no prose"):
        broadsheet.read(numbers, nlp=False)
