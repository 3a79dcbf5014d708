"""Shared fixtures. Tests that need ``../shared`` (examples, gold) skip when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KHABAR_SHARED", ROOT.parent / "shared"))
SAMPLE = ROOT / "src" / "khabar" / "data" / "sample" / "putin-biden-call.txt"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not available")
    return SHARED


@pytest.fixture(scope="session")
def example_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def example_doc(example_text):
    from khabar.pipeline import analyze

    return analyze(example_text, id="putin-biden-call", date="2021-12-31")
