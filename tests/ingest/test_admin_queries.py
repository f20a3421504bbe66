"""Each ingestion changelist costs the same number of queries for two rows as for twenty
(no query per row: related rows come with `list_select_related`)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from dealtracker.ingest.models import (
    ArticleClassification,
    Feed,
    IngestItem,
    IngestRun,
    Proposal,
)
from tests.factories import AgreementFactory, ArticleFactory

pytestmark = pytest.mark.django_db


def add_feeds(n: int) -> None:
    for _ in range(n):
        k = Feed.objects.count()
        Feed.objects.create(name=f"Feed {k}", slug=f"feed-{k}", url=f"https://f.example/{k}.rss")


def add_runs(n: int) -> None:
    for _ in range(n):
        k = Feed.objects.count()
        feed = Feed.objects.create(name=f"F{k}", slug=f"f-{k}", url=f"https://f.example/{k}")
        IngestRun.objects.create(feed=feed, source_url=feed.url, trigger="schedule")
        IngestRun.objects.create(source_url=f"https://u.example/{k}", trigger="command")


def add_items(n: int) -> None:
    for _ in range(n):
        article = ArticleFactory()
        run = IngestRun.objects.create(source_url=article.url, trigger="command")
        IngestItem.objects.create(url=article.url, run=run, article=article, status="done")


def add_classifications(n: int) -> None:
    for _ in range(n):
        ArticleClassification.objects.create(
            article=ArticleFactory(),
            model_version="v1",
            label="deal",
            is_relevant=True,
            confidence=0.9,
            output={},
        )


def add_proposals(n: int) -> None:
    for _ in range(n):
        article = ArticleFactory()
        Proposal.objects.create(
            article=article,
            agreement=AgreementFactory(),
            kind=Proposal.Kind.NEW_EVIDENCE,
            confidence=0.8,
            model_version="v1",
            proposed={"title": article.title},
        )


def changelist_queries(client, model: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse(f"admin:ingest_{model}_changelist"))
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    ("model", "add"),
    [
        ("feed", add_feeds),
        ("ingestrun", add_runs),
        ("ingestitem", add_items),
        ("articleclassification", add_classifications),
        ("proposal", add_proposals),
    ],
)
def test_each_changelist_costs_the_same_queries_for_few_and_many_rows(editor_client, model, add):
    add(2)
    few = changelist_queries(editor_client, model)
    add(18)
    assert changelist_queries(editor_client, model) == few
