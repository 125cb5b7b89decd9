"""How django-axes names the account of a sign-in attempt."""

from django.http import HttpRequest

# django-axes keeps the user name in 255-character columns; PostgreSQL refuses a longer value
# (a server error) where SQLite would quietly store it.
AXES_USERNAME_LENGTH = 255


def username_for_lockout(request: HttpRequest, credentials: dict | None = None) -> str | None:
    """The user name as typed, cut to what axes can store. A name that long matches no account
    (user names are at most 150 characters), so the attempt fails with the normal sign-in error
    and is still counted towards the lock-out under its first 255 characters."""
    if credentials:
        username = credentials.get("username")
    else:
        data = getattr(request, "data", None) or getattr(request, "POST", {})
        username = data.get("username")
    if username is None:
        return None
    return str(username)[:AXES_USERNAME_LENGTH]
