"""A real Celery worker against the real Redis: routing, retries, on-commit enqueueing.

The worker runs in a thread of this process (celery.contrib.testing.worker), consumes a queue
named for this test run only, and talks to the test database through committed transactions.
"""

import time
import uuid

import pytest
import redis
from celery.contrib.testing.worker import start_worker
from django.conf import settings as django_settings
from django.db import transaction
from werkzeug import Response

from dealtracker.celery import app
from dealtracker.deals.models import Agreement, Article
from dealtracker.ingest import proposals
from dealtracker.ingest.models import Feed, IngestItem, IngestRun, Proposal
from dealtracker.ingest.tasks import feed_poll_task, feeds_claim_due_task

pytestmark = [
    # The flush after each test empties every table; post_migrate then restores the countries.
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        not django_settings.REDIS_URL, reason="needs REDIS_URL: the worker tests use real Redis"
    ),
]

TERMINAL = {IngestItem.Status.DONE, IngestItem.Status.DUPLICATE, IngestItem.Status.FAILED}


def reset_router() -> None:
    # Celery builds its router once; a new route table needs a new router.
    app.amqp.flush_routes()
    app.amqp.__dict__.pop("router", None)


@pytest.fixture
def queue_name():
    """A queue of this run's own, so parallel runs on one Redis never take each other's tasks."""
    name = f"dealtracker-test-{uuid.uuid4().hex[:10]}"
    previous = (app.conf.task_default_queue, app.conf.task_always_eager, app.conf.task_routes)
    app.conf.task_always_eager = False
    app.conf.task_routes = {"dealtracker.ingest.tasks.*": {"queue": name}}
    reset_router()
    yield name
    app.conf.task_default_queue, app.conf.task_always_eager, app.conf.task_routes = previous
    reset_router()
    redis.Redis.from_url(django_settings.REDIS_URL).delete(name)


@pytest.fixture
def worker(queue_name, settings):
    settings.INGEST_TASK_RETRY_BACKOFF_SECONDS = 0.2
    settings.INGEST_TASK_MAX_RETRIES = 2
    with start_worker(
        app, pool="solo", concurrency=1, perform_ping_check=False, queues=[queue_name],
        shutdown_timeout=30,
    ) as running:  # fmt: skip
        yield running


def wait_until(condition, timeout=30.0, what="the worker"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    states = list(IngestItem.objects.values_list("url", "status", "failure_reason"))
    raise AssertionError(f"timed out waiting for {what}: {states}")


def all_items_settled(expected: int):
    def check():
        items = IngestItem.objects.all()
        return items.count() >= expected and all(i.status in TERMINAL for i in items)

    return check


def test_a_worker_polls_due_feeds_and_fills_the_review_queue(site, worker):
    site.serve_pages()
    site.serve_feeds()
    feed = Feed.objects.create(
        name="Defence Desk", slug="desk", url=site.url("/feeds/defence-desk.rss"), is_active=True
    )
    feeds_claim_due_task.delay()
    wait_until(all_items_settled(3), what="three articles to be classified")
    assert Article.objects.count() == 3
    assert all(hasattr(a, "classification") for a in Article.objects.all())
    assert Proposal.objects.filter(state=Proposal.State.PENDING).count() == 2

    jv = Proposal.objects.get(article__url=site.url("/2025/03/baykar-leonardo-joint-venture"))
    agreement = proposals.proposal_accept(proposal=jv, editor=None)
    assert {p.company.name for p in agreement.parties.all()} == {"Baykar", "Leonardo"}

    feed_poll_task.delay(feed.pk)
    wait_until(lambda: IngestRun.objects.filter(feed=feed).exclude(outcome="running").count() == 2)
    second = IngestRun.objects.filter(feed=feed).first()
    assert (second.new_count, second.duplicate_count) == (0, 3)
    assert Article.objects.count() == 3
    assert Proposal.objects.count() == 2
    assert Agreement.objects.count() == 1


def test_each_hostile_case_is_recorded_with_a_reason_and_the_worker_survives(
    site, worker, settings
):
    settings.INGEST_FETCH_RETRIES = 0  # so the 500 is retried by Celery, not by the fetcher
    settings.INGEST_MAX_BYTES = 50_000
    site.serve_pages()

    def slow(request):
        time.sleep(1.5)
        return Response("<html></html>", content_type="text/html")

    server = site.server
    server.expect_request("/hostile/slow").respond_with_handler(slow)
    server.expect_oneshot_request("/2025/03/baykar-leonardo-joint-venture").respond_with_data(
        "busy", status=500
    )
    server.expect_request("/hostile/big").respond_with_data("x" * 60_000, content_type="text/html")
    server.expect_request("/hostile/report.pdf").respond_with_data(
        b"%PDF-1.7", content_type="application/pdf"
    )
    server.expect_request("/hostile/loop").respond_with_data(
        "", status=302, headers={"Location": "/hostile/loop"}
    )
    site.serve("/feeds/hostile.rss", "feeds/hostile.rss", "application/rss+xml")
    site.serve("/feeds/broken.rss", "feeds/malformed.rss", "application/rss+xml")
    hostile = Feed.objects.create(
        name="Hostile", slug="hostile", url=site.url("/feeds/hostile.rss")
    )
    broken = Feed.objects.create(name="Broken", slug="broken", url=site.url("/feeds/broken.rss"))

    feed_poll_task.delay(hostile.pk)
    feed_poll_task.delay(broken.pk)
    wait_until(all_items_settled(5), timeout=45, what="the hostile feed's articles")

    reasons = {
        i.url.rsplit("/", 1)[-1]: (i.status, i.failure_reason) for i in IngestItem.objects.all()
    }
    assert "timed out" in reasons["slow"][1]
    assert reasons["baykar-leonardo-joint-venture"][0] == IngestItem.Status.DONE
    assert "limit" in reasons["big"][1]
    assert "application/pdf" in reasons["report.pdf"][1]
    assert "redirect loop" in reasons["loop"][1]
    failures = set(IngestRun.objects.get(feed=hostile).failures.values_list("reason", flat=True))
    assert len(failures) == 4
    broken_run = IngestRun.objects.get(feed=broken)
    assert broken_run.outcome == IngestRun.Outcome.FAILED
    assert "malformed feed" in broken_run.failures.get().reason

    # Private addresses are refused by default; the worker is still there to say so.
    settings.DEALTRACKER_ALLOW_PRIVATE_URLS = False
    feed_poll_task.delay(hostile.pk)
    wait_until(lambda: IngestRun.objects.filter(feed=hostile).count() == 2)
    wait_until(lambda: IngestRun.objects.filter(feed=hostile).first().outcome != "running")
    refused = IngestRun.objects.filter(feed=hostile).first()
    assert refused.outcome == IngestRun.Outcome.FAILED
    assert "loopback address 127.0.0.1" in refused.error


def test_a_task_enqueued_in_a_transaction_is_sent_only_after_commit(queue_name):
    connection = redis.Redis.from_url(django_settings.REDIS_URL)
    feed = Feed.objects.create(name="Desk", slug="desk", url="https://news.example/feed")
    with transaction.atomic():
        feed_poll_task.delay_on_commit(feed.pk)
        assert connection.llen(queue_name) == 0
    assert connection.llen(queue_name) == 1
