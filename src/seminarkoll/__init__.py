"""Seminarkoll: plan, run and follow up leadership-development seminar series."""

__version__ = "0.1.0"
