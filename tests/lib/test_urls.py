import pytest

from dealtracker.lib.urls import NotAWebAddress, canonical_url


def test_it_strips_tracking_parameters_and_the_fragment():
    url = "https://News.Example/a/story?utm_source=rss&id=7&fbclid=x&utm_medium=feed#comments"
    assert canonical_url(url) == "https://news.example/a/story?id=7"


def test_it_keeps_the_order_of_meaningful_parameters():
    assert canonical_url("http://x.example/p?b=2&a=1") == "http://x.example/p?b=2&a=1"


def test_it_drops_default_ports_and_keeps_others():
    assert canonical_url("https://x.example:443/a") == "https://x.example/a"
    assert canonical_url("http://x.example:8080/a") == "http://x.example:8080/a"


def test_it_gives_an_empty_path_a_slash():
    assert canonical_url("https://x.example") == "https://x.example/"


def test_it_is_idempotent():
    url = canonical_url("HTTPS://X.example/a?utm_campaign=z&q=drone#top")
    assert canonical_url(url) == url


def test_it_keeps_ipv6_hosts_bracketed():
    assert canonical_url("http://[::1]:8000/a") == "http://[::1]:8000/a"


@pytest.mark.parametrize(
    "url", ["ftp://x.example/a", "file:///etc/passwd", "javascript:alert(1)", "https:///nohost"]
)
def test_it_refuses_what_is_not_an_http_address(url):
    with pytest.raises(NotAWebAddress):
        canonical_url(url)


@pytest.mark.parametrize("broken", ["http://a]b/", "http://[::1", "https://example.com:99999/"])
def test_a_malformed_address_is_refused_as_not_a_web_address(broken):
    with pytest.raises(NotAWebAddress):
        canonical_url(broken)
