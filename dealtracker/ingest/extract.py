"""Turning a fetched page into an article's text and metadata, with trafilatura. No Django here."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import trafilatura

MIN_TEXT_CHARACTERS = 200
_HTML_LANG = re.compile(r"""<html[^>]*\blang\s*=\s*["']?([A-Za-z]{2,3})""", re.I)


class ExtractionFailed(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class ExtractedArticle:
    title: str
    text: str
    author: str
    published: dt.date | None
    language: str
    outlet: str


def extract_article(html: str, *, url: str) -> ExtractedArticle:
    """The main text, title, author, publication date and language of a page.

    Raises ExtractionFailed when the page holds no article text (an index page, a paywall).
    """
    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, favor_precision=True
    )
    text = (document.text or "").strip() if document else ""
    if len(text) < MIN_TEXT_CHARACTERS:
        raise ExtractionFailed(f"no article text found ({len(text)} characters)")
    return ExtractedArticle(
        title=(document.title or "").strip()[:500],
        text=text,
        author=(document.author or "").strip()[:200],
        published=_parse_date(document.date),
        language=(document.language or _html_language(html)).lower()[:12],
        outlet=(document.sitename or "").strip()[:200],
    )


def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _html_language(html: str) -> str:
    match = _HTML_LANG.search(html[:4096])
    return match.group(1) if match else ""
