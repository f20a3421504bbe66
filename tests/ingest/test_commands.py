"""The `ingest` and `reclassify_articles` commands, run in-process against the local site."""

import pytest
from django.core.management import CommandError, call_command

from dealtracker.deals.models import Article
from dealtracker.ingest.models import ArticleClassification, Feed, Proposal

pytestmark = pytest.mark.django_db

JV = "/2025/03/baykar-leonardo-joint-venture"


def run(*args) -> str:
    from io import StringIO

    out = StringIO()
    call_command("ingest", *args, stdout=out)
    return out.getvalue()


def test_ingest_url_prints_what_happened(site):
    site.serve_pages()
    output = run("--url", site.url(JV))
    assert "Stored article" in output
    assert "Classified deal" in output
    assert "Proposal #" in output


def test_ingest_url_twice_says_it_already_has_it(site):
    site.serve_pages()
    run("--url", site.url(JV))
    assert "Already ingested" in run("--url", site.url(JV))
    assert Article.objects.count() == 1


def test_ingest_url_exits_non_zero_when_refused(site, settings):
    settings.DEALTRACKER_ALLOW_PRIVATE_URLS = False
    site.serve_pages()
    with pytest.raises(CommandError, match="loopback address"):
        run("--url", site.url(JV))


def test_ingest_url_exits_non_zero_for_what_is_not_a_web_address():
    with pytest.raises(CommandError, match="only http and https"):
        run("--url", "ftp://example.com/file")


def test_ingest_feed_url_creates_the_feed_and_polls_it(site):
    site.serve_pages()
    site.serve_feeds()
    output = run("--feed-url", site.url("/feeds/defence-desk.rss"))
    assert "Created feed" in output
    assert "new 3" in output
    feed = Feed.objects.get(url=site.url("/feeds/defence-desk.rss"))
    assert not feed.is_active
    assert "new 0" in run("--feed", feed.slug)


def test_ingest_feed_exits_non_zero_when_the_feed_fails(site):
    site.serve("/feeds/broken.rss", "feeds/malformed.rss", "application/rss+xml")
    with pytest.raises(CommandError, match="malformed feed"):
        run("--feed-url", site.url("/feeds/broken.rss"))


def test_ingest_feed_with_an_unknown_slug_fails():
    with pytest.raises(CommandError, match="No feed"):
        run("--feed", "nowhere")


def test_reclassify_articles_classifies_only_what_an_older_model_did(site):
    from io import StringIO

    site.serve_pages()
    run("--url", site.url(JV))
    ArticleClassification.objects.update(model_version="v0-old")
    out = StringIO()
    call_command("reclassify_articles", stdout=out)
    assert "Classified 1 articles" in out.getvalue()
    assert ArticleClassification.objects.get().model_version != "v0-old"
    assert Proposal.objects.count() == 1


def test_the_default_feeds_ship_switched_off():
    feeds = Feed.objects.filter(slug__in=["defense-news", "gdelt-drone-deals"])
    assert feeds.count() == 2
    assert not Feed.objects.filter(is_active=True).exists()
    gdelt = Feed.objects.get(slug="gdelt-drone-deals")
    assert gdelt.kind == Feed.Kind.GDELT and "loitering munition" in gdelt.query
