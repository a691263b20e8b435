"""Line-end hyphens: joined where the typesetter broke a word, kept in real compounds."""

import pytest

from broadsheet.text.hyphenation import Dehyphenator

CASES = [
    ("seem", "ingly", "seemingly"),
    ("invulner", "able", "invulnerable"),
    ("propagan", "da", "propaganda"),
    ("Decem", "ber", "December"),
    ("Mid", "dle", "Middle"),
    ("over", "stated", "overstated"),
    ("US", "backed", "US-backed"),  # acronym
    ("UN", "mandated", "UN-mandated"),
    ("e", "mail", "e-mail"),  # one letter before the break
    ("Kurdish-dominat", "ed", "Kurdish-dominated"),  # a compound broken inside its second word
    ("long", "term", "long-term"),  # two words whose joined form nobody writes
    ("well", "known", "well-known"),
    ("Syrian", "Jordanian", "Syrian-Jordanian"),  # capitalised second part
    ("COVID", "19", "COVID-19"),  # digits
    ("pro", "Russian", "pro-Russian"),
]


@pytest.mark.parametrize(("left", "right", "expected"), CASES)
def test_lexicon_and_shape(left, right, expected):
    assert Dehyphenator("").join(left, right) == expected


def test_the_documents_own_spelling_wins():
    text = "the de-conflict zones were agreed.\nfour de-\nconflict zones"
    assert Dehyphenator(text).join("de", "conflict") == "de-conflict"
    text = "a cooperative venture; the co-\noperative"
    assert Dehyphenator(text).join("co", "operative") == "cooperative"
