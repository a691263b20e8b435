"""OCRed headline words mended from the article's own body text.

Display type is read worse than body type: Tesseract drops a diacritic
("Stamenkovic" for "Stamenković"), misreads a letter of a name ("Viada"
for "Vlada") or glues a speck to a word ("Stamenkovic¢"), while the same
name in the body, read from many small, clean lines, comes out right.  A
headline, deck or kicker word takes the body's spelling when

- the two differ only by diacritics, the body's form is the commoner
  there and has no fewer of them (OCR drops diacritics more often than it
  adds them), or has fewer but is an everyday word while the headline's
  form is no word at all (the Latin-script model puts a dot under the O of
  bold capitals now and then: "TWỌ"), or
- the body never has the headline's word, which is not a common word
  (wordfreq), and it is one edit (a letter replaced, added, dropped or two
  swapped) from a body word that is no rarer in the language, and the two
  are not forms of one word (an ending ``s``/``d``/``es``/``ed``, a doubled
  letter).

A word is never changed into one the article does not contain, so an OCR
confusion is not "corrected" into a wrong word: the fix is the article's
own spelling.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import TYPE_CHECKING

from ..text.hyphenation import zipf as _zipf

if TYPE_CHECKING:
    from ..model import Article, Page

#: Below this Zipf frequency (wordfreq) a word is not in the lexicon: a name, a rare word or a misreading.
RARE = 2.0
#: A word below this Zipf frequency is unknown to the lexicon; one above `COMMON` is an everyday word.
UNKNOWN = 1.0
COMMON = 3.0
#: Words shorter than this are never edited nor given diacritics: one edit or mark turns most
#: short words into others (a, à).
MIN_LENGTH = 4

_TOKEN = re.compile(r"\S+")
_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W\d_]|[^\W\d_]")
#: Punctuation a headline word may carry; anything else at its edges is part of the misreading.
_EDGES = "\"'‘’“”«»()[].,;:!?…–—-"


#: Letters with a stroke, which Unicode does not decompose into a letter and a mark.
_STROKED = str.maketrans("łøđħŧ", "lodht")


def _fold(word: str) -> str:
    """Lower case without diacritics."""
    bare = unicodedata.normalize("NFKD", word.casefold()).translate(_STROKED)
    return "".join(ch for ch in bare if not unicodedata.combining(ch))


def _marks(word: str) -> int:
    """How many diacritics `word` has."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return sum(unicodedata.combining(ch) > 0 or ch in "łøđħŧ" for ch in decomposed)


def _one_edit(a: str, b: str) -> bool:
    """True when `a` and `b` differ by one letter replaced, added or dropped, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(diffs) == 1 or (len(diffs) == 2 and diffs[1] == diffs[0] + 1
                                   and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return short[i:] == long[i + 1:]


#: Endings that make inflected forms of one word (impeaches, impeached): not misreadings of each other.
_ENDINGS = frozenset({"", "s", "d", "es", "ed"})


def _variant(a: str, b: str) -> bool:
    """True when one edit apart `a` and `b` are forms or spellings of one word, not a misreading.

    Inflections differ in their ending (``s``, ``d``, ``es``, ``ed``);
    spelling variants in a doubled letter (Belarusian, Belarussian), which
    OCR seldom makes.
    """
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    if a[i:] in _ENDINGS and b[i:] in _ENDINGS:
        return True
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return len(long) == len(short) + 1 and 0 < i < len(long) and long[i] == long[i - 1]


def _cased(like: str, word: str) -> str:
    """`word` (as the body spells it) capitalised as `like` is: all capitals, a capital first, or none."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word.lower()


class BodyWords:
    """The words of one article's body, counted by their lower-case and their folded forms."""

    def __init__(self, paragraphs: list[str]) -> None:
        self.forms: Counter[str] = Counter()
        spelt: Counter[str] = Counter()
        for paragraph in paragraphs:
            words = _WORD.findall(paragraph)
            self.forms.update(w.lower() for w in words)
            spelt.update(words)
        #: each lower-case form as the body spells it most often ("McCain", not "mccain")
        self.written: dict[str, str] = {}
        for word, _ in spelt.most_common():
            self.written.setdefault(word.lower(), word)
        self.folded: dict[str, list[str]] = {}
        for form in self.forms:
            self.folded.setdefault(_fold(form), []).append(form)

    def spelling(self, word: str) -> str | None:
        """The body's spelling for a headline `word` (lower case), or None to keep it."""
        lower = word.lower()
        forms = self.folded.get(_fold(lower), [])
        short = len(lower) < MIN_LENGTH
        same = [] if short else [f for f in forms if f != lower and _marks(f) >= _marks(lower)]
        if not same and _zipf(lower) < UNKNOWN:  # a mark OCR made up on a common word ("TWỌ")
            same = [f for f in forms if f != lower and _zipf(f) >= COMMON]
        if same:
            best = max(same, key=lambda f: self.forms[f])
            unique = [self.forms[f] for f in same].count(self.forms[best]) == 1
            return best if unique and self.forms[best] > self.forms[lower] else None
        rare = _zipf(lower)
        if short or self.forms[lower] or rare >= RARE:
            return None
        folded = _fold(lower)
        near = [f for f in self.forms if _one_edit(lower, f) and not _variant(lower, f)
                and _fold(f) != folded and _zipf(f) >= rare]
        if not near:
            return None
        best = max(near, key=lambda f: self.forms[f])
        return best if [self.forms[f] for f in near].count(self.forms[best]) == 1 else None


def mend_text(text: str, body: BodyWords) -> str:
    """`text` (a headline, deck or kicker) with misread words in the body's spelling."""

    def mend(match: re.Match[str]) -> str:
        token = match.group(0)
        core = token.strip(_EDGES)
        if not core or not core[0].isalpha():
            return token
        fixed = body.spelling(core)
        if fixed is None:
            return token
        at = token.index(core)
        return token[:at] + _cased(core, body.written[fixed]) + token[at + len(core):]

    return _TOKEN.sub(mend, text)


def mend_article(article: Article) -> None:
    """The article's headline, deck and kicker mended from its body (see the module doc)."""
    if not article.body:
        return
    body = BodyWords(article.body)
    for name in ("headline", "deck", "kicker"):
        text = getattr(article, name)
        if text:
            setattr(article, name, mend_text(text, body))


def mend_headlines(page: Page) -> None:
    """Every article's display text mended from its own body."""
    for article in page.articles:
        mend_article(article)
