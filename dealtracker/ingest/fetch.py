"""Fetching pages and feeds from a web that may be slow, broken or hostile. No Django here.

Every way a fetch can go wrong ends in one of three exceptions, each with a reason an editor
can read: `FetchRefused` (we chose not to fetch), `FetchFailed` (the answer is unusable) and
`TransientFetchError` (worth trying again later: timeouts, 5xx, 429, lost connections).
"""

from __future__ import annotations

import codecs
import ipaddress
import re
import socket
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from dealtracker.lib.urls import host_of

REDIRECT_STATUSES = {301, 302, 303, 307, 308}
ROBOTS_MAX_BYTES = 500_000
ROBOTS_TTL_SECONDS = 3600
ROBOTS_UNREACHABLE_TTL_SECONDS = 300


class FetchKind(StrEnum):
    PAGE = "page"
    FEED = "feed"
    JSON = "json"
    ROBOTS = "robots"


ACCEPTED_TYPES = {
    FetchKind.PAGE: ("text/html", "application/xhtml+xml"),
    FetchKind.FEED: (
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
        "text/plain",
        "text/html",
    ),
    FetchKind.JSON: ("application/json", "text/json", "text/plain", "text/javascript"),
    FetchKind.ROBOTS: ("text/plain",),
}
BINARY_SIGNATURES = {
    b"%PDF": "a PDF",
    b"PK\x03\x04": "a ZIP archive",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
}


