"""Benchmarks (`make bench`) and quality evaluation (`make eval`). Not tests: they print figures."""
