"""Near-duplicate text detection: MinHash signatures over word shingles, split into LSH bands.

A band is a run of signature values hashed to one 64-bit number; two texts that share any band
hash are candidates, and their estimated Jaccard similarity decides. With 128 permutations in
32 bands of 4, texts above ~0.5 similarity almost always share a band.
"""

import hashlib
import re

import numpy as np
from datasketch import MinHash

PERMUTATIONS = 128
BANDS = 32
ROWS = PERMUTATIONS // BANDS
SHINGLE_WORDS = 5
# Fixed so signatures stored today stay comparable with those computed tomorrow.
SEED = 20250601


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    words = re.findall(r"\w+", text.casefold())
    if len(words) < size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)}


def signature(text: str) -> np.ndarray:
    """The MinHash signature of a text, as PERMUTATIONS unsigned 64-bit integers."""
    minhash = MinHash(num_perm=PERMUTATIONS, seed=SEED)
    minhash.update_batch(list(shingles(text)))
    return minhash.hashvalues.astype(np.uint64)


def signature_to_bytes(values: np.ndarray) -> bytes:
    return values.astype("<u8").tobytes()


def signature_from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u8").astype(np.uint64)


def band_hashes(values: np.ndarray) -> list[int]:
    """One signed 64-bit hash per band (signed so it fits a database bigint)."""
    hashes = []
    for band in range(BANDS):
        chunk = values[band * ROWS : (band + 1) * ROWS].astype("<u8").tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8, person=b"dt-band").digest()
        hashes.append(int.from_bytes(digest, "little", signed=True))
    return hashes


def similarity(first: np.ndarray, second: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets."""
    return float(np.count_nonzero(first == second)) / len(first)
