"""Pages and feeds with bad data: each fails its item or run with a reason, and nothing is left
claimed (an item in `fetching`/`classifying`) or running (a run without `finished_at`)."""

import pytest
from werkzeug import Response

from dealtracker.ingest import services
from dealtracker.ingest.models import Feed, IngestItem, IngestRun

pytestmark = pytest.mark.django_db

ARTICLE = "<p>" + "Baykar and Leonardo sign a drone joint venture in Rome. " * 20 + "</p>"


def page(charset: str) -> str:
    return f'<html><head><meta charset="{charset}"></head><body>{ARTICLE}</body></html>'


class VerbatimHeaders(Response):
    """Headers sent as written: werkzeug would refuse a malformed Location; a hostile server not."""

    def get_wsgi_headers(self, environ):
        return self.headers


def assert_settled(run: IngestRun) -> None:
    run.refresh_from_db()
    assert run.finished_at is not None
    assert run.outcome != IngestRun.Outcome.RUNNING
    assert not IngestItem.objects.filter(
        status__in=[IngestItem.Status.FETCHING, IngestItem.Status.CLASSIFYING]
    ).exists()


@pytest.mark.parametrize(
    ("charset", "reason"),
    [
        ("rot13", "charset 'rot13' is not a text encoding"),
        ("base64", "charset 'base64' is not a text encoding"),
        ("hex", "charset 'hex' is not a text encoding"),
        ("zlib", "charset 'zlib' is not a text encoding"),
        ("punycode", "body is not valid punycode"),
    ],
)
def test_a_page_declaring_a_codec_that_is_not_a_text_encoding_fails_with_the_reason(
    site, charset, reason
):
    site.server.expect_request("/odd").respond_with_data(page(charset), content_type="text/html")
    result = services.url_submit(url=site.url("/odd"))
    assert result.item.status == IngestItem.Status.FAILED
    assert reason in result.item.failure_reason
    assert reason in result.run.failures.get().reason
    assert_settled(result.run)


@pytest.mark.parametrize("location", ["http://a]b/", "http://h:99999/", "http://[::1"])
def test_a_redirect_to_a_malformed_address_fails_the_item_with_the_reason(site, location):
    site.server.expect_request("/hop").respond_with_handler(
        lambda request: VerbatimHeaders("", status=302, headers={"Location": location})
    )
    result = services.url_submit(url=site.url("/hop"))
    assert result.item.status == IngestItem.Status.FAILED
    reason = result.item.failure_reason.lower()
    assert "malformed redirect" in reason or "invalid url in location header" in reason
    assert_settled(result.run)


def test_a_feed_listing_a_bad_page_finishes_its_run_with_the_failure_listed(site):
    site.server.expect_request("/rot13").respond_with_data(page("rot13"), content_type="text/html")
    rss = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Odd</title>'
        f"<item><title>Rot13</title><link>{site.url('/rot13')}</link></item>"
        "<item><title>Broken address</title><link>http://a]b/story</link></item>"
        "</channel></rss>"
    )
    site.server.expect_request("/feeds/odd.rss").respond_with_data(
        rss, content_type="application/rss+xml"
    )
    feed = Feed.objects.create(name="Odd", slug="odd", url=site.url("/feeds/odd.rss"))
    run = services.feed_poll(feed=feed, inline=True)
    assert run.outcome == IngestRun.Outcome.FINISHED
    reasons = sorted(run.failures.values_list("reason", flat=True))
    assert "charset 'rot13' is not a text encoding" in reasons[0]
    assert "not a web address 'http://a]b/story'" in reasons[1]
    assert IngestItem.objects.get().status == IngestItem.Status.FAILED
    assert_settled(run)


def gdelt_feed() -> Feed:
    return Feed.objects.create(name="GDELT", slug="gdelt", kind=Feed.Kind.GDELT, query="drone")


def test_a_gdelt_answer_in_a_codec_that_is_not_text_fails_the_run(site):
    site.server.expect_request("/api/v2/doc/doc").respond_with_data(
        "{}", content_type="application/json; charset=rot13"
    )
    feed = gdelt_feed()
    run = services.feed_poll(feed=feed, inline=True)
    assert run.outcome == IngestRun.Outcome.FAILED
    assert "charset 'rot13' is not a text encoding" in run.error
    assert_settled(run)


def test_an_unforeseen_error_while_polling_fails_the_run_and_backs_the_feed_off(site, caplog):
    # JSON nested deeper than Python's recursion limit: json.loads raises RecursionError,
    # which nobody anticipated; the catch-all records it and logs the traceback.
    site.server.expect_request("/api/v2/doc/doc").respond_with_data(
        "[" * 100_000, content_type="application/json"
    )
    feed = gdelt_feed()
    run = services.feed_poll(feed=feed, inline=True)
    assert run.outcome == IngestRun.Outcome.FAILED
    assert "unexpected error: RecursionError" in run.error
    assert "unexpected error: RecursionError" in run.failures.get().reason
    feed.refresh_from_db()
    assert feed.consecutive_failures == 1
    assert_settled(run)
    assert any(r.exc_info for r in caplog.records if "failed unexpectedly" in r.getMessage())


def test_an_unforeseen_error_while_classifying_fails_the_item_instead_of_leaving_it_claimed(
    site, caplog
):
    # A fetched item whose article is missing (a hand edit, a half-restored backup): the
    # classifier cannot run, and the item must not stay in `classifying` for ever.
    run = IngestRun.objects.create(source_url=site.url("/x"), trigger=IngestRun.Trigger.COMMAND)
    item = IngestItem.objects.create(url=site.url("/x"), run=run, status=IngestItem.Status.FETCHED)
    assert services.item_classify(item_id=item.pk) is False
    item.refresh_from_db()
    assert item.status == IngestItem.Status.FAILED
    assert item.failure_reason.startswith("classification failed: unexpected error:")
    assert run.failures.get().reason == item.failure_reason
    assert any(r.exc_info for r in caplog.records if "failed unexpectedly" in r.getMessage())
