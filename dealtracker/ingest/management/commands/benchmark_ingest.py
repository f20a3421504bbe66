"""`manage.py benchmark_ingest`: how many articles a second the in-process pipeline handles.

Serves generated article pages from a local HTTP server, runs each URL through the whole
pipeline (fetch, extract, store, fingerprint, classify, propose) and prints the figures. Every
write happens in one transaction that is rolled back at the end, so the database is untouched.
"""

import random
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction
from django.test import override_settings

from dealtracker.ingest import services
from dealtracker.ingest.models import IngestItem

COMPANIES = ["Baykar", "Leonardo", "WB Group", "Ukroboronprom", "Rheinmetall", "Saab", "Thales",
             "Elbit Systems", "Hanwha Aerospace", "Kongsberg", "Edge Group", "Milrem"]  # fmt: skip
COUNTRIES = ["Turkey", "Italy", "Poland", "Ukraine", "Germany", "Sweden", "Israel", "South Korea",
             "France", "Norway", "the United Arab Emirates", "Estonia"]  # fmt: skip
SENTENCES = [
    "{a} and {b} signed an agreement on {day} to co-produce drones in {country}.",
    "The deal covers {n} loitering munitions and training for units in {country}.",
    "{a} will transfer technology to {b}, officials in {country} said on {day}.",
    "Deliveries are expected to start in {year}, with final assembly at a plant near the capital.",
    "Analysts said the contract, worth {n} million euros, reflects demand for unmanned systems.",
    "A spokesperson for {b} declined to comment on the value of the order.",
    "The ministry in {country} said the joint venture would create {n} jobs.",
    "Officials described talks with {a} about a second batch as advanced.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def article_page(seed: int) -> bytes:
    rng = random.Random(seed)
    a, b = rng.sample(COMPANIES, 2)

    def sentence() -> str:
        return rng.choice(SENTENCES).format(
            a=a, b=b, country=rng.choice(COUNTRIES), day=rng.choice(DAYS),
            n=rng.randint(10, 5000), year=rng.randint(2025, 2030),
        )  # fmt: skip

    paragraphs = "".join(
        f"<p>{' '.join(sentence() for _ in range(4))}</p>" for _ in range(rng.randint(4, 8))
    )
    title = f"{a} and {b} agree drone deal ({seed})"
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="article:published_time" content="2025-06-{1 + seed % 28:02d}">'
        f"</head><body><nav>Home · World · Defence</nav><article><h1>{title}</h1>{paragraphs}"
        f"</article><footer>© Benchmark News</footer></body></html>"
    ).encode()


class _Pages(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 — the name http.server calls
        if self.path == "/robots.txt":
            body, kind = b"User-agent: *\nAllow: /\n", "text/plain"
        else:
            seed = int(self.path.rsplit("/", 1)[-1].split("-")[0])
            body, kind = article_page(seed), "text/html; charset=utf-8"
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


class _Rollback(Exception):
    pass


class Command(BaseCommand):
    help = "Measure articles per second through the in-process pipeline on generated local pages."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--articles", type=int, default=200)

    def handle(self, *args, articles: int, **options) -> None:
        server = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}"
        # Loopback is the benchmark's own server; no politeness delay against ourselves.
        with override_settings(DEALTRACKER_ALLOW_PRIVATE_URLS=True, INGEST_POLITENESS_DELAY=0):
            services._fetcher_for.cache_clear()
            try:
                with transaction.atomic():
                    self._measure(base, articles)
                    raise _Rollback
            except _Rollback:
                pass
            finally:
                services._fetcher_for.cache_clear()
                server.shutdown()

    def _measure(self, base: str, count: int) -> None:
        # Warm up: the classifier loads its model and gazetteers on first use.
        services.url_submit(url=f"{base}/news/999999-warm-up")
        started = time.perf_counter()
        statuses: dict[str, int] = {}
        for seed in range(count):
            result = services.url_submit(url=f"{base}/news/{seed}-story")
            statuses[result.item.status] = statuses.get(result.item.status, 0) + 1
        elapsed = time.perf_counter() - started
        self.stdout.write(f"{count} articles in {elapsed:.2f} s: {count / elapsed:.1f} articles/s")
        self.stdout.write(f"{1000 * elapsed / count:.1f} ms per article (fetch → propose)")
        labels = {IngestItem.Status(k).label: v for k, v in statuses.items()}
        self.stdout.write(f"outcomes: {labels}")
        started = time.perf_counter()
        for seed in range(count):
            services.url_submit(url=f"{base}/news/{seed}-story")
        elapsed = time.perf_counter() - started
        self.stdout.write(
            f"re-submitting the same {count}: {count / elapsed:.1f} URLs/s (no fetch)"
        )
