"""`manage.py ingest`: run the ingestion pipeline in this process, without a worker."""

from django.core.management.base import BaseCommand, CommandError, CommandParser

from dealtracker.ingest import services
from dealtracker.ingest.models import Feed, IngestItem, IngestRun
from dealtracker.lib.urls import NotAWebAddress


class Command(BaseCommand):
    help = (
        "Fetch, extract, de-duplicate and classify one article (--url), or poll a feed by its "
        "address (--feed-url, created if new) or slug (--feed). Exits non-zero on failure."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        group = parser.add_mutually_exclusive_group(required=True)
        group.add_argument("--url", help="One article's address.")
        group.add_argument("--feed-url", help="An RSS or Atom feed's address.")
        group.add_argument("--feed", metavar="SLUG", help="A feed already in the database.")

    def handle(self, *args, url=None, feed_url=None, feed=None, **options) -> None:
        if url:
            result = services.url_submit(url=url, trigger=IngestRun.Trigger.COMMAND)
            self._report_item(result)
            return
        if feed_url:
            try:
                source, created = services.feed_get_or_create_by_url(url=feed_url)
            except NotAWebAddress as exc:
                raise CommandError(str(exc)) from exc
            if created:
                self.stdout.write(f"Created feed {source.slug!r} (inactive) for {source.url}")
        else:
            source = Feed.objects.filter(slug=feed).first()
            if source is None:
                raise CommandError(f"No feed with slug {feed!r}.")
        run = services.feed_poll(feed=source, trigger=IngestRun.Trigger.COMMAND, inline=True)
        self._report_run(run)

    def _report_item(self, result: services.SubmitResult) -> None:
        item = result.item
        if item is None:
            raise CommandError(self._failures(result.run) or "refused")
        if not result.created:
            article = f" as article #{item.article_id}" if item.article_id else ""
            self.stdout.write(
                f"Already ingested{article} ({item.get_status_display()}): {item.url}"
            )
            return
        if item.status == IngestItem.Status.FAILED:
            raise CommandError(f"Failed: {item.url}: {item.failure_reason}")
        article = item.article
        self.stdout.write(f"Stored article #{article.pk}: {article.title or article.url}")
        if item.status == IngestItem.Status.DUPLICATE:
            self.stdout.write(f"Near-duplicate of article #{article.duplicate_of_id}")
            return
        classification = getattr(article, "classification", None)
        if classification:
            self.stdout.write(
                f"Classified {classification.label} ({classification.confidence:.2f}, "
                f"model {classification.model_version})"
            )
        proposal = getattr(article, "proposal", None)
        if proposal:
            self.stdout.write(f"Proposal #{proposal.pk}: {proposal}")

    def _report_run(self, run: IngestRun) -> None:
        self.stdout.write(
            f"{run.feed}: {run.get_outcome_display()}; found {run.found_count}, "
            f"new {run.new_count}, duplicate {run.duplicate_count}, failed {run.failed_count}, "
            f"relevant {run.relevant_count}"
        )
        failures = self._failures(run)
        if failures:
            self.stdout.write(failures)
        if run.outcome == IngestRun.Outcome.FAILED:
            raise CommandError(f"Feed failed: {run.error}")
        if run.failed_count:
            raise CommandError(f"{run.failed_count} of {run.found_count} articles failed.")

    def _failures(self, run: IngestRun) -> str:
        return "\n".join(f"  failed: {f.url}: {f.reason}" for f in run.failures.all())
