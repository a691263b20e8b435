"""Resolve newspaper date expressions against the issue date.

News text dates events relative to the day it is printed: "on Tuesday",
"last April", "late October", "the second half of December".  `resolve`
turns one such expression into a day or a range of days, using the issue
date for everything the text leaves out (the year of "November 18", the
week of "Tuesday").  Expressions that need an issue date return None
without one; absolute ones ("March 2001", "in 2021") never need it.

Conventions, chosen because they are how news copy is written:
- a bare weekday is the latest such day before the issue date (news reports
  what happened; "next Monday" looks forward);
- a month, with or without a day, but without a year, is taken in the year
  that puts it closest to the issue date, counting days ahead twice (news
  mostly reports the past; dates ahead are near, scheduled ones);
- "last April" is the latest April strictly before the issue's month,
  "next April" the first one after it;
- "early/mid/late" split a month into days 1–10, 11–20, 21–end, and a year
  into months 1–4, 5–8, 9–12.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

#: A resolved date: first and last day (equal for a single day).
DateRange = tuple[date, date]

MONTHS: dict[str, int] = {}
for _number, _name in enumerate(calendar.month_name):
    if _name:
        MONTHS[_name.lower()] = _number
        MONTHS[_name[:3].lower()] = _number
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_PART = (r"(?P<part>early|mid|middle|late|the\s+(?:beginning|start|end|middle)\s+of|"
         r"the\s+(?:first|second)\s+half\s+of|(?:the\s+)?(?:first|second)\s+half\s+of)")
_REL = r"(?P<rel>last|next|this|past|coming)"

# Patterns are tried in order on the whole (normalised) expression.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (name, re.compile(r"^(?:on\s+|in\s+|since\s+|by\s+|until\s+)?" + rx + r"$"))
    for name, rx in [
        ("iso", r"(?P<year>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"),
        ("day", r"(?P<word>yesterday|today|tomorrow|tonight|last\s+night)"),
        ("weekday", r"(?:(?P<rel>last|next|this|past|coming)\s+)?(?P<wd>"
         + "|".join(WEEKDAYS) + r")(?:\s+(?P<tod>morning|afternoon|evening|night))?"),
        ("month_day", _MONTH + r"\s+" + _DAY + r"(?:,?\s+" + _YEAR + ")?"),
        ("day_month", r"(?:the\s+)?" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+" + _YEAR + ")?"),
        ("part_month", _PART + r"\s+" + _MONTH + r"(?:,?\s+" + _YEAR + ")?"),
        ("part_rel", _PART + r"\s+" + _REL + r"\s+(?P<unit>week|month|year)"),
        ("part_year", _PART + r"\s+" + _YEAR),
        ("rel_month", _REL + r"\s+" + _MONTH),
        ("month", _MONTH + r"(?:,?\s+" + _YEAR + ")?"),
        ("rel_season", r"(?:(?P<rel>last|next|this|past|coming)\s+)?(?P<season>spring|summer|autumn|fall)"
         r"(?:\s+(?:of\s+)?(?P<year>\d{4}))?"),
        ("rel_unit", _REL + r"\s+(?P<unit>week|month|year)"),
        ("ago", r"(?P<n>\d+|" + "|".join(_NUMBERS) + r")\s+(?P<unit>day|week|month|year)s?\s+ago"),
        ("year", r"(?:the\s+year\s+)?" + _YEAR),
        ("decade", r"(?:the\s+)?(?P<decade>\d{3}0)s"),
    ]
]


def parse_issue_date(value: str | date | None) -> date | None:
    """The issue date from `doc.user_data["issue_date"]` (ISO string) or None when absent/invalid."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def resolve(expression: str, issue: str | date | None = None) -> DateRange | None:
    """The days `expression` denotes, resolved against the `issue` date; None if not a date we know."""
    text = re.sub(r"\s+", " ", expression.strip().lower().replace("’", "'")).strip(" ,.;")
    text = re.sub(r"^(?:the\s+)?(?=(?:last|next|past|coming)\b)", "", text)
    text = re.sub(r"\bmid-", "mid ", text)
    today = parse_issue_date(issue)
    for name, pattern in _PATTERNS:
        match = pattern.match(text)
        if match:
            try:
                return _RESOLVERS[name](match.groupdict(), today)
            except ValueError:  # e.g. "February 30"
                return None
    return None


