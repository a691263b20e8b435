"""Date resolution: a table of expressions, issue dates and the days they denote."""

from __future__ import annotations

import pytest

from broadsheet.nlp import dates

# (expression, issue date, expected first day, expected last day); None: not resolvable.
TABLE = [
    ("November 18", "2017-11-16", "2017-11-18", "2017-11-18"),
    ("on October 29", "2017-11-16", "2017-10-29", "2017-10-29"),
    ("September 25", "2017-11-16", "2017-09-25", "2017-09-25"),
    ("January 3", "2017-12-20", "2018-01-03", "2018-01-03"),  # closest year is next year
    ("December 28", "2018-01-04", "2017-12-28", "2017-12-28"),  # ...or the previous one
    ("Nov. 18, 2016", "2017-11-16", "2016-11-18", "2016-11-18"),
    ("18 November 2015", None, "2015-11-18", "2015-11-18"),
    ("the 5th of May", "2017-11-16", "2017-05-05", "2017-05-05"),
    ("last April", "2017-11-16", "2017-04-01", "2017-04-30"),
    ("last April", "2017-04-10", "2016-04-01", "2016-04-30"),
    ("next March", "2017-11-16", "2018-03-01", "2018-03-31"),
    ("this June", "2017-11-16", "2017-06-01", "2017-06-30"),
    ("the second half of December", "2017-11-16", "2017-12-16", "2017-12-31"),
    ("first half of February", "2017-11-16", "2018-02-01", "2018-02-15"),
    ("late October", "2017-11-16", "2017-10-21", "2017-10-31"),
    ("early March 2003", None, "2003-03-01", "2003-03-10"),
    ("mid-July", "2017-11-16", "2017-07-11", "2017-07-20"),
    ("the end of September", "2017-11-16", "2017-09-21", "2017-09-30"),
    ("late 2016", None, "2016-09-01", "2016-12-31"),
    ("the second half of next year", "2017-11-16", "2018-07-01", "2018-12-31"),
    ("in 2021", "2017-11-16", "2021-01-01", "2021-12-31"),
    ("2021", None, "2021-01-01", "2021-12-31"),
    ("the 1990s", None, "1990-01-01", "1999-12-31"),
    ("March 2001", None, "2001-03-01", "2001-03-31"),
    ("October", "2017-11-16", "2017-10-01", "2017-10-31"),
    ("yesterday", "2017-11-16", "2017-11-15", "2017-11-15"),
    ("today", "2017-11-16", "2017-11-16", "2017-11-16"),
    ("tomorrow", "2017-11-16", "2017-11-17", "2017-11-17"),
    ("last night", "2017-11-16", "2017-11-15", "2017-11-15"),
    # 2017-11-16 is a Thursday.
    ("Tuesday", "2017-11-16", "2017-11-14", "2017-11-14"),
    ("on Thursday", "2017-11-16", "2017-11-09", "2017-11-09"),
    ("Friday morning", "2017-11-16", "2017-11-10", "2017-11-10"),
    ("next Monday", "2017-11-16", "2017-11-20", "2017-11-20"),
    ("last week", "2017-11-16", "2017-11-06", "2017-11-12"),
    ("this week", "2017-11-16", "2017-11-13", "2017-11-19"),
    ("last month", "2017-01-10", "2016-12-01", "2016-12-31"),
    ("next year", "2017-11-16", "2018-01-01", "2018-12-31"),
    ("last year", "2017-11-16", "2016-01-01", "2016-12-31"),
    ("three days ago", "2017-11-16", "2017-11-13", "2017-11-13"),
    ("two years ago", "2017-11-16", "2015-01-01", "2015-12-31"),
    ("last summer", "2017-11-16", "2017-06-01", "2017-08-31"),
    ("last summer", "2017-04-16", "2016-06-01", "2016-08-31"),
    ("2017-11-03", None, "2017-11-03", "2017-11-03"),
    # Relative expressions need the issue date; nonsense is not a date.
    ("yesterday", None, None, None),
    ("last April", None, None, None),
    ("November 18", None, None, None),
    ("February 30", "2017-11-16", None, None),
    ("the negotiations", "2017-11-16", None, None),
    ("recently", "2017-11-16", None, None),
]


@pytest.mark.parametrize(("expression", "issue", "first", "last"), TABLE)
def test_resolution_table(expression: str, issue: str | None, first: str | None, last: str | None) -> None:
    result = dates.resolve(expression, issue)
    if first is None:
        assert result is None
    else:
        assert result is not None
        assert (result[0].isoformat(), result[1].isoformat()) == (first, last)


def test_table_accuracy_is_reported() -> None:
    """The whole table as one accuracy figure (every row must pass, but this names the failures)."""
    wrong = []
    for expression, issue, first, last in TABLE:
        result = dates.resolve(expression, issue)
        got = None if result is None else (result[0].isoformat(), result[1].isoformat())
        if got != (None if first is None else (first, last)):
            wrong.append((expression, issue, got))
    assert wrong == []


def test_find_in_running_text() -> None:
    text = ("The date for the conference was scheduled for October 29 but it has now been fixed "
            "for November 18; the eighth round is pencilled in for the second half of December.")
    found = dates.find(text, "2017-11-16")
    spans = [text[s:e] for s, e, _ in found]
    assert spans == ["October 29", "November 18", "the second half of December"]
    assert found[2][2][0].isoformat() == "2017-12-16"


def test_bad_issue_date_is_ignored() -> None:
    assert dates.parse_issue_date("not a date") is None
    assert dates.resolve("yesterday", "16/11/2017") is None


def test_bare_numbers_far_from_the_issue_are_not_years() -> None:
    assert dates.resolve("2259", "2020-01-10") is None
    assert dates.resolve("in 1648", "2020-01-10") is None
    assert dates.resolve("in 2050", "2020-01-10") is not None
