"""Run the benchmarks: `python -m bench` (all) or `python -m bench dump pdf quotes …`.

Each benchmark is a module of this package with ``main() -> int``; each prints
its own table with ratios against a baseline measured in the same run.
"""

from __future__ import annotations

import importlib
import sys
import time

#: In the order a reader of the results wants them: layout first, then NLP, then store and web.
BENCHMARKS = ("dump", "pdf", "ocr", "alto_grouping", "quotes", "events", "store", "web")


def main(argv: list[str]) -> int:
    names = argv or list(BENCHMARKS)
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
        return 2
    failures = 0
    for name in names:
        print(f"\n=== bench.{name} ===", flush=True)
        started = time.perf_counter()
        try:
            module = importlib.import_module(f"bench.{name}")
        except ModuleNotFoundError as exc:
            print(f"(not available: {exc})")
            failures += 1
            continue
        status = module.main([]) if _takes_argv(module.main) else module.main()
        failures += status != 0
        print(f"(bench.{name}: {time.perf_counter() - started:.0f} s)", flush=True)
    return 1 if failures else 0


def _takes_argv(func: object) -> bool:
    import inspect

    return bool(inspect.signature(func).parameters)  # type: ignore[arg-type]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
