"""Near-duplicate detection: MinHash signatures of character shingles, banded for LSH.

An aggregator's copy of an article differs from the original by a line or two (its own
byline, a credit, a trimmed paragraph). Character shingles of the *normalised* text see
through spelling and diacritics; MinHash (datasketch) estimates their Jaccard similarity;
the signature is cut into bands (``b`` bands of ``r`` rows, chosen by datasketch's
:class:`~datasketch.MinHashLSH` for the threshold) whose hashes the store keeps in an
indexed table, so candidates are found on disk at any corpus size.
"""

from __future__ import annotations

import hashlib
from functools import cache

import numpy as np

from khabar.text.normalize import normalize_chars

NUM_PERM = 64
SHINGLE = 5
THRESHOLD = 0.7
SEED = 1


@cache
def bands(threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """``(b, r)``: the banding that datasketch's LSH picks for this threshold."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return lsh.b, lsh.r


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    """Character k-grams of the normalised text, white space collapsed."""
    norm = " ".join(normalize_chars(text).split())
    if len(norm) <= k:
        return {norm.encode("utf-8")}
    return {norm[i : i + k].encode("utf-8") for i in range(len(norm) - k + 1)}


def signature(text: str) -> np.ndarray:
    """MinHash signature (``NUM_PERM`` uint32 values) of the text's shingles."""
    from datasketch import MinHash

    mh = MinHash(num_perm=NUM_PERM, seed=SEED)
    mh.update_batch(list(shingles(text)))
    return mh.hashvalues.astype(np.uint32)


def band_keys(sig: np.ndarray, threshold: float = THRESHOLD) -> list[tuple[int, int]]:
    """``(band, key)`` pairs: two texts sharing one pair are candidates."""
    b, r = bands(threshold, len(sig))
    keys = []
    for band in range(b):
        digest = hashlib.blake2b(sig[band * r : (band + 1) * r].tobytes(), digest_size=8).digest()
        keys.append((band, int.from_bytes(digest, "little", signed=True)))
    return keys


def similarity(a: np.ndarray | bytes, b: np.ndarray | bytes) -> float:
    """Estimated Jaccard similarity of two signatures."""
    a = np.frombuffer(a, dtype=np.uint32) if isinstance(a, bytes) else a
    b = np.frombuffer(b, dtype=np.uint32) if isinstance(b, bytes) else b
    if len(a) != len(b):
        raise ValueError(f"signatures differ in length: {len(a)} and {len(b)}")
    return float(np.count_nonzero(a == b)) / len(a)
