"""Celery tasks: thin wrappers that load ids and call one service each (see services.py).

Every task is safe to run twice: the services claim their rows with compare-and-set updates,
and acks are late (settings), so a killed worker's message is delivered again.
"""

import random

from celery import shared_task
from django.conf import settings

from dealtracker.ingest.fetch import TransientFetchError


@shared_task(ignore_result=True, expires=50)
def feeds_claim_due_task() -> None:
    """Every minute: claim the feeds whose poll is due and enqueue one poll each."""
    from dealtracker.ingest import services

    for feed_id in services.feeds_claim_due():
        feed_poll_task.delay(feed_id)


@shared_task(ignore_result=True)
def feed_poll_task(feed_id: int) -> None:
    from dealtracker.ingest import services
    from dealtracker.ingest.models import Feed

    # Inactive feeds too: the beat only claims active ones, and "Poll now" is an explicit ask.
    feed = Feed.objects.filter(pk=feed_id).first()
    if feed is not None:
        services.feed_poll(feed=feed)


def retry_countdown(retries: int) -> float:
    """Exponential backoff with full jitter: up to base, 2×base, 4×base… capped at 30 minutes."""
    ceiling = min(settings.INGEST_TASK_RETRY_BACKOFF_SECONDS * 2**retries, 1800)
    return random.uniform(ceiling / 2, ceiling)


# Only transient failures (timeouts, 5xx, 429) are retried here, after the fetcher's own quick
# retries; anything else has already failed the item with its reason. The backoff and the
# number of tries come from settings at run time, so operators (and tests) can change them.
@shared_task(bind=True, ignore_result=True)
def item_fetch_task(self, item_id: int) -> None:
    from dealtracker.ingest import services

    last_try = self.request.retries >= settings.INGEST_TASK_MAX_RETRIES
    try:
        fetched = services.item_fetch(item_id=item_id, retry_transient=not last_try)
    except TransientFetchError as exc:
        raise self.retry(
            exc=exc,
            countdown=retry_countdown(self.request.retries),
            max_retries=settings.INGEST_TASK_MAX_RETRIES,
        ) from exc
    if fetched:
        item_classify_task.delay_on_commit(item_id)


@shared_task(ignore_result=True)
def item_classify_task(item_id: int) -> None:
    from dealtracker.ingest import services

    services.item_classify(item_id=item_id)


@shared_task(ignore_result=True, expires=240)
def items_reconcile_task() -> None:
    """Every five minutes: re-queue items stuck mid-way (lost messages, killed workers)."""
    from dealtracker.ingest import services

    services.items_reconcile()
