from celery import shared_task


@shared_task(ignore_result=True, soft_time_limit=300, time_limit=360)
def weekly_summaries_compute_task(weeks: int = 5) -> None:
    """Recompute the current and recent ISO weeks' summaries (late coverage changes them)."""
    from dealtracker.dashboard.summaries import weekly_summaries_compute

    weekly_summaries_compute(weeks=weeks)
