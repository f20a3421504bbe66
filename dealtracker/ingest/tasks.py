"""Celery tasks: thin wrappers that load ids and call one service each (see services.py).

Every task is safe to run twice: the services claim their rows with compare-and-set updates,
and acks are late (settings), so a killed worker's message is delivered again.
"""

from celery import shared_task

from dealtracker.ingest.fetch import TransientFetchError

FETCH_MAX_RETRIES = 4


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

    feed = Feed.objects.filter(pk=feed_id, is_active=True).first()
    if feed is not None:
        services.feed_poll(feed=feed)


# Only transient failures come back here (timeouts, 5xx, 429); anything else fails the item
# at once with its reason. The fetcher has already retried quickly; these retries wait longer.
@shared_task(
    bind=True,
    ignore_result=True,
    autoretry_for=(TransientFetchError,),
    max_retries=FETCH_MAX_RETRIES,
    retry_backoff=30,
    retry_backoff_max=1800,
    retry_jitter=True,
)
def item_fetch_task(self, item_id: int) -> None:
    from dealtracker.ingest import services

    last_try = self.request.retries >= FETCH_MAX_RETRIES
    if services.item_fetch(item_id=item_id, retry_transient=not last_try):
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


@shared_task(ignore_result=True)
def article_reclassify_task(article_id: int) -> None:
    from dealtracker.deals.models import Article
    from dealtracker.ingest import services

    services.articles_reclassify(articles=Article.objects.filter(pk=article_id))
