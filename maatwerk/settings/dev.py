"""Local development and the demo (`make run`): DEBUG on unless the environment says otherwise."""

import os

os.environ.setdefault("DEBUG", "true")
# The local demo signs in with password only; set REQUIRE_2FA=true to try the second factor.
os.environ.setdefault("REQUIRE_2FA", "false")

from .base import *

INTERNAL_IPS = ["127.0.0.1"]
# Serve static files straight from the app folders; no collectstatic needed locally.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
