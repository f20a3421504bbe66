"""Feeds and URLs through the whole pipeline, in-process, against the local site."""

import pytest
from django.utils import timezone

from dealtracker.deals.models import Article
from dealtracker.ingest import services
from dealtracker.ingest.models import (
    ArticleClassification,
    Feed,
    IngestItem,
    IngestRun,
    Proposal,
)

pytestmark = pytest.mark.django_db


def make_feed(site, path="/feeds/defence-desk.rss", slug="defence-desk") -> Feed:
    return Feed.objects.create(name=slug, slug=slug, url=site.url(path), is_active=True)


def test_a_submitted_url_is_stored_classified_and_proposed(site):
    site.serve_pages()
    result = services.url_submit(
        url=site.url("/2025/03/baykar-leonardo-joint-venture?utm_source=x")
    )
    item = result.item
    assert item.status == IngestItem.Status.DONE
    article = item.article
    assert article.url == site.url("/2025/03/baykar-leonardo-joint-venture")
    assert article.title == "Baykar and Leonardo form drone joint venture in Italy"
    assert article.author == "Giulia Ferrari"
    assert str(article.published) == "2025-03-06"
    assert article.language == "en"
    assert "Piedmont" in article.text
    assert article.classification.is_relevant
    assert article.classification.model_version
    assert Proposal.objects.filter(article=article).count() == 1
    assert result.run.outcome == IngestRun.Outcome.FINISHED
    assert (result.run.new_count, result.run.relevant_count) == (1, 1)


def test_submitting_the_same_url_twice_changes_nothing_the_second_time(site):
    site.serve_pages()
    url = site.url("/2025/03/baykar-leonardo-joint-venture")
    services.url_submit(url=url)
    second = services.url_submit(url=url + "#top")
    assert not second.created
    assert second.run.duplicate_count == 1
    assert Article.objects.count() == 1
    assert Proposal.objects.count() == 1
    assert len([r for r, _ in site.server.log if r.path.startswith("/2025")]) == 1


def test_an_irrelevant_article_is_classified_without_a_proposal(site):
    site.serve_pages()
    result = services.url_submit(url=site.url("/2025/07/drone-light-show"))
    assert result.item.status == IngestItem.Status.DONE
    assert result.item.is_relevant is False
    assert not result.item.article.classification.is_relevant
    assert not Proposal.objects.exists()


def test_a_refused_url_is_recorded_with_its_reason(site, settings):
    settings.DEALTRACKER_ALLOW_PRIVATE_URLS = False
    services._fetcher_for.cache_clear()
    site.serve_pages()
    result = services.url_submit(url=site.url("/2025/07/drone-light-show"))
    assert result.item.status == IngestItem.Status.FAILED
    assert "loopback address" in result.item.failure_reason
    assert result.run.outcome == IngestRun.Outcome.FAILED
    assert "loopback address" in result.run.failures.get().reason
    assert not Article.objects.exists()


def test_a_failed_url_submitted_again_is_retried(site):
    site.server.expect_oneshot_request("/2025/07/drone-light-show").respond_with_data(
        "no", status=404
    )
    url = site.url("/2025/07/drone-light-show")
    assert services.url_submit(url=url).item.status == IngestItem.Status.FAILED
    site.serve_pages()
    again = services.url_submit(url=url)
    assert again.created
    assert again.item.status == IngestItem.Status.DONE


def test_a_feed_poll_stores_each_article_once_and_logs_the_run(site):
    site.serve_pages()
    site.serve_feeds()
    run = services.feed_poll(feed=make_feed(site), inline=True)
    assert run.outcome == IngestRun.Outcome.FINISHED
    assert (run.found_count, run.new_count, run.failed_count) == (3, 3, 0)
    assert run.relevant_count == 2
    assert Article.objects.count() == 3
    assert Proposal.objects.count() == 2
    assert ArticleClassification.objects.count() == 3


def test_polling_a_feed_twice_adds_nothing_the_second_time(site):
    site.serve_pages()
    site.serve_feeds()
    feed = make_feed(site)
    services.feed_poll(feed=feed, inline=True)
    second = services.feed_poll(feed=feed, inline=True)
    assert (second.found_count, second.new_count, second.duplicate_count) == (3, 0, 3)
    assert Article.objects.count() == 3
    assert Proposal.objects.count() == 2


