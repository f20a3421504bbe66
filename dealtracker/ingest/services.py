"""The ingestion pipeline: poll feeds, fetch and extract articles, de-duplicate, classify.

Each step is a plain function on ids or rows. Celery tasks (tasks.py) and the `ingest`
command call the same functions; only how the next step is started differs (`inline`).
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from dataclasses import asdict, dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from dealtracker.deals import services as deals_services
from dealtracker.deals.models import Article
from dealtracker.ingest import dedupe, feeds
from dealtracker.ingest.extract import ExtractionFailed, extract_article
from dealtracker.ingest.fetch import (
    Fetcher,
    FetchError,
    FetchKind,
    FetchPolicy,
    TransientFetchError,
)
from dealtracker.ingest.models import (
    ArticleClassification,
    Feed,
    IngestFailure,
    IngestItem,
    IngestRun,
)
from dealtracker.lib.urls import NotAWebAddress, canonical_url

logger = logging.getLogger(__name__)

Status = IngestItem.Status


def fetch_policy() -> FetchPolicy:
    return FetchPolicy(
        user_agent=settings.INGEST_USER_AGENT,
        connect_timeout=settings.INGEST_CONNECT_TIMEOUT,
        read_timeout=settings.INGEST_READ_TIMEOUT,
        total_timeout=settings.INGEST_TOTAL_TIMEOUT,
        max_bytes=settings.INGEST_MAX_BYTES,
        retries=settings.INGEST_FETCH_RETRIES,
        backoff_seconds=settings.INGEST_FETCH_BACKOFF_SECONDS,
        politeness_delay=settings.INGEST_POLITENESS_DELAY,
        allow_private=settings.DEALTRACKER_ALLOW_PRIVATE_URLS,
        respect_robots=settings.INGEST_RESPECT_ROBOTS,
    )


@functools.lru_cache(maxsize=4)
def _fetcher_for(policy: FetchPolicy) -> Fetcher:
    return Fetcher(policy)


def fetcher() -> Fetcher:
    """This process's fetcher: it keeps robots.txt and per-host timing between tasks."""
    return _fetcher_for(fetch_policy())


# Runs and failures ---------------------------------------------------------------------------


def run_record_failure(*, run: IngestRun, url: str, reason: str) -> IngestFailure:
    IngestRun.objects.filter(pk=run.pk).update(failed_count=F("failed_count") + 1)
    return IngestFailure.objects.create(run=run, url=url[:1000], reason=reason[:1000])


def _unexpected(exc: Exception) -> str:
    """The reason recorded for a failure nobody foresaw (the traceback goes to the log)."""
    return f"unexpected error: {type(exc).__name__}: {exc}"


def _run_count(run_id: int, field: str) -> None:
    IngestRun.objects.filter(pk=run_id).update(**{field: F(field) + 1})


def _run_finish(run: IngestRun, *, outcome: str, error: str = "") -> IngestRun:
    run.outcome = outcome
    run.error = error[:1000]
    run.finished_at = timezone.now()
    run.save(update_fields=["outcome", "error", "finished_at"])
    run.refresh_from_db()
    return run


# Submitting one URL --------------------------------------------------------------------------


@dataclass(frozen=True)
class SubmitResult:
    run: IngestRun
    item: IngestItem | None
    created: bool


def url_submit(*, url: str, trigger: str = IngestRun.Trigger.COMMAND) -> SubmitResult:
    """Run one URL through the whole pipeline in this process ("add this article").

    A URL seen before is not fetched again unless it failed last time.
    """
    run = IngestRun.objects.create(source_url=url[:1000], trigger=trigger)
    try:
        canonical = canonical_url(url)
    except NotAWebAddress as exc:
        run_record_failure(run=run, url=url, reason=str(exc))
        finished = _run_finish(run, outcome=IngestRun.Outcome.FAILED)
        return SubmitResult(run=finished, item=None, created=False)
    _run_count(run.pk, "found_count")
    item, created = IngestItem.objects.get_or_create(url=canonical, defaults={"run": run})
    if not created and item.status == Status.FAILED:
        # An editor asking again is the retry for a URL that failed.
        IngestItem.objects.filter(pk=item.pk, status=Status.FAILED).update(
            status=Status.QUEUED, run=run, failure_reason="", status_changed_at=timezone.now()
        )
        created = True
    if created:
        _run_count(run.pk, "new_count")
        item_process_inline(item_id=item.pk, retry_transient=False)
    else:
        _run_count(run.pk, "duplicate_count")
    item.refresh_from_db()
    run.refresh_from_db()
    failed = item.status == Status.FAILED
    outcome = IngestRun.Outcome.FAILED if failed else IngestRun.Outcome.FINISHED
    return SubmitResult(run=_run_finish(run, outcome=outcome), item=item, created=created)