# --- one resolver per pattern -----------------------------------------------------------


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _nearest_year(month: int, day: int, today: date) -> int:
    """The year that puts month/day closest to `today`, days ahead counting double."""
    candidates = [today.year - 1, today.year, today.year + 1]

    def distance(year: int) -> int:
        last = calendar.monthrange(year, month)[1]
        days = (date(year, month, min(day, last)) - today).days
        return 2 * days if days > 0 else -days

    return min(candidates, key=distance)


def _part_of(start: date, end: date, part: str) -> DateRange:
    """Narrow a month or year range to its early/mid/late part or a half."""
    part = " ".join(part.split())
    if start.month == end.month:  # a month: split by days
        last = end.day
        bounds = {"early": (1, 10), "beginning": (1, 10), "start": (1, 10), "mid": (11, 20),
                  "middle": (11, 20), "late": (21, last), "end": (21, last),
                  "first half": (1, 15), "second half": (16, last)}
        key = next(k for k in bounds if k in part)
        lo, hi = bounds[key]
        return start.replace(day=lo), start.replace(day=hi)
    months = {"early": (1, 4), "beginning": (1, 4), "start": (1, 4), "mid": (5, 8), "middle": (5, 8),
              "late": (9, 12), "end": (9, 12), "first half": (1, 6), "second half": (7, 12)}
    key = next(k for k in months if k in part)
    lo, hi = months[key]
    return date(start.year, lo, 1), _month_end(start.year, hi)


def _iso(g: dict[str, str], today: date | None) -> DateRange:
    day = date(int(g["year"]), int(g["m"]), int(g["d"]))
    return day, day


def _day(g: dict[str, str], today: date | None) -> DateRange | None:
    if today is None:
        return None
    offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}.get(g["word"], -1)
    day = today + timedelta(days=offset)
    return day, day


def _weekday(g: dict[str, str], today: date | None) -> DateRange | None:
    if today is None:
        return None
    target = WEEKDAYS[g["wd"]]
    if g.get("rel") in ("next", "coming"):
        ahead = (target - today.weekday()) % 7 or 7
        day = today + timedelta(days=ahead)
    else:
        back = (today.weekday() - target) % 7 or 7
        day = today - timedelta(days=back)
    return day, day


def _month_day(g: dict[str, str], today: date | None) -> DateRange | None:
    month, day = MONTHS[g["month"]], int(g["day"])
    if g.get("year"):
        year = int(g["year"])
    elif today is not None:
        year = _nearest_year(month, day, today)
    else:
        return None
    result = date(year, month, day)
    return result, result


def _month(g: dict[str, str], today: date | None) -> DateRange | None:
    month = MONTHS[g["month"]]
    if g.get("year"):
        year = int(g["year"])
    elif today is not None:
        year = _nearest_year(month, 15, today)
    else:
        return None
    return date(year, month, 1), _month_end(year, month)


def _part_month(g: dict[str, str], today: date | None) -> DateRange | None:
    whole = _month(g, today)
    return None if whole is None else _part_of(*whole, g["part"])


def _part_year(g: dict[str, str], today: date | None) -> DateRange:
    year = int(g["year"])
    return _part_of(date(year, 1, 1), date(year, 12, 31), g["part"])


def _rel_month(g: dict[str, str], today: date | None) -> DateRange | None:
    if today is None:
        return None
    month, rel = MONTHS[g["month"]], g["rel"]
    if rel in ("last", "past"):
        year = today.year if month < today.month else today.year - 1
    elif rel in ("next", "coming"):
        year = today.year if month > today.month else today.year + 1
    else:
        year = today.year
    return date(year, month, 1), _month_end(year, month)


