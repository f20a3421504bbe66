"""How articles arrive: feeds, runs, each URL's way through the pipeline, the classifier's
answers and the proposals editors decide on."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone

from dealtracker.deals.models import Agreement, Article


class FeedKind(models.TextChoices):
    RSS = "rss", "RSS or Atom feed"
    GDELT = "gdelt", "GDELT DOC 2.0 query"


class Feed(models.Model):
    """A source of article URLs, polled on its own schedule."""

    Kind = FeedKind

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=100, unique=True)
    kind = models.CharField(max_length=8, choices=Kind.choices, default=Kind.RSS)
    url = models.URLField(
        max_length=1000, blank=True, help_text="The feed's address (RSS and Atom feeds)."
    )
    query = models.CharField(
        max_length=1000,
        blank=True,
        help_text='A GDELT DOC query, e.g. (drone OR UAV) ("joint venture" OR contract).',
    )
    is_active = models.BooleanField("active", default=False, db_index=True)
    interval = models.DurationField(
        default=dt.timedelta(hours=1),
        validators=[MinValueValidator(dt.timedelta(minutes=5))],
        help_text="How often to poll, e.g. 01:00:00 for hourly.",
    )
    next_poll_at = models.DateTimeField(default=timezone.now, db_index=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    etag = models.CharField(max_length=500, blank=True, editable=False)
    last_modified = models.CharField(max_length=100, blank=True, editable=False)
    consecutive_failures = models.PositiveIntegerField(default=0)
    last_error = models.CharField(max_length=1000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=FeedKind.values), name="feed_kind_valid"),
            models.CheckConstraint(
                condition=(Q(kind="rss") & ~Q(url="")) | (Q(kind="gdelt") & ~Q(query="")),
                name="feed_has_url_or_query",
            ),
            models.UniqueConstraint(fields=["url"], condition=~Q(url=""), name="feed_url_unique"),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if self.kind == FeedKind.RSS and not self.url:
            raise ValidationError({"url": "An RSS or Atom feed needs its address."})
        if self.kind == FeedKind.GDELT and not self.query:
            raise ValidationError({"query": "A GDELT feed needs a query."})

    def backoff_delay(self) -> dt.timedelta:
        """The wait before the next poll: the interval, doubled for each failure in a row."""
        factor = 2 ** min(self.consecutive_failures, 10)
        return min(self.interval * factor, max(self.interval, dt.timedelta(days=1)))


class RunTrigger(models.TextChoices):
    SCHEDULE = "schedule", "Schedule"
    COMMAND = "command", "Command"
    ADMIN = "admin", "Admin"


class RunOutcome(models.TextChoices):
    RUNNING = "running", "Running"
    FINISHED = "finished", "Finished"
    NOT_MODIFIED = "not_modified", "Not modified"
    FAILED = "failed", "Failed"


class IngestRun(models.Model):
    """One poll of a feed (or one submitted URL): what it found and what went wrong."""

    Trigger = RunTrigger
    Outcome = RunOutcome

    feed = models.ForeignKey(
        Feed, on_delete=models.CASCADE, null=True, blank=True, related_name="runs"
    )
    source_url = models.CharField(max_length=1000, help_text="What was fetched.")
    trigger = models.CharField(max_length=10, choices=Trigger.choices)
    outcome = models.CharField(max_length=14, choices=Outcome.choices, default=Outcome.RUNNING)
    started_at = models.DateTimeField(default=timezone.now, db_index=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    found_count = models.PositiveIntegerField("found", default=0)
    new_count = models.PositiveIntegerField("new", default=0)
    duplicate_count = models.PositiveIntegerField("duplicate", default=0)
    failed_count = models.PositiveIntegerField("failed", default=0)
    relevant_count = models.PositiveIntegerField("relevant", default=0)
    error = models.CharField(max_length=1000, blank=True)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = "ingestion run"
        constraints = [
            models.CheckConstraint(
                condition=Q(trigger__in=RunTrigger.values), name="ingestrun_trigger_valid"
            ),
            models.CheckConstraint(
                condition=Q(outcome__in=RunOutcome.values), name="ingestrun_outcome_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.feed or self.source_url} at {self.started_at:%Y-%m-%d %H:%M}"


class IngestFailure(models.Model):
    """One thing that went wrong in a run, with the reason an editor can act on."""

    run = models.ForeignKey(IngestRun, on_delete=models.CASCADE, related_name="failures")
    url = models.CharField(max_length=1000)
    reason = models.CharField(max_length=1000)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"{self.url}: {self.reason}"


class ItemStatus(models.TextChoices):
    QUEUED = "queued", "Queued for fetching"
    FETCHING = "fetching", "Fetching"
    FETCHED = "fetched", "Fetched, waiting for classification"
    CLASSIFYING = "classifying", "Classifying"
    DONE = "done", "Classified"
    DUPLICATE = "duplicate", "Near-duplicate of an earlier article"
    FAILED = "failed", "Failed"


class IngestItem(models.Model):
    """One URL's way through the pipeline: queued → fetched → classified (or duplicate, failed).

    Workers claim an item by moving its status with a compare-and-set update, so a task that
    is delivered twice finds the item already claimed and does nothing.
    """

    Status = ItemStatus

    url = models.URLField("canonical URL", max_length=1000, unique=True)
    run = models.ForeignKey(IngestRun, on_delete=models.CASCADE, related_name="items")
    status = models.CharField(
        max_length=12, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    status_changed_at = models.DateTimeField(default=timezone.now, db_index=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    article = models.OneToOneField(
        Article, on_delete=models.CASCADE, null=True, blank=True, related_name="ingest_item"
    )
    is_relevant = models.BooleanField(null=True, blank=True)
    failure_reason = models.CharField(max_length=1000, blank=True)
    # Hints from the feed entry, used when the page itself lacks them.
    feed_title = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "ingested URL"
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=ItemStatus.values), name="ingestitem_status_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.url


class ArticleFingerprint(models.Model):
    """An article's MinHash signature, for finding syndicated and republished copies."""

    article = models.OneToOneField(Article, on_delete=models.CASCADE, related_name="fingerprint")
    signature = models.BinaryField()

    def __str__(self) -> str:
        return f"fingerprint of {self.article_id}"


