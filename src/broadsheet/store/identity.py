"""Stable ids for what the store merges across articles: publications, speakers, entities.

Entity ids come from the NLP stages (`broadsheet.nlp.entities.entity_id`),
which are stable for the same normalised name and label; the store uses the
same function for speakers so that a quoted person and the entity found in
the text share one id.  Until that module is installed, a local
normalisation with the same intent is used.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

#: Honorifics and titles dropped from a name before it is keyed.
_TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "president", "prime", "minister", "gen", "general", "col", "colonel", "sen", "senator",
    "rep", "gov", "governor", "king", "queen", "prince", "princess", "sheikh", "rev", "the",
}


def slug(name: str | None, default: str = "unknown") -> str:
    """A URL-safe id for a publication name: lowercase ASCII words joined by hyphens."""
    if not name:
        return default
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or default


def normalise_name(name: str) -> str:
    """Case, accents, punctuation and leading titles removed: "Dr. José  Ramos" → "jose ramos"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode() or name
    words = re.findall(r"[\w]+", ascii_name.lower().replace("'s ", " "))
    while len(words) > 1 and words[0] in _TITLES:
        words.pop(0)
    return " ".join(words)


def _local_entity_id(name: str, label: str) -> str:
    digest = hashlib.sha1(f"{label}|{normalise_name(name)}".encode()).hexdigest()[:12]
    return f"{label.lower()}-{digest}"


@lru_cache(maxsize=1)
def _entity_id_function() -> Callable[[str, str], str]:
    try:
        from ..nlp.entities import entity_id
    except ImportError:
        return _local_entity_id
    return entity_id  # type: ignore[no-any-return]


def entity_key(name: str, label: str) -> str:
    """The stable id of an entity or speaker named `name` with spaCy label `label`."""
    return _entity_id_function()(name, label)
