"""Canonical article URLs, so the same story reached through two feeds is stored once."""

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Parameters that say where a reader came from, not which page they read.
TRACKING_PARAMETERS = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid", "igshid",
        "yclid", "_hsenc", "_hsmi", "mkt_tok", "ref", "ref_src", "cmpid", "ncid", "ocid", "smid",
        "sr_share", "guccounter", "guce_referrer", "guce_referrer_sig", "at_medium",
        "at_campaign", "ito", "cid",
    }
)  # fmt: skip
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "__twitter", "share")
DEFAULT_PORTS = {"http": 80, "https": 443}


class NotAWebAddress(ValueError):
    """The string is not an http(s) URL we can fetch."""


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, drop default ports, fragments and tracking parameters.

    Parameter order is kept (some sites route on it); an empty path becomes "/".
    Raises NotAWebAddress for anything that is not http or https with a host.
    """
    try:
        parts = urlsplit(url.strip())
    except ValueError as exc:  # "http://a]b/": urllib refuses it outright
        raise NotAWebAddress(f"not a web address {url!r} ({exc})") from exc
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        raise NotAWebAddress(f"only http and https addresses are fetched, not {url!r}")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise NotAWebAddress(f"no host in {url!r}")
    try:
        port = parts.port
    except ValueError as exc:
        raise NotAWebAddress(f"bad port in {url!r}") from exc
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not is_tracking_parameter(key)
    ]
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query, doseq=True), ""))


def is_tracking_parameter(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMETERS or lowered.startswith(TRACKING_PREFIXES)


def host_of(url: str) -> str:
    """The host (with a non-default port) that politeness delays and robots.txt are kept per."""
    parts = urlsplit(url)
    return parts.netloc.lower()
