"""The fetcher against a real local HTTP server: every hostile case ends in a reason."""

import gzip
import time

import pytest
from werkzeug import Response

from dealtracker.ingest.fetch import (
    Fetcher,
    FetchFailed,
    FetchKind,
    FetchPolicy,
    FetchRefused,
    TransientFetchError,
    non_public_reason,
)

HTML = "<html><body><p>Drones, drones, drones: the café signs a deal.</p></body></html>"


def make_fetcher(**overrides) -> Fetcher:
    options = {
        "user_agent": "DealtrackerBot/test",
        "allow_private": True,
        "politeness_delay": 0,
        "backoff_seconds": 0.01,
        "read_timeout": 0.5,
        "retries": 2,
    }
    return Fetcher(FetchPolicy(**{**options, **overrides}))


@pytest.fixture
def web(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data(
        "User-agent: *\nDisallow: /private/\n", content_type="text/plain"
    )
    return httpserver


def test_it_fetches_a_page_and_sends_its_user_agent(web):
    web.expect_request("/a", headers={"User-Agent": "DealtrackerBot/test"}).respond_with_data(
        HTML, content_type="text/html; charset=utf-8"
    )
    result = make_fetcher().fetch(web.url_for("/a"))
    assert result.status == 200
    assert "café" in result.text


def test_it_refuses_loopback_addresses_by_default(web):
    web.expect_request("/a").respond_with_data(HTML, content_type="text/html")
    with pytest.raises(FetchRefused, match="loopback address 127.0.0.1"):
        make_fetcher(allow_private=False).fetch(web.url_for("/a"))
    assert not web.log, "nothing may be sent to a refused address"


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("10.1.2.3", "a private address"),
        ("169.254.169.254", "a link-local address"),
        ("::1", "a loopback address"),
        ("::ffff:192.168.0.1", "a private address"),
        ("100.64.0.1", "non-public"),
    ],
)
def test_it_names_why_an_address_is_not_public(address, reason):
    assert reason in non_public_reason(address)


def test_public_addresses_are_fine():
    assert non_public_reason("93.184.216.34") == ""


@pytest.mark.parametrize("url", ["ftp://example.com/a", "file:///etc/passwd"])
def test_it_refuses_schemes_other_than_http(url):
    with pytest.raises(FetchRefused, match="only http and https"):
        make_fetcher().fetch(url)


def test_it_checks_the_address_of_every_redirect_hop(web):
    web.expect_request("/hop").respond_with_data(
        "", status=302, headers={"Location": "http://169.254.169.254/latest/meta-data"}
    )
    # Loopback is allowed as a network of its own here, so only the second hop is refused.
    fetcher = make_fetcher(allow_private=False, allowed_networks=("127.0.0.0/8", "::1/128"))
    with pytest.raises(FetchRefused, match="link-local address 169.254.169.254"):
        fetcher.fetch(web.url_for("/hop"))


def test_it_follows_up_to_five_redirects(web):
    for n in range(5):
        web.expect_request(f"/r{n}").respond_with_data(
            "", status=301, headers={"Location": f"/r{n + 1}"}
        )
    web.expect_request("/r5").respond_with_data(HTML, content_type="text/html")
    result = make_fetcher().fetch(web.url_for("/r0"))
    assert result.url.endswith("/r5")
    assert len(result.redirects) == 5


def test_it_gives_up_after_five_redirects(web):
    for n in range(6):
        web.expect_request(f"/r{n}").respond_with_data(
            "", status=302, headers={"Location": f"/r{n + 1}"}
        )
    with pytest.raises(FetchFailed, match="more than 5 redirects"):
        make_fetcher().fetch(web.url_for("/r0"))


def test_it_recognises_a_redirect_loop(web):
    web.expect_request("/loop-a").respond_with_data("", status=302, headers={"Location": "/loop-b"})
    web.expect_request("/loop-b").respond_with_data("", status=302, headers={"Location": "/loop-a"})
    with pytest.raises(FetchFailed, match="redirect loop"):
        make_fetcher().fetch(web.url_for("/loop-a"))


def test_it_retries_a_500_and_succeeds(web):
    web.expect_oneshot_request("/flaky").respond_with_data("oops", status=500)
    web.expect_request("/flaky").respond_with_data(HTML, content_type="text/html")
    result = make_fetcher().fetch(web.url_for("/flaky"))
    assert result.status == 200
    assert len([r for r, _ in web.log if r.path == "/flaky"]) == 2


def test_it_retries_a_429_and_gives_up_with_the_reason(web):
    web.expect_request("/busy").respond_with_data("slow down", status=429)
    with pytest.raises(TransientFetchError, match=r"HTTP 429 .*after 3 attempts"):
        make_fetcher(retries=2).fetch(web.url_for("/busy"))


