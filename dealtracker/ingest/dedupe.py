"""Finding the first copy of a syndicated or republished story among stored articles."""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django.db.models import Q

from dealtracker.deals.models import Article
from dealtracker.ingest.models import ArticleFingerprint, ArticleFingerprintBand
from dealtracker.lib import minhash


@transaction.atomic
def article_fingerprint(*, article: Article) -> ArticleFingerprint:
    """Store the article's MinHash signature and bands; storing it twice changes nothing."""
    existing = ArticleFingerprint.objects.filter(article=article).first()
    if existing:
        return existing
    values = minhash.signature(f"{article.title}\n{article.text}")
    fingerprint = ArticleFingerprint.objects.create(
        article=article, signature=minhash.signature_to_bytes(values)
    )
    ArticleFingerprintBand.objects.bulk_create(
        ArticleFingerprintBand(fingerprint=fingerprint, band=band, hash=value)
        for band, value in enumerate(minhash.band_hashes(values))
    )
    return fingerprint


def article_find_original(*, article: Article) -> Article | None:
    """The earliest other article whose text is nearly the same, or None.

    1. Candidates share at least one LSH band with the article's fingerprint.
    2. Their estimated Jaccard similarity must reach INGEST_NEAR_DUPLICATE_SIMILARITY.
    3. The earliest stored one wins; if it is itself a copy, its original is returned.
    """
    fingerprint = article_fingerprint(article=article)
    values = minhash.signature_from_bytes(bytes(fingerprint.signature))
    same_band = Q()
    for band, value in enumerate(minhash.band_hashes(values)):
        same_band |= Q(band=band, hash=value)
    candidate_ids = (
        ArticleFingerprintBand.objects.filter(same_band)
        .exclude(fingerprint=fingerprint)
        .values_list("fingerprint_id", flat=True)
        .distinct()
    )
    threshold = settings.INGEST_NEAR_DUPLICATE_SIMILARITY
    originals = []
    for candidate in ArticleFingerprint.objects.filter(id__in=candidate_ids).select_related(
        "article"
    ):
        other = minhash.signature_from_bytes(bytes(candidate.signature))
        if minhash.similarity(values, other) >= threshold:
            originals.append(candidate.article)
    earlier = [a for a in originals if (a.created_at, a.pk) < (article.created_at, article.pk)]
    if not earlier:
        return None
    original = min(earlier, key=lambda a: (a.created_at, a.pk))
    return original.duplicate_of or original
