"""Task bodies called directly: claims, the due-feed beat, the reconciler, the task names."""

import datetime as dt

import pytest
from django.utils import timezone

from dealtracker.celery import app
from dealtracker.ingest import services
from dealtracker.ingest.models import ArticleClassification, Feed, IngestItem, IngestRun
from dealtracker.ingest.tasks import item_classify_task, item_fetch_task

pytestmark = pytest.mark.django_db

JV = "/2025/03/baykar-leonardo-joint-venture"


def test_the_registered_task_names_do_not_change_by_accident():
    app.loader.import_default_modules()
    names = sorted(name for name in app.tasks if name.startswith("dealtracker.ingest."))
    assert names == [
        "dealtracker.ingest.tasks.feed_poll_task",
        "dealtracker.ingest.tasks.feeds_claim_due_task",
        "dealtracker.ingest.tasks.item_classify_task",
        "dealtracker.ingest.tasks.item_fetch_task",
        "dealtracker.ingest.tasks.items_reconcile_task",
    ]


def test_the_beat_schedule_runs_the_ingestion_tasks():
    schedule = {entry["task"] for entry in app.conf.beat_schedule.values()}
    assert "dealtracker.ingest.tasks.feeds_claim_due_task" in schedule
    assert "dealtracker.ingest.tasks.items_reconcile_task" in schedule


def test_tasks_are_acknowledged_late_and_serialised_as_json():
    assert app.conf.task_acks_late
    assert app.conf.task_reject_on_worker_lost
    assert app.conf.task_serializer == "json"


def make_feed(**fields) -> Feed:
    defaults = {
        "name": "Desk",
        "slug": "desk",
        "url": "https://news.example/feed",
        "is_active": True,
    }
    return Feed.objects.create(**{**defaults, **fields})


def test_it_claims_only_active_feeds_that_are_due():
    now = timezone.now()
    due = make_feed(next_poll_at=now - dt.timedelta(minutes=1))
    make_feed(slug="later", url="https://b.example/f", next_poll_at=now + dt.timedelta(minutes=5))
    make_feed(slug="off", url="https://c.example/f", is_active=False, next_poll_at=now)
    assert services.feeds_claim_due(now=now) == [due.pk]
    due.refresh_from_db()
    assert due.next_poll_at == now + due.interval


def test_claiming_twice_claims_a_feed_once():
    now = timezone.now()
    make_feed(next_poll_at=now - dt.timedelta(minutes=1))
    assert len(services.feeds_claim_due(now=now)) == 1
    assert services.feeds_claim_due(now=now) == []


def queued_item(site, path=JV) -> IngestItem:
    run = IngestRun.objects.create(source_url="test", trigger=IngestRun.Trigger.COMMAND)
    return IngestItem.objects.create(url=site.url(path), run=run)


def test_running_the_fetch_task_twice_fetches_once(site, django_capture_on_commit_callbacks):
    site.serve_pages()
    item = queued_item(site)
    with django_capture_on_commit_callbacks() as callbacks:
        item_fetch_task(item.pk)
        item_fetch_task(item.pk)
    assert len([r for r, _ in site.server.log if r.path == JV]) == 1
    assert len(callbacks) == 1, "classification is enqueued once"
    item.refresh_from_db()
    assert item.status == IngestItem.Status.FETCHED


def test_running_the_classify_task_twice_classifies_once(site):
    site.serve_pages()
    item = queued_item(site)
    services.item_fetch(item_id=item.pk, retry_transient=False)
    item_classify_task(item.pk)
    classification = ArticleClassification.objects.get()
    item_classify_task(item.pk)
    assert ArticleClassification.objects.get().classified_at == classification.classified_at
    item.refresh_from_db()
    assert item.status == IngestItem.Status.DONE


def test_a_transient_failure_hands_the_item_back_for_a_retry(site, settings):
    settings.INGEST_FETCH_RETRIES = 0
    site.server.expect_request("/down").respond_with_data("down", status=503)
    item = queued_item(site, "/down")
    with pytest.raises(Exception, match="HTTP 503"):
        services.item_fetch(item_id=item.pk, retry_transient=True)
    item.refresh_from_db()
    assert item.status == IngestItem.Status.QUEUED
    assert "HTTP 503" in item.failure_reason


def test_the_reconciler_requeues_stuck_items(site, django_capture_on_commit_callbacks):
    long_ago = timezone.now() - dt.timedelta(hours=1)
    stuck_fetching = queued_item(site, "/a")
    stuck_classifying = queued_item(site, "/b")
    waiting = queued_item(site, "/c")
    fresh = queued_item(site, "/d")
    IngestItem.objects.filter(pk=stuck_fetching.pk).update(
        status=IngestItem.Status.FETCHING, status_changed_at=long_ago
    )
    IngestItem.objects.filter(pk=stuck_classifying.pk).update(
        status=IngestItem.Status.CLASSIFYING, status_changed_at=long_ago
    )
    IngestItem.objects.filter(pk=waiting.pk).update(status_changed_at=long_ago)
    with django_capture_on_commit_callbacks() as callbacks:
        requeued = services.items_reconcile()
    assert sorted(requeued["fetch"]) == sorted([stuck_fetching.pk, waiting.pk])
    assert requeued["classify"] == [stuck_classifying.pk]
    assert fresh.pk not in requeued["fetch"]
    assert len(callbacks) == 3
    stuck_classifying.refresh_from_db()
    assert stuck_classifying.status == IngestItem.Status.FETCHED


def test_reconciling_twice_requeues_once(site, django_capture_on_commit_callbacks):
    item = queued_item(site, "/a")
    IngestItem.objects.filter(pk=item.pk).update(
        status_changed_at=timezone.now() - dt.timedelta(hours=1)
    )
    with django_capture_on_commit_callbacks():
        assert services.items_reconcile()["fetch"] == [item.pk]
        assert services.items_reconcile()["fetch"] == []