def test_the_same_story_from_two_feeds_is_stored_once_and_copies_link_to_the_first(site):
    site.serve_pages()
    site.serve_feeds()
    services.feed_poll(feed=make_feed(site), inline=True)
    atom = make_feed(site, "/feeds/regional-herald.atom", "regional-herald")
    run = services.feed_poll(feed=atom, inline=True)
    # The Warmate URL differs only by a tracking parameter; the wire copy is a near-duplicate.
    assert (run.new_count, run.duplicate_count, run.relevant_count) == (1, 2, 0)
    original = Article.objects.get(url=site.url("/2025/03/baykar-leonardo-joint-venture"))
    copy = Article.objects.get(url=site.url("/world/baykar-leonardo-wire"))
    assert copy.duplicate_of == original
    assert IngestItem.objects.get(article=copy).status == IngestItem.Status.DUPLICATE
    assert not Proposal.objects.filter(article=copy).exists()


def test_a_gdelt_query_is_a_source_of_urls(site):
    site.serve_pages()
    site.server.expect_request(
        "/api/v2/doc/doc", query_string={"mode": "artlist"}
    ).respond_with_data(
        site.fixture("gdelt/artlist-drone-deals.json"), content_type="application/json"
    )
    site.server.expect_request("/api/v2/doc/doc").respond_with_data(
        site.fixture("gdelt/artlist-drone-deals.json"), content_type="application/json"
    )
    feed = Feed.objects.create(
        name="GDELT", slug="gdelt", kind=Feed.Kind.GDELT, query='(drone OR UAV) "joint venture"'
    )
    run = services.feed_poll(feed=feed, inline=True)
    assert (run.found_count, run.new_count, run.relevant_count) == (2, 2, 2)
    request = next(r for r, _ in site.server.log if r.path == "/api/v2/doc/doc")
    assert request.args["mode"] == "artlist"
    assert request.args["format"] == "json"
    assert request.args["query"] == '(drone OR UAV) "joint venture"'


def test_a_malformed_feed_fails_the_run_with_its_reason_and_backs_off(site):
    site.serve("/feeds/broken.rss", "feeds/malformed.rss", "application/rss+xml")
    feed = make_feed(site, "/feeds/broken.rss", "broken")
    before = timezone.now()
    run = services.feed_poll(feed=feed, inline=True)
    assert run.outcome == IngestRun.Outcome.FAILED
    assert "malformed feed" in run.error
    assert "malformed feed" in run.failures.get().reason
    feed.refresh_from_db()
    assert feed.consecutive_failures == 1
    assert feed.next_poll_at >= before + 2 * feed.interval
    services.feed_poll(feed=feed, inline=True)
    feed.refresh_from_db()
    assert feed.consecutive_failures == 2
    assert feed.next_poll_at >= before + 4 * feed.interval


def test_a_feed_that_has_not_changed_is_not_read_again(site):
    site.serve_pages()
    site.server.expect_request(
        "/feeds/etag.rss", headers={"If-None-Match": '"v1"'}
    ).respond_with_data("", status=304)
    site.server.expect_request("/feeds/etag.rss").respond_with_data(
        site.fixture("feeds/defence-desk.rss"),
        content_type="application/rss+xml",
        headers={"ETag": '"v1"'},
    )
    feed = make_feed(site, "/feeds/etag.rss", "etag")
    services.feed_poll(feed=feed, inline=True)
    feed.refresh_from_db()
    assert feed.etag == '"v1"'
    second = services.feed_poll(feed=feed, inline=True)
    assert second.outcome == IngestRun.Outcome.NOT_MODIFIED


@pytest.mark.parametrize(
    ("respond", "reason"),
    [
        (
            lambda s: s.respond_with_data(b"%PDF-1.7", content_type="application/pdf"),
            "application/pdf",
        ),
        (lambda s: s.respond_with_data("x" * 20_000, content_type="text/html"), "limit"),
        (
            lambda s: s.respond_with_data("", status=302, headers={"Location": "/loop"}),
            "redirect loop",
        ),
        (lambda s: s.respond_with_data("down", status=503), "HTTP 503"),
    ],
)
def test_each_failing_article_is_recorded_with_its_reason(site, settings, respond, reason):
    settings.INGEST_MAX_BYTES = 10_000
    settings.INGEST_FETCH_RETRIES = 0
    services._fetcher_for.cache_clear()
    respond(site.server.expect_request("/loop"))
    result = services.url_submit(url=site.url("/loop"))
    assert result.item.status == IngestItem.Status.FAILED
    assert reason in result.item.failure_reason
    assert reason in result.run.failures.get().reason