def item_process_inline(*, item_id: int, retry_transient: bool) -> None:
    """Fetch and classify one item in this process, as the embedded default and commands do."""
    if item_fetch(item_id=item_id, retry_transient=retry_transient):
        item_classify(item_id=item_id)


# Feeds ---------------------------------------------------------------------------------------


def feeds_claim_due(*, now: dt.datetime | None = None) -> list[int]:
    """Claim the active feeds whose poll is due; return their ids.

    The claim moves `next_poll_at` forward with a compare-and-set update, so two beat ticks
    (or two beat processes) never enqueue the same feed twice.
    """
    now = now or timezone.now()
    claimed = []
    due = Feed.objects.filter(is_active=True, next_poll_at__lte=now).values_list(
        "pk", "next_poll_at", "interval"
    )
    for pk, next_poll_at, interval in due:
        won = Feed.objects.filter(pk=pk, next_poll_at=next_poll_at).update(
            next_poll_at=now + interval
        )
        if won:
            claimed.append(pk)
    return claimed


def feed_source_url(feed: Feed) -> str:
    if feed.kind == Feed.Kind.GDELT:
        return feeds.gdelt_request_url(settings.INGEST_GDELT_ENDPOINT, feed.query)
    return feed.url


def feed_poll(
    *, feed: Feed, trigger: str = IngestRun.Trigger.SCHEDULE, inline: bool = False
) -> IngestRun:
    """Fetch a feed, queue each URL it lists that we have not seen, and log the run.

    With `inline` the new items are fetched and classified here and now; otherwise each is
    handed to a worker once this transaction commits.
    """
    source = feed_source_url(feed)
    run = IngestRun.objects.create(feed=feed, source_url=source[:1000], trigger=trigger)
    try:
        return _feed_poll_run(feed=feed, run=run, source=source, inline=inline)
    except Exception as exc:
        # Whatever went wrong, the run is settled and the feed backed off, never left running.
        logger.exception("Polling feed %s (%s) failed unexpectedly", feed.slug, source)
        reason = _unexpected(exc)
        run_record_failure(run=run, url=source, reason=reason)
        _feed_failed(feed, reason)
        return _run_finish(run, outcome=IngestRun.Outcome.FAILED, error=reason)


def _feed_poll_run(*, feed: Feed, run: IngestRun, source: str, inline: bool) -> IngestRun:
    kind = FetchKind.JSON if feed.kind == Feed.Kind.GDELT else FetchKind.FEED
    try:
        response = fetcher().fetch(
            source, kind=kind, etag=feed.etag, last_modified=feed.last_modified
        )
        if response.not_modified:
            _feed_succeeded(feed)
            return _run_finish(run, outcome=IngestRun.Outcome.NOT_MODIFIED)
        if feed.kind == Feed.Kind.GDELT:
            entries = feeds.parse_gdelt(response.text)
        else:
            entries = feeds.parse_rss(response.body)
    except (FetchError, feeds.FeedUnreadable) as exc:
        run_record_failure(run=run, url=source, reason=exc.reason)
        _feed_failed(feed, exc.reason)
        return _run_finish(run, outcome=IngestRun.Outcome.FAILED, error=exc.reason)
    feed.etag, feed.last_modified = response.etag[:500], response.last_modified[:100]
    _feed_succeeded(feed)
    new_ids = _queue_entries(run, entries)
    for item_id in new_ids:
        if inline:
            item_process_inline(item_id=item_id, retry_transient=False)
        else:
            _enqueue_fetch(item_id)
    return _run_finish(run, outcome=IngestRun.Outcome.FINISHED)


def _queue_entries(run: IngestRun, entries: list[feeds.FeedEntry]) -> list[int]:
    new_ids = []
    seen_in_this_feed: set[str] = set()
    for entry in entries:
        try:
            url = canonical_url(entry.url)
        except NotAWebAddress as exc:
            run_record_failure(run=run, url=entry.url, reason=str(exc))
            continue
        if url in seen_in_this_feed:
            continue
        seen_in_this_feed.add(url)
        _run_count(run.pk, "found_count")
        item, created = IngestItem.objects.get_or_create(
            url=url, defaults={"run": run, "feed_title": entry.title}
        )
        if created:
            _run_count(run.pk, "new_count")
            new_ids.append(item.pk)
        else:
            _run_count(run.pk, "duplicate_count")
    return new_ids


def _enqueue_fetch(item_id: int) -> None:
    from dealtracker.ingest.tasks import item_fetch_task

    item_fetch_task.delay_on_commit(item_id)


def _feed_succeeded(feed: Feed) -> None:
    feed.consecutive_failures = 0
    feed.last_error = ""
    feed.last_polled_at = timezone.now()
    feed.save(
        update_fields=[
            "consecutive_failures",
            "last_error",
            "last_polled_at",
            "etag",
            "last_modified",
        ]
    )


