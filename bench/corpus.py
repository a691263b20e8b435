"""Generated test pages: pagegen pages (PDF, dumps, gold) made once and cached.

pagegen lives in ``../shared/pagegen`` and runs in its own virtualenv
(``make pagegen`` makes it: ``.cache/pagegen-venv``), because it pins its own
WeasyPrint and PyMuPDF.  Pages are cached under ``.cache/pages/`` by style,
seed, article source and count, so a second run costs nothing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("BROADSHEET_SHARED", ROOT.parent / "shared"))
PAGEGEN_PYTHON = ROOT / ".cache" / "pagegen-venv" / "bin" / "python"
CACHE = ROOT / ".cache" / "pages"
STYLES = ("arabweekly", "broadsheet", "tabloid")
#: Layouts of our own (bench/styles/), for a check on layouts the rules were not written for.
OWN_STYLES = ("gazette", "courier")
OWN_STYLES_DIR = ROOT / "bench" / "styles"
EXTRACTORS = ("pymupdf", "pymupdf-blocks", "pdftotext", "pdftotext-raw", "pdfminer")


class Unavailable(RuntimeError):
    """pagegen or the shared corpora are missing: say so, don't fail obscurely."""


@dataclass(frozen=True, slots=True)
class GeneratedPage:
    pdf: Path
    gold_path: Path

    @property
    def gold(self) -> dict:  # type: ignore[type-arg]
        return json.loads(self.gold_path.read_text())  # type: ignore[no-any-return]

    def dump(self, extractor: str) -> Path:
        return self.pdf.with_name(self.pdf.stem + f".{extractor}.txt")


def require_shared() -> Path:
    if not (SHARED / "pagegen").is_dir():
        raise Unavailable(f"{SHARED}/pagegen is missing: the shared folder must sit beside the repo")
    if not PAGEGEN_PYTHON.exists():
        raise Unavailable(f"{PAGEGEN_PYTHON} is missing: run `make pagegen` first")
    return SHARED


def generate(
    style: str, *, seed: int = 1, pages: int = 4, articles: str = "wikinews-2019", decorate: bool = True
) -> list[GeneratedPage]:
    """Make (or reuse) `pages` pagegen pages of `style`; return them in page order."""
    shared = require_shared()
    sources = {
        "wikinews-2019": shared / "corpora" / "wikinews" / "wikinews_2019.csv",
        "wikinews-2020": shared / "corpora" / "wikinews" / "wikinews_2020.csv",
        "examples": shared / "pagegen" / "examples" / "articles.json",
    }
    out = CACHE / f"{style}-{articles}-s{seed}-p{pages}{'-d' if decorate else ''}"
    style_arg = _own_style(style, shared) if style in OWN_STYLES else style
    done = out / ".done"
    if not done.exists():
        out.mkdir(parents=True, exist_ok=True)
        cmd = [
            str(PAGEGEN_PYTHON),
            "-m",
            "pagegen",
            "--articles",
            str(sources[articles]),
            "--style",
            style_arg,
            "--seed",
            str(seed),
            "--out",
            str(out),
            "--pages",
            str(pages),
        ]
        if decorate:
            cmd.append("--decorate")
        result = subprocess.run(cmd, cwd=shared, capture_output=True, text=True, check=False)
        if result.returncode != 0:  # pagegen is there but broke: a failure, not a skip
            raise RuntimeError(f"pagegen failed for {style}: {result.stderr.strip()[-500:]}")
        done.touch()
    return [GeneratedPage(pdf, pdf.with_suffix(".gold.json")) for pdf in sorted(out.glob("page-*.pdf"))]


def _own_style(style: str, shared: Path) -> str:
    """A style file of ours, set up where pagegen can read it: our JSON and CSS beside a
    copy of pagegen's base.css (made at run time, not kept in the repository)."""
    folder = CACHE.parent / "styles"
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(shared / "pagegen" / "styles" / "base.css", folder / "base.css")
    for suffix in (".json", ".css"):
        shutil.copyfile(OWN_STYLES_DIR / f"{style}{suffix}", folder / f"{style}{suffix}")
    return str(folder / f"{style}.json")


def benchmark_pages(
    total: int = 120, seeds: tuple[int, ...] = (1, 2), styles: tuple[str, ...] = STYLES
) -> list[GeneratedPage]:
    """At least `total` pages spread evenly over `styles`, from both Wikinews years,
    plus pages of pagegen's made-up example articles (which have every part)."""
    per_run = max(1, -(-total // (len(styles) * len(seeds) * 2)))
    pages: list[GeneratedPage] = []
    for style in styles:
        for seed in seeds:
            for source in ("wikinews-2019", "wikinews-2020"):
                pages.extend(generate(style, seed=seed, pages=per_run, articles=source))
            # The made-up examples carry every part: decks, bylines, pull quotes, bios.
            pages.extend(generate(style, seed=seed, pages=3, articles="examples"))
    return pages


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 120
    print(len(benchmark_pages(n)), "pages")