def _rel_unit(g: dict[str, str], today: date | None) -> DateRange | None:
    if today is None:
        return None
    step = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0}[g["rel"]]
    unit = g["unit"]
    if unit == "year":
        year = today.year + step
        return date(year, 1, 1), date(year, 12, 31)
    if unit == "month":
        index = today.year * 12 + today.month - 1 + step
        year, month = divmod(index, 12)
        return date(year, month + 1, 1), _month_end(year, month + 1)
    monday = today - timedelta(days=today.weekday()) + timedelta(weeks=step)
    return monday, monday + timedelta(days=6)


def _part_rel(g: dict[str, str], today: date | None) -> DateRange | None:
    whole = _rel_unit(g, today)
    if whole is None or g["unit"] == "week":
        return whole
    return _part_of(*whole, g["part"])


def _rel_season(g: dict[str, str], today: date | None) -> DateRange | None:
    first, last = _SEASONS[g["season"]]
    if g.get("year"):
        year = int(g["year"])
    elif today is None:
        return None
    elif g.get("rel") in ("last", "past"):
        year = today.year if last < today.month else today.year - 1
    elif g.get("rel") in ("next", "coming"):
        year = today.year if first > today.month else today.year + 1
    else:
        year = today.year
    return date(year, first, 1), _month_end(year, last)


def _ago(g: dict[str, str], today: date | None) -> DateRange | None:
    if today is None:
        return None
    n = int(g["n"]) if g["n"].isdigit() else _NUMBERS[g["n"]]
    unit = g["unit"]
    if unit in ("day", "week"):
        day = today - timedelta(days=n * (7 if unit == "week" else 1))
        return day, day
    if unit == "month":
        index = today.year * 12 + today.month - 1 - n
        year, month = divmod(index, 12)
        return date(year, month + 1, 1), _month_end(year, month + 1)
    year = today.year - n
    return date(year, 1, 1), date(year, 12, 31)


def _year(g: dict[str, str], today: date | None) -> DateRange | None:
    year = int(g["year"])
    if not _plausible(year, today):
        return None  # "2259" is a number, not a year
    return date(year, 1, 1), date(year, 12, 31)


def _plausible(year: int, today: date | None) -> bool:
    """A bare four-digit number is a year in news only within a few centuries of the issue."""
    reference = today.year if today else 2000
    return 1700 <= year <= reference + 50


def _decade(g: dict[str, str], today: date | None) -> DateRange:
    start = int(g["decade"])
    return date(start, 1, 1), date(start + 9, 12, 31)


_RESOLVERS = {
    "iso": _iso, "day": _day, "weekday": _weekday, "month_day": _month_day, "day_month": _month_day,
    "part_month": _part_month, "part_rel": _part_rel, "part_year": _part_year, "rel_month": _rel_month,
    "month": _month, "rel_season": _rel_season, "rel_unit": _rel_unit, "ago": _ago, "year": _year,
    "decade": _decade,
}

_LONG_MONTH = "(?:" + "|".join(m for m in MONTHS if len(m) > 3) + ")"
#: Finds candidate date expressions in running text (for text without spaCy DATE entities).
DATE_IN_TEXT = re.compile(
    r"\b(?:(?:last|next|this|past|coming)\s+)?(?:"
    + r"(?:early|mid-?|late|the\s+(?:beginning|start|end|middle|first\s+half|second\s+half)\s+of)\s*"
    + _LONG_MONTH + r"(?:,?\s+\d{4})?"
    + r"|" + _LONG_MONTH + r"\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?"
    + r"|\d{1,2}\s+" + _LONG_MONTH + r"(?:\s+\d{4})?"
    + r"|(?:" + "|".join(WEEKDAYS) + r")|yesterday|today|tomorrow|last\s+night"
    + r"|(?:in|since|by)\s+\d{4}"
    + r"|(?:week|month|year)"
    + r")\b",
    re.IGNORECASE,
)


def find(text: str, issue: str | date | None = None) -> list[tuple[int, int, DateRange]]:
    """Every date expression in `text` that resolves: (start, end, range), by offset."""
    found = []
    for match in DATE_IN_TEXT.finditer(text):
        words = match.group(0)
        if words.lower() in ("week", "month", "year", "may", "march"):
            continue  # bare unit nouns; "may"/"march" are usually a verb
        resolved = resolve(words, issue)
        if resolved is not None:
            found.append((match.start(), match.end(), resolved))
    return found