def _feed_failed(feed: Feed, reason: str) -> None:
    # A feed failing again and again is asked less and less often, up to once a day.
    feed.consecutive_failures += 1
    feed.last_error = reason[:1000]
    feed.last_polled_at = timezone.now()
    feed.next_poll_at = feed.last_polled_at + feed.backoff_delay()
    feed.save(
        update_fields=["consecutive_failures", "last_error", "last_polled_at", "next_poll_at"]
    )


def feed_get_or_create_by_url(*, url: str) -> tuple[Feed, bool]:
    """The feed at this address, created (inactive, named after its host) when new."""
    canonical = canonical_url(url)
    existing = Feed.objects.filter(Q(url=canonical) | Q(url=url)).first()
    if existing:
        return existing, False
    host = canonical.split("/")[2]
    base = host.replace(".", "-").replace(":", "-")[:80]
    slug, n = base, 1
    while Feed.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    feed = Feed(name=host, slug=slug, kind=Feed.Kind.RSS, url=canonical)
    feed.full_clean()
    feed.save()
    return feed, True


# Items: fetch --------------------------------------------------------------------------------


def _claim(item_id: int, *, from_status: str, to_status: str) -> bool:
    return bool(
        IngestItem.objects.filter(pk=item_id, status=from_status).update(
            status=to_status, status_changed_at=timezone.now(), attempts=F("attempts") + 1
        )
    )


def _item_fail(item: IngestItem, reason: str) -> None:
    # One transaction: nobody sees a failed item whose failure the run does not list yet.
    with transaction.atomic():
        IngestItem.objects.filter(pk=item.pk).update(
            status=Status.FAILED, failure_reason=reason[:1000], status_changed_at=timezone.now()
        )
        run_record_failure(run=item.run, url=item.url, reason=reason)


def item_fetch(*, item_id: int, retry_transient: bool) -> bool:
    """Fetch, extract and store one queued item's article; True when it needs classifying.

    1. Claim the item (QUEUED → FETCHING); if someone else has it, stop.
    2. Fetch the page and extract its text. A transient failure either hands the item back
       (QUEUED) and re-raises for the caller to retry later, or fails it for good.
    3. Store the article through deals.services, fingerprint it, and link it to the first
       copy when it is a near-duplicate (DUPLICATE); otherwise it is FETCHED.
    """
    if not _claim(item_id, from_status=Status.QUEUED, to_status=Status.FETCHING):
        return False
    item = IngestItem.objects.select_related("run").get(pk=item_id)
    try:
        return _item_fetch_claimed(item, retry_transient=retry_transient)
    except TransientFetchError:
        raise  # handed back (QUEUED) for the caller's retry
    except Exception as exc:
        # Nothing may leave an item claimed (FETCHING): it fails with the reason, for good.
        logger.exception("Fetching item %s (%s) failed unexpectedly", item.pk, item.url)
        _item_fail(item, _unexpected(exc))
        return False


def _item_fetch_claimed(item: IngestItem, *, retry_transient: bool) -> bool:
    item_id = item.pk
    try:
        response = fetcher().fetch(item.url, kind=FetchKind.PAGE)
        extracted = extract_article(response.text, url=response.url)
    except TransientFetchError as exc:
        if retry_transient:
            IngestItem.objects.filter(pk=item_id, status=Status.FETCHING).update(
                status=Status.QUEUED, failure_reason=exc.reason[:1000]
            )
            raise
        _item_fail(item, exc.reason)
        return False
    except (FetchError, ExtractionFailed) as exc:
        _item_fail(item, exc.reason)
        return False
    with transaction.atomic():
        article, _ = deals_services.article_create_or_update(
            url=item.url,
            outlet=extracted.outlet,
            title=extracted.title or item.feed_title,
            published=extracted.published,
            language=extracted.language,
            text=extracted.text,
            author=extracted.author,
        )
        original = dedupe.article_find_original(article=article)
        if original is not None:
            deals_services.article_mark_duplicate(article=article, original=original)
            _corroborate(article=article, original=original)
        status = Status.DUPLICATE if original is not None else Status.FETCHED
        IngestItem.objects.filter(pk=item_id, status=Status.FETCHING).update(
            status=status, article=article, status_changed_at=timezone.now(), failure_reason=""
        )
        if original is not None:
            _run_count(item.run_id, "duplicate_count")
    return original is None


def _corroborate(*, article: Article, original: Article) -> None:
    """A copy of a story supports whatever agreements its original supports."""
    for evidence in original.evidence.select_related("agreement"):
        deals_services.evidence_add(
            agreement=evidence.agreement,
            article=article,
            note=f"Republished copy of {original.url}"[:500],
        )


