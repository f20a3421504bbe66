"""Reading the article URLs out of an RSS/Atom feed or a GDELT DOC 2.0 response. No Django."""

from __future__ import annotations

import json
from dataclasses import dataclass
from urllib.parse import urlencode

import feedparser

GDELT_MAX_RECORDS = 75


class FeedUnreadable(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class FeedEntry:
    url: str
    title: str = ""


def parse_rss(body: bytes) -> list[FeedEntry]:
    """The entries of an RSS or Atom feed; a feed too broken to yield any is unreadable."""
    parsed = feedparser.parse(body)
    entries = []
    for entry in parsed.entries:
        # Feedburner and some CMSs put a redirecting tracker in `link` and the real one here.
        url = entry.get("feedburner_origlink") or entry.get("link") or ""
        if url:
            entries.append(FeedEntry(url=url.strip(), title=(entry.get("title") or "")[:500]))
    if not entries and parsed.bozo:
        raise FeedUnreadable(f"malformed feed: {parsed.get('bozo_exception')}")
    if not entries and not parsed.version:
        raise FeedUnreadable("not an RSS or Atom feed")
    return entries


def gdelt_request_url(endpoint: str, query: str, *, timespan: str = "1d") -> str:
    """The DOC 2.0 API address that lists articles matching a query, newest first."""
    parameters = {
        "query": query,
        "mode": "artlist",
        "format": "json",
        "maxrecords": GDELT_MAX_RECORDS,
        "sort": "datedesc",
        "timespan": timespan,
    }
    return f"{endpoint}?{urlencode(parameters)}"


def parse_gdelt(text: str) -> list[FeedEntry]:
    """The articles of a DOC 2.0 `artlist` JSON answer.

    GDELT answers `{}` when nothing matched, and plain text when it rejects the query.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FeedUnreadable(
            f"GDELT answered with something other than JSON: {text[:200]!r}"
        ) from exc
    if not isinstance(data, dict):
        raise FeedUnreadable("GDELT answered with JSON that is not an object")
    articles = data.get("articles", [])
    if not isinstance(articles, list):
        raise FeedUnreadable("GDELT's `articles` is not a list")
    return [
        FeedEntry(url=str(item["url"]).strip(), title=str(item.get("title") or "")[:500])
        for item in articles
        if isinstance(item, dict) and item.get("url")
    ]
