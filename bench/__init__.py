"""Benchmarks and evaluations: `make bench` (or `python -m bench [NAME...]`) runs them all."""