def test_it_does_not_retry_a_404(web):
    web.expect_request("/gone").respond_with_data("no", status=404)
    with pytest.raises(FetchFailed, match="HTTP 404"):
        make_fetcher().fetch(web.url_for("/gone"))
    assert len([r for r, _ in web.log if r.path == "/gone"]) == 1


def test_it_times_out_on_a_server_that_does_not_answer(web):
    def slow(request):
        time.sleep(1.5)
        return Response(HTML, content_type="text/html")

    web.expect_request("/slow").respond_with_handler(slow)
    started = time.monotonic()
    with pytest.raises(TransientFetchError, match="timed out"):
        make_fetcher(read_timeout=0.3, retries=0).fetch(web.url_for("/slow"))
    assert time.monotonic() - started < 1.4


def test_it_refuses_a_body_declared_over_the_limit(web):
    web.expect_request("/big").respond_with_data("x" * 5000, content_type="text/html")
    with pytest.raises(FetchFailed, match="over the 1000 limit"):
        make_fetcher(max_bytes=1000).fetch(web.url_for("/big"))


def test_it_stops_reading_a_streamed_body_past_the_limit(web):
    def endless(request):
        return Response((b"<p>" + b"x" * 1000 for _ in range(10_000)), content_type="text/html")

    web.expect_request("/stream").respond_with_handler(endless)
    with pytest.raises(FetchFailed, match="over the 5000 byte limit"):
        make_fetcher(max_bytes=5000).fetch(web.url_for("/stream"))


def test_it_stops_a_gzip_bomb_once_decompressed(web):
    bomb = gzip.compress(b"<p>" + b"a" * 1_000_000)
    web.expect_request("/bomb").respond_with_data(
        bomb, content_type="text/html", headers={"Content-Encoding": "gzip"}
    )
    with pytest.raises(FetchFailed, match="once decompressed"):
        make_fetcher(max_bytes=50_000).fetch(web.url_for("/bomb"))


def test_it_reads_a_gzipped_page(web):
    web.expect_request("/gz").respond_with_data(
        gzip.compress(HTML.encode()), content_type="text/html", headers={"Content-Encoding": "gzip"}
    )
    assert "café" in make_fetcher().fetch(web.url_for("/gz")).text


def test_it_records_truncated_gzip(web):
    truncated = gzip.compress((HTML * 50).encode())[:-40]
    web.expect_request("/cut").respond_with_data(
        truncated, content_type="text/html", headers={"Content-Encoding": "gzip"}
    )
    with pytest.raises(FetchFailed, match="truncated gzip body"):
        make_fetcher().fetch(web.url_for("/cut"))


def test_it_refuses_a_pdf(web):
    web.expect_request("/report.pdf").respond_with_data(
        b"%PDF-1.7 binary", content_type="application/pdf"
    )
    with pytest.raises(FetchFailed, match="not page content: application/pdf"):
        make_fetcher().fetch(web.url_for("/report.pdf"))


def test_it_sniffs_a_pdf_served_as_html(web):
    web.expect_request("/liar").respond_with_data(b"%PDF-1.7 binary", content_type="text/html")
    with pytest.raises(FetchFailed, match="the body is a PDF"):
        make_fetcher().fetch(web.url_for("/liar"))


def test_it_records_a_wrong_encoding(web):
    web.expect_request("/latin").respond_with_data(
        HTML.encode("latin-1"), content_type="text/html; charset=utf-8"
    )
    with pytest.raises(FetchFailed, match="not valid utf-8"):
        make_fetcher().fetch(web.url_for("/latin"))


def test_it_uses_the_charset_a_page_declares_in_a_meta_tag(web):
    page = '<html><head><meta charset="iso-8859-1"></head><body>café</body></html>'
    web.expect_request("/meta").respond_with_data(page.encode("latin-1"), content_type="text/html")
    assert "café" in make_fetcher().fetch(web.url_for("/meta")).text


def test_it_records_an_unknown_charset(web):
    web.expect_request("/odd").respond_with_data(
        b"<p>x</p>", content_type="text/html; charset=klingon-8"
    )
    with pytest.raises(FetchFailed, match="unknown charset"):
        make_fetcher().fetch(web.url_for("/odd"))


def test_it_respects_robots_txt(web):
    web.expect_request("/private/memo").respond_with_data(HTML, content_type="text/html")
    with pytest.raises(FetchRefused, match="robots.txt .* disallows /private/memo"):
        make_fetcher().fetch(web.url_for("/private/memo"))


def test_it_reads_robots_txt_once_per_host(web):
    web.expect_request("/a").respond_with_data(HTML, content_type="text/html")
    fetcher = make_fetcher()
    fetcher.fetch(web.url_for("/a"))
    fetcher.fetch(web.url_for("/a"))
    assert len([r for r, _ in web.log if r.path == "/robots.txt"]) == 1


