"""Benchmarks run by hand (`python -m benchmarks.<name>`); they are not tests."""
