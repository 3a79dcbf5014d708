"""khabar's own errors: each names the input, what is wrong and what to do."""

from __future__ import annotations


class KhabarError(Exception):
    """Base of every error khabar raises on purpose; the CLI prints it on one line."""


class InputError(KhabarError):
    """An input that cannot be read or analysed."""

    def __init__(self, source: str, problem: str, hint: str = "") -> None:
        self.source = source
        self.problem = problem
        self.hint = hint
        message = f"{source}: {problem}"
        if hint:
            message += f" ({hint})"
        super().__init__(message)


class StoreError(KhabarError):
    """The store cannot be opened or written."""