class FetchError(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class FetchRefused(FetchError):
    """We chose not to fetch: a scheme other than http(s), a private address, robots.txt."""


class FetchFailed(FetchError):
    """The answer is unusable and asking again will not help: 4xx, not HTML, too big…"""


class TransientFetchError(FetchError):
    """Worth another try later: a timeout, a 5xx or 429, a lost connection."""


@dataclass(frozen=True)
class FetchPolicy:
    user_agent: str
    robots_token: str = "DealtrackerBot"
    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    # A server dripping one byte per read timeout must not hold a worker for ever.
    total_timeout: float = 60.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    retries: int = 2
    backoff_seconds: float = 0.5
    politeness_delay: float = 1.0
    allow_private: bool = False
    # Non-public networks that are nonetheless fine, e.g. ("10.8.0.0/16",) for an internal mirror.
    allowed_networks: tuple[str, ...] = ()
    respect_robots: bool = True


@dataclass
class FetchResult:
    url: str
    status: int
    content_type: str
    body: bytes = b""
    text: str = ""
    etag: str = ""
    last_modified: str = ""
    not_modified: bool = False
    redirects: list[str] = field(default_factory=list)


class Fetcher:
    """A polite, defensive HTTP client. Keep one per process: it remembers robots.txt and when
    it last asked each host."""

    def __init__(
        self,
        policy: FetchPolicy,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.policy = policy
        self._sleep = sleep
        self._clock = clock
        self._robots: dict[str, tuple[float, RobotFileParser | None]] = {}
        self._last_request_at: dict[str, float] = {}
        self._client = httpx.Client(
            timeout=httpx.Timeout(
                connect=policy.connect_timeout,
                read=policy.read_timeout,
                write=policy.read_timeout,
                pool=policy.connect_timeout,
            ),
            follow_redirects=False,
            trust_env=False,
            headers={"User-Agent": policy.user_agent, "Accept-Encoding": "gzip, deflate"},
        )

    def close(self) -> None:
        self._client.close()

    def fetch(
        self,
        url: str,
        *,
        kind: FetchKind = FetchKind.PAGE,
        etag: str = "",
        last_modified: str = "",
    ) -> FetchResult:
        """Fetch with retries and exponential backoff on transient failures only."""
        attempt = 0
        while True:
            try:
                return self._fetch_following_redirects(
                    url, kind=kind, etag=etag, last_modified=last_modified
                )
            except TransientFetchError as exc:
                if attempt >= self.policy.retries:
                    if not attempt:
                        raise
                    raise TransientFetchError(
                        f"{exc.reason} (after {attempt + 1} attempts)"
                    ) from exc
                self._sleep(self.policy.backoff_seconds * 2**attempt)
                attempt += 1

    def _fetch_following_redirects(
        self, url: str, *, kind: FetchKind, etag: str, last_modified: str
    ) -> FetchResult:
        # Redirects are followed by hand so that every hop's address and robots.txt are checked.
        visited = [url]
        current = url
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        for _hop in range(self.policy.max_redirects + 1):
            self._check_address(current)
            if kind != FetchKind.ROBOTS and self.policy.respect_robots:
                self._check_robots(current)
            self._wait_politely(current)
            result = self._request(current, kind=kind, headers=headers)
            if isinstance(result, FetchResult):
                result.redirects = visited[1:]
                return result
            try:
                following = urljoin(current, result)
                urlsplit(following).port  # noqa: B018 — parsing the port validates it
            except ValueError as exc:
                raise FetchFailed(f"malformed redirect to {result[:200]!r}: {exc}") from exc
            if following in visited:
                raise FetchFailed(f"redirect loop: {following} was already visited")
            visited.append(following)
            current = following
        raise FetchFailed(f"more than {self.policy.max_redirects} redirects")

    def _request(self, url: str, *, kind: FetchKind, headers: dict) -> FetchResult | str:
        """One GET: a FetchResult, or the Location to follow."""
        started = self._clock()
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                self._check_peer(response)
                status = response.status_code
                if status in REDIRECT_STATUSES:
                    location = response.headers.get("location", "")
                    if not location:
                        raise FetchFailed(f"HTTP {status} redirect without a Location")
                    return location
                if status == 304:
                    return FetchResult(url=url, status=status, content_type="", not_modified=True)
                if status == 429 or status >= 500:
                    raise TransientFetchError(f"HTTP {status} from {host_of(url)}")
                if status >= 400:
                    raise FetchFailed(f"HTTP {status}")
                content_type = response.headers.get("content-type", "")
                self._check_content_type(content_type, kind)
                declared_length = response.headers.get("content-length", "")
                if declared_length.isdigit() and int(declared_length) > self._limit(kind):
                    raise FetchFailed(
                        f"body of {declared_length} bytes is over the {self._limit(kind)} limit"
                    )
                body = self._read_body(response, kind=kind, started=started)
        except httpx.TimeoutException as exc:
            raise TransientFetchError(f"timed out ({type(exc).__name__})") from exc
        except httpx.RemoteProtocolError as exc:
            raise FetchFailed(f"broken response: {exc}") from exc
        except (httpx.ConnectError, httpx.ReadError, httpx.WriteError) as exc:
            raise TransientFetchError(f"connection failed: {exc}") from exc
        except httpx.HTTPError as exc:
            raise FetchFailed(f"HTTP error: {exc}") from exc
        except (httpx.InvalidURL, httpx.CookieConflict, UnicodeError) as exc:
            # Not HTTPErrors: an address httpx cannot encode, a header it cannot read.
            raise FetchFailed(f"cannot request {url[:200]}: {exc}") from exc
        sniffed = sniff_binary(body)
        if sniffed:
            raise FetchFailed(f"not {kind.value} content: the body is {sniffed}")
        text = decode_body(body, content_type, kind) if kind != FetchKind.FEED else ""
        return FetchResult(
            url=url,
            status=status,
            content_type=content_type.split(";")[0].strip().lower(),
            body=body,
            text=text,
            etag=response.headers.get("etag", ""),
            last_modified=response.headers.get("last-modified", ""),
        )

    def _limit(self, kind: FetchKind) -> int:
        return ROBOTS_MAX_BYTES if kind == FetchKind.ROBOTS else self.policy.max_bytes

    def _read_body(self, response: httpx.Response, *, kind: FetchKind, started: float) -> bytes:
        """Read at most the size limit, raw and decompressed, and notice truncated streams."""
        limit = self._limit(kind)
        encoding = response.headers.get("content-encoding", "identity").strip().lower()
        if encoding in ("gzip", "x-gzip"):
            decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            decompressor = zlib.decompressobj()
        elif encoding in ("identity", ""):
            decompressor = None
        else:
            raise FetchFailed(f"unsupported content encoding {encoding!r}")
        raw_size = 0
        chunks: list[bytes] = []
        size = 0
        try:
            for raw in response.iter_raw():
                raw_size += len(raw)
                if raw_size > limit:
                    raise FetchFailed(f"body over the {limit} byte limit")
                if self._clock() - started > self.policy.total_timeout:
                    raise TransientFetchError(
                        f"body took longer than {self.policy.total_timeout:g}s"
                    )
                chunk = decompressor.decompress(raw, limit + 1 - size) if decompressor else raw
                size += len(chunk)
                if size > limit or (decompressor and decompressor.unconsumed_tail):
                    raise FetchFailed(f"body over the {limit} byte limit once decompressed")
                chunks.append(chunk)
        except zlib.error as exc:
            raise FetchFailed(f"corrupt {encoding} body: {exc}") from exc
        if decompressor is not None:
            if not decompressor.eof:
                raise FetchFailed(f"truncated {encoding} body")
            chunks.append(decompressor.flush())
        return b"".join(chunks)

    def _check_content_type(self, content_type: str, kind: FetchKind) -> None:
        media_type = content_type.split(";")[0].strip().lower()
        if not media_type:
            return  # left to sniffing and decoding
        if media_type not in ACCEPTED_TYPES[kind] and not (
            kind == FetchKind.FEED and media_type.endswith("+xml")
        ):
            raise FetchFailed(f"not {kind.value} content: {media_type}")

    def _check_address(self, url: str) -> None:
        try:
            parts = urlsplit(url)
            hostname, port = parts.hostname, parts.port
        except ValueError as exc:
            raise FetchFailed(f"malformed address {url[:200]!r}: {exc}") from exc
        if parts.scheme not in ("http", "https"):
            raise FetchRefused(f"only http and https are fetched, not {parts.scheme or 'none'}")
        if not hostname:
            raise FetchRefused(f"no host in {url}")
        if self.policy.allow_private:
            return
        try:
            port = port or (443 if parts.scheme == "https" else 80)
            infos = socket.getaddrinfo(hostname, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError, ValueError) as exc:
            raise FetchFailed(f"cannot resolve {hostname}: {exc}") from exc
        for info in infos:
            refusal = self._refusal(info[4][0])
            if refusal:
                raise FetchRefused(f"{hostname} resolves to {refusal}")

    def _refusal(self, address: str) -> str:
        ip = ipaddress.ip_address(address.split("%")[0])
        if any(ip in ipaddress.ip_network(n) for n in self.policy.allowed_networks):
            return ""
        return non_public_reason(address)

    def _check_peer(self, response: httpx.Response) -> None:
        # The address checked before connecting could have changed by the time httpx resolved
        # it again (DNS rebinding): check the one we are actually talking to before reading.
        if self.policy.allow_private:
            return
        stream = response.extensions.get("network_stream")
        server = stream.get_extra_info("server_addr") if stream is not None else None
        if server:
            refusal = self._refusal(server[0])
            if refusal:
                raise FetchRefused(f"connected to {refusal}")

    def _check_robots(self, url: str) -> None:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        now = self._clock()
        cached = self._robots.get(origin)
        if cached is None or cached[0] < now:
            cached = self._load_robots(origin, now)
            self._robots[origin] = cached
        rules = cached[1]
        if rules is None:
            raise FetchRefused(f"robots.txt of {parts.netloc} could not be read")
        if not rules.can_fetch(self.policy.robots_token, url):
            raise FetchRefused(f"robots.txt of {parts.netloc} disallows {parts.path or '/'}")

    def _load_robots(self, origin: str, now: float) -> tuple[float, RobotFileParser | None]:
        """RFC 9309: a 4xx means no rules; an unreachable robots.txt means stay out for now."""
        rules = RobotFileParser()
        try:
            result = self._fetch_following_redirects(
                f"{origin}/robots.txt", kind=FetchKind.ROBOTS, etag="", last_modified=""
            )
        except FetchFailed as exc:
            if exc.reason.startswith("HTTP 4") or exc.reason.startswith("not robots"):
                rules.parse([])
                return now + ROBOTS_TTL_SECONDS, rules
            return now + ROBOTS_UNREACHABLE_TTL_SECONDS, None
        except (TransientFetchError, FetchRefused):
            return now + ROBOTS_UNREACHABLE_TTL_SECONDS, None
        rules.parse(result.text.splitlines())
        return now + ROBOTS_TTL_SECONDS, rules

    def _wait_politely(self, url: str) -> None:
        host = host_of(url)
        last = self._last_request_at.get(host)
        if last is not None:
            wait = self.policy.politeness_delay - (self._clock() - last)
            if wait > 0:
                self._sleep(wait)
        self._last_request_at[host] = self._clock()


NAT64_WELL_KNOWN = ipaddress.ip_network("64:ff9b::/96")  # RFC 6052: the IPv4 is the last 32 bits


def embedded_ipv4(ip: ipaddress.IPv6Address) -> tuple[str, ipaddress.IPv4Address] | None:
    """The IPv4 address an IPv6 address carries to its destination, with the wrapping's name."""
    if ip.ipv4_mapped:
        return "IPv4-mapped", ip.ipv4_mapped
    if ip.sixtofour:
        return "6to4", ip.sixtofour
    if ip.teredo:
        return "Teredo", ip.teredo[1]  # (server, client): packets go to the client
    if ip in NAT64_WELL_KNOWN:
        return "NAT64", ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def non_public_reason(address: str) -> str:
    """Why an address is off limits ("a loopback address 127.0.0.1"), or "" when public.

    An IPv6 address wrapping an IPv4 one (IPv4-mapped, 6to4, Teredo, NAT64) is judged by the
    IPv4 address inside, so `2002:7f00:1::` cannot reach 127.0.0.1 through a relay.
    """
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = embedded_ipv4(ip)
        if embedded is not None:
            wrapping, inner = embedded
            reason = _own_reason(inner)
            if reason:
                return f"{reason} (inside the {wrapping} address {ip})"
            if wrapping != "Teredo":
                return ""  # a relay to a public IPv4 host; Teredo's prefix is not global
    return _own_reason(ip)


def _own_reason(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str:
    for label, flag in (
        ("a loopback", ip.is_loopback),
        ("a link-local", ip.is_link_local),
        ("a private", ip.is_private),
        ("a multicast", ip.is_multicast),
        ("an unspecified", ip.is_unspecified),
        ("a reserved", ip.is_reserved),
        ("a non-public", not ip.is_global),
    ):
        if flag:
            return f"{label} address {ip}"
    return ""


def sniff_binary(body: bytes) -> str:
    head = body[:8]
    for signature, description in BINARY_SIGNATURES.items():
        if head.startswith(signature):
            return description
    return ""


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-.]+)["']""", re.I)


def declared_charset(body: bytes, content_type: str) -> str:
    match = re.search(r"charset\s*=\s*\"?([^\s;\"]+)", content_type, re.I)
    if match:
        return match.group(1)
    head = body[:4096]
    for pattern in (_META_CHARSET, _XML_ENCODING):
        found = pattern.search(head)
        if found:
            return found.group(1).decode("ascii")
    return "utf-8"


def decode_body(body: bytes, content_type: str, kind: FetchKind) -> str:
    """Decode strictly with the declared charset (UTF-8 when none): a page whose bytes lie
    about their encoding is recorded as failed, not stored as mojibake.

    Only text encodings count: Python's codec registry also holds bytes-to-bytes codecs
    (rot13, base64, hex, zlib…) that a hostile `<meta charset>` could name.
    """
    charset = declared_charset(body, content_type)
    try:
        codec = codecs.lookup(charset)
    except LookupError as exc:
        raise FetchFailed(f"unknown charset {charset!r}") from exc
    if not getattr(codec, "_is_text_encoding", True):
        raise FetchFailed(f"charset {charset!r} is not a text encoding")
    try:
        return body.decode(codec.name)
    except UnicodeDecodeError as exc:
        raise FetchFailed(
            f"body is not valid {charset} (byte {exc.start}): wrong encoding declared"
        ) from exc
    except (UnicodeError, ValueError) as exc:
        # punycode, idna, "undefined": text codecs that raise plain UnicodeErrors.
        raise FetchFailed(f"body is not valid {charset}: {exc}") from exc