class ArticleFingerprintBand(models.Model):
    """One locality-sensitive band of a signature: articles sharing a band are candidates."""

    fingerprint = models.ForeignKey(
        ArticleFingerprint, on_delete=models.CASCADE, related_name="bands"
    )
    band = models.PositiveSmallIntegerField()
    hash = models.BigIntegerField()

    class Meta:
        indexes = [models.Index(fields=["band", "hash"], name="fingerprint_band_lookup")]
        constraints = [
            models.UniqueConstraint(fields=["fingerprint", "band"], name="fingerprint_band_once"),
        ]

    def __str__(self) -> str:
        return f"band {self.band} of {self.fingerprint_id}"


class ArticleClassification(models.Model):
    """The classifier's latest answer about an article, with the model that gave it."""

    article = models.OneToOneField(Article, on_delete=models.CASCADE, related_name="classification")
    model_version = models.CharField(max_length=100, db_index=True)
    label = models.CharField(max_length=20, db_index=True)
    is_relevant = models.BooleanField(db_index=True)
    confidence = models.FloatField()
    output = models.JSONField(help_text="Everything the classifier said, as JSON.")
    classified_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-classified_at"]

    def __str__(self) -> str:
        return f"{self.label} ({self.confidence:.2f}, {self.model_version})"


class ProposalKind(models.TextChoices):
    NEW_AGREEMENT = "new_agreement", "New agreement"
    NEW_EVIDENCE = "new_evidence", "New evidence for an agreement"
    STATUS_CHANGE = "status_change", "Status change of an agreement"


class ProposalState(models.TextChoices):
    PENDING = "pending", "Waiting for review"
    ACCEPTED = "accepted", "Accepted"
    MERGED = "merged", "Merged into an agreement"
    REJECTED = "rejected", "Rejected"


class Proposal(models.Model):
    """What the classifier suggests doing with a relevant article, for an editor to decide.

    `proposed` holds the suggestion as JSON (title, type, status, milestone, parties, systems,
    value); `decided` holds what the editor settled on, which is also the training label.
    """

    Kind = ProposalKind
    State = ProposalState

    article = models.OneToOneField(Article, on_delete=models.CASCADE, related_name="proposal")
    kind = models.CharField(max_length=14, choices=Kind.choices)
    state = models.CharField(
        max_length=10, choices=State.choices, default=State.PENDING, db_index=True
    )
    agreement = models.ForeignKey(
        Agreement,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="proposals",
        help_text="The matched agreement, or the one the decision created or updated.",
    )
    confidence = models.FloatField()
    model_version = models.CharField(max_length=100)
    proposed = models.JSONField()
    decided = models.JSONField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-confidence", "created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=ProposalKind.values), name="proposal_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(state__in=ProposalState.values), name="proposal_state_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.proposed.get('title') or self.article}"

    @property
    def is_pending(self) -> bool:
        return self.state == ProposalState.PENDING
