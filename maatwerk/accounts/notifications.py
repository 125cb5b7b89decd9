"""In-app notifications and reminder e-mails for professionals.

Apps that keep terms declare a `due_reminders` callable on their AppConfig: given today and the
working-day calendar it returns the `Reminder`s due now. `run_due_tasks` (the command cron
runs) collects them, turns each into at most one `Notification` — the unique (user, key) makes
a second run, or a second app server running at the same moment, a no-op — and e-mails each
notification at most once: a process claims one with a conditional update before sending."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import structlog
from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from maatwerk.core.declarations import declared
from maatwerk.core.working_days import WorkingDays

from .models import Notification

__all__ = [
    "Reminder",
    "collect_reminders",
    "deliver",
    "inbox",
    "mark_read",
    "run_due_tasks",
    "send_pending_email",
    "unread",
    "unread_count",
]

log = structlog.get_logger(__name__)
BATCH = 1000


@dataclass(frozen=True)
class Reminder:
    user_id: int
    key: str
    text: str
    url: str = ""
    due_date: date | None = None


@dataclass(frozen=True)
class DueTasksResult:
    reminders: int
    created: int
    emailed: int


def collect_reminders(today: date, calendar: WorkingDays) -> list[Reminder]:
    return [
        reminder for producer in declared("due_reminders") for reminder in producer(today, calendar)
    ]


def deliver(reminders: Iterable[Reminder]) -> int:
    """Store each reminder as a notification unless it exists already; how many are new."""
    wanted = {(r.user_id, r.key): r for r in reminders}
    created = 0
    items = list(wanted.values())
    for start in range(0, len(items), BATCH):
        batch = items[start : start + BATCH]
        existing = set(
            Notification.objects.filter(
                user_id__in={r.user_id for r in batch}, key__in={r.key for r in batch}
            ).values_list("user_id", "key")
        )
        new = [r for r in batch if (r.user_id, r.key) not in existing]
        # A second process may insert the same rows in between: the constraint keeps one.
        Notification.objects.bulk_create(
            [
                Notification(
                    user_id=r.user_id, key=r.key, text=r.text[:300], url=r.url, due_date=r.due_date
                )
                for r in new
            ],
            ignore_conflicts=True,
        )
        created += len(new)
    return created


def email_enabled() -> bool:
    return bool(getattr(settings, "REMINDER_EMAIL", False))


def send_pending_email() -> int:
    """E-mail every notification not e-mailed yet to a user with an address. Each row is
    claimed by one process before sending, so two copies never send the same e-mail."""
    if not email_enabled():
        return 0
    sent = 0
    pending = (
        Notification.objects.filter(emailed_at__isnull=True, user__is_active=True)
        .exclude(user__email="")
        .select_related("user")
        .order_by("pk")
    )
    for notification in pending.iterator(chunk_size=BATCH):
        with transaction.atomic():
            claimed = Notification.objects.filter(
                pk=notification.pk, emailed_at__isnull=True
            ).update(emailed_at=timezone.now())
        if not claimed:
            continue
        try:
            send_mail(
                subject=_("Maatwerk: %(text)s") % {"text": notification.text[:120]},
                message=_(
                    "%(text)s\n\nOpen Maatwerk om dit te bekijken: %(url)s\n\n"
                    "Dit bericht bevat bewust geen gegevens van het huishouden."
                )
                % {"text": notification.text, "url": _absolute(notification.url)},
                from_email=settings.DEFAULT_FROM_EMAIL,
                recipient_list=[notification.user.email],
            )
        except Exception:
            # Give the row back so the next run tries again.
            Notification.objects.filter(pk=notification.pk).update(emailed_at=None)
            log.exception("reminder_email_failed", notification=notification.pk)
            continue
        sent += 1
    return sent


def _absolute(url: str) -> str:
    base = getattr(settings, "SITE_URL", "").rstrip("/")
    return f"{base}{url}" if url.startswith("/") else url


def run_due_tasks(today: date | None = None) -> DueTasksResult:
    today = today or timezone.localdate()
    reminders = collect_reminders(today, WorkingDays.load())
    created = deliver(reminders)
    emailed = send_pending_email()
    log.info("due_tasks_run", reminders=len(reminders), created=created, emailed=emailed)
    return DueTasksResult(len(reminders), created, emailed)


def inbox(user, *, limit: int = 50) -> list[Notification]:
    return list(Notification.objects.filter(user=user)[:limit])


def unread(user, *, limit: int = 10) -> list[Notification]:
    return list(Notification.objects.filter(user=user, read_at__isnull=True)[:limit])


def unread_count(user) -> int:
    if not getattr(user, "is_authenticated", False):
        return 0
    return Notification.objects.filter(user=user, read_at__isnull=True).count()


def mark_read(user, ids: Iterable[int] | None = None) -> int:
    """Mark the user's own notifications read (all when `ids` is None)."""
    mine = Notification.objects.filter(user=user, read_at__isnull=True)
    if ids is not None:
        mine = mine.filter(pk__in=list(ids))
    return mine.update(read_at=timezone.now())