def test_a_missing_robots_txt_allows_everything(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/a").respond_with_data(HTML, content_type="text/html")
    assert make_fetcher().fetch(httpserver.url_for("/a")).status == 200


def test_an_unreachable_robots_txt_keeps_us_out(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("", status=503)
    with pytest.raises(FetchRefused, match="robots.txt .* could not be read"):
        make_fetcher(retries=0).fetch(httpserver.url_for("/a"))


def test_it_waits_between_requests_to_the_same_host(web):
    web.expect_request("/a").respond_with_data(HTML, content_type="text/html")
    waits: list[float] = []
    fetcher = Fetcher(
        FetchPolicy(user_agent="t", allow_private=True, politeness_delay=2.0),
        sleep=waits.append,
    )
    fetcher.fetch(web.url_for("/a"))
    fetcher.fetch(web.url_for("/a"))
    assert waits and all(0 < w <= 2.0 for w in waits)


def test_it_sends_conditional_headers_and_understands_not_modified(web):
    web.expect_request("/feed.xml", headers={"If-None-Match": '"v1"'}).respond_with_data(
        "", status=304
    )
    result = make_fetcher().fetch(web.url_for("/feed.xml"), kind=FetchKind.FEED, etag='"v1"')
    assert result.not_modified


@pytest.mark.parametrize("charset", ["rot13", "base64", "hex", "zlib", "bz2", "uu", "quopri"])
def test_it_refuses_a_charset_that_is_not_a_text_encoding(web, charset):
    page = f'<html><head><meta charset="{charset}"></head><body><p>x</p></body></html>'
    web.expect_request("/codec").respond_with_data(page, content_type="text/html")
    with pytest.raises(FetchFailed, match=f"charset '{charset}' is not a text encoding"):
        make_fetcher().fetch(web.url_for("/codec"))


@pytest.mark.parametrize("charset", ["punycode", "undefined"])
def test_it_records_a_page_a_text_codec_cannot_decode(web, charset):
    page = f'<html><head><meta charset="{charset}"></head><body><p>x</p></body></html>'
    web.expect_request("/codec").respond_with_data(page, content_type="text/html")
    with pytest.raises(FetchFailed, match=f"body is not valid {charset}"):
        make_fetcher().fetch(web.url_for("/codec"))


class VerbatimHeaders(Response):
    """A response whose headers go out as written: werkzeug would refuse to send a malformed
    Location, but a hostile server will."""

    def get_wsgi_headers(self, environ):
        return self.headers


def malformed_redirect(location: str = "http://[::1"):
    return lambda request: VerbatimHeaders("", status=302, headers={"Location": location})


@pytest.mark.parametrize(
    "location", ["http://[::1", "http://a]b/", "http://h:99999/", "http://[v1.x]/", "http://h:-1/"]
)
def test_it_records_a_redirect_to_a_malformed_address(web, location):
    web.expect_request("/bad-hop").respond_with_handler(malformed_redirect(location))
    with pytest.raises(FetchFailed, match=r"malformed redirect|location header"):
        make_fetcher().fetch(web.url_for("/bad-hop"))


def test_it_records_a_malformed_address(web):
    with pytest.raises(FetchFailed, match="malformed address"):
        make_fetcher().fetch("http://[::1/a")


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("2002:7f00:1::", "a loopback address 127.0.0.1 (inside the 6to4 address"),
        ("2002:a00:1::1", "a private address 10.0.0.1 (inside the 6to4 address"),
        ("2002:a9fe:a9fe::", "a link-local address 169.254.169.254 (inside the 6to4 address"),
        # Teredo: server 65.54.227.120, client 127.0.0.1 (stored XOR 0xffffffff).
        ("2001:0:4136:e378:8000:63bf:80ff:fffe", "a loopback address 127.0.0.1 (inside the Teredo"),
        ("::ffff:127.0.0.1", "a loopback address 127.0.0.1 (inside the IPv4-mapped address"),
        ("::ffff:a9fe:a9fe", "a link-local address 169.254.169.254 (inside the IPv4-mapped"),
        ("64:ff9b::7f00:1", "a loopback address 127.0.0.1 (inside the NAT64 address"),
        ("64:ff9b::c0a8:1", "a private address 192.168.0.1 (inside the NAT64 address"),
        # The local-use NAT64 prefix (RFC 8215) embeds IPv4 by its own length: refused whole.
        ("64:ff9b:1::a00:1", "address 64:ff9b:1::a00:1"),
    ],
)
def test_it_unwraps_ipv4_inside_ipv6_and_checks_it(address, reason):
    assert reason in non_public_reason(address)


@pytest.mark.parametrize(
    "address", ["2002:5db8:d822::", "64:ff9b::5db8:d822", "::ffff:93.184.216.34"]
)
def test_a_public_ipv4_inside_ipv6_is_fine(address):
    assert non_public_reason(address) == ""