# Items: classify -----------------------------------------------------------------------------


def item_classify(*, item_id: int) -> bool:
    """Classify a fetched item's article and propose what to do with it; True if relevant."""
    if not _claim(item_id, from_status=Status.FETCHED, to_status=Status.CLASSIFYING):
        return False
    item = IngestItem.objects.select_related("article", "run").get(pk=item_id)
    try:
        return _item_classify_claimed(item)
    except Exception as exc:
        # Nothing may leave an item claimed (CLASSIFYING): it fails with the reason.
        logger.exception("Classifying item %s (%s) failed unexpectedly", item.pk, item.url)
        _item_fail(item, f"classification failed: {_unexpected(exc)}")
        return False


def _item_classify_claimed(item: IngestItem) -> bool:
    from dealtracker.ingest import proposals

    item_id = item.pk
    with transaction.atomic():
        classification = article_classify(article=item.article)
        if classification.is_relevant:
            proposals.proposal_for_article(article=item.article, classification=classification)
            _run_count(item.run_id, "relevant_count")
        IngestItem.objects.filter(pk=item_id, status=Status.CLASSIFYING).update(
            status=Status.DONE,
            is_relevant=classification.is_relevant,
            status_changed_at=timezone.now(),
        )
    return classification.is_relevant


def article_classify(*, article: Article, force: bool = False) -> ArticleClassification:
    """Run the classifier on an article and store its answer with the model version.

    An answer from the current model version is kept as it is unless `force` is given.
    """
    from dealtracker.ingest import classification as classifier

    version = classifier.current_model_version()
    stored = ArticleClassification.objects.filter(article=article).first()
    if stored and stored.model_version == version and not force:
        return stored
    result = classifier.classify_article(article)
    output = classification_to_json(result)
    stored, _ = ArticleClassification.objects.update_or_create(
        article=article,
        defaults={
            "model_version": result.model_version or version,
            "label": result.label,
            "is_relevant": result.is_deal,
            "confidence": float(result.confidence),
            "output": output,
            "classified_at": timezone.now(),
        },
    )
    return stored


def classification_to_json(result) -> dict:
    """The classifier's dataclass as plain JSON (Decimals and dates become strings)."""

    def plain(value):
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [plain(v) for v in value]
        if isinstance(value, str | int | float | bool) or value is None:
            return value
        return str(value)

    return plain(asdict(result))


def articles_reclassify(*, articles, force: bool = True) -> dict[str, int]:
    """Classify the given articles again (after a new model); propose where newly relevant.

    Decided proposals are left alone; a pending one is refreshed with the new answer.
    """
    from dealtracker.ingest import proposals

    counts = {"classified": 0, "relevant": 0, "proposals_created": 0}
    for article in articles:
        with transaction.atomic():
            stored = article_classify(article=article, force=force)
            counts["classified"] += 1
            if stored.is_relevant:
                counts["relevant"] += 1
                _, created = proposals.proposal_for_article(
                    article=article, classification=stored, refresh_pending=True
                )
                counts["proposals_created"] += created
    return counts


# Reconciling ---------------------------------------------------------------------------------


def items_reconcile(*, now: dt.datetime | None = None) -> dict[str, list[int]]:
    """Hand back items stuck mid-way (a killed worker, a lost message) and re-queue them.

    Items claimed (FETCHING, CLASSIFYING) for longer than INGEST_STUCK_AFTER_MINUTES go back
    to the step before; items waiting (QUEUED, FETCHED) that long are enqueued again. The
    claims make a duplicate delivery harmless.
    """
    now = now or timezone.now()
    stale = now - dt.timedelta(minutes=settings.INGEST_STUCK_AFTER_MINUTES)
    for claimed, waiting in (
        (Status.FETCHING, Status.QUEUED),
        (Status.CLASSIFYING, Status.FETCHED),
    ):
        IngestItem.objects.filter(status=claimed, status_changed_at__lt=stale).update(
            status=waiting, status_changed_at=now
        )
    from dealtracker.ingest.tasks import item_classify_task, item_fetch_task

    requeued: dict[str, list[int]] = {"fetch": [], "classify": []}
    for status, task, key in (
        (Status.QUEUED, item_fetch_task, "fetch"),
        (Status.FETCHED, item_classify_task, "classify"),
    ):
        waiting = IngestItem.objects.filter(
            Q(status_changed_at__lt=stale) | Q(status_changed_at=now), status=status
        )
        item_ids = list(waiting.values_list("pk", flat=True))
        # Restarting the clock keeps a stopped worker from collecting one message per tick.
        IngestItem.objects.filter(pk__in=item_ids, status=status).update(status_changed_at=now)
        for item_id in item_ids:
            task.delay_on_commit(item_id)
        requeued[key] = item_ids
    return requeued
