"""Scoring khabar against gold data (``khabar eval``).

Each module scores one kind of gold and exposes ``evaluate(path, **options) -> dict`` (the
figures, JSON-ready) and ``report(figures) -> str`` (a readable table).
"""
