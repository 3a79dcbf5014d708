"""The server's limits, in one object the CLI fills from its flags."""

from __future__ import annotations

from dataclasses import dataclass

from khabar.pipeline import MAX_CHARS_DEFAULT


@dataclass(frozen=True)
class Settings:
    """Limits that keep one client from tying up the server.

    ``max_article_chars`` bounds what ``POST /api/analyze`` will analyse; ``max_body_bytes``
    bounds any request body (checked before it is read in full); ``rate_limit`` is the
    number of API requests one client address may make per ``rate_window`` seconds
    (0 turns the limit off).
    """

    max_article_chars: int = 200_000
    max_body_bytes: int = 1_000_000
    rate_limit: int = 600
    rate_window: float = 60.0

    def __post_init__(self) -> None:
        if not 0 < self.max_article_chars <= MAX_CHARS_DEFAULT:
            raise ValueError(f"max_article_chars must be between 1 and {MAX_CHARS_DEFAULT:,}")
        if self.max_body_bytes <= 0:
            raise ValueError("max_body_bytes must be positive")
        if self.rate_limit < 0 or self.rate_window <= 0:
            raise ValueError("rate_limit must be 0 or more and rate_window positive")
