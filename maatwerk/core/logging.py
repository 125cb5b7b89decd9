"""Structured application logs. They carry identifiers (user id, case id) only, never names,
BSNs or note text: technical logs are read by people who may not see personal data."""

import logging

import structlog


def configure_structlog() -> None:
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.JSONRenderer(),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.INFO),
        logger_factory=structlog.stdlib.LoggerFactory(),
        cache_logger_on_first_use=True,
    )


class NoClientErrorTraceback(logging.Filter):
    """Django logs a refused request (PermissionDenied, 403) with the exception's full
    traceback. A refusal is expected behaviour, not a bug: keep the one line, drop the trace."""

    def filter(self, record: logging.LogRecord) -> bool:
        status = getattr(record, "status_code", None)
        if record.exc_info and status is not None and 400 <= status < 500:
            record.exc_info = None
            record.exc_text = None
        return True
