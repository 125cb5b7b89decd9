"""Local development and the demo (`make run`): DEBUG on unless the environment says otherwise."""

import os

os.environ.setdefault("DEBUG", "true")

from .base import *

INTERNAL_IPS = ["127.0.0.1"]
# Serve static files straight from the app folders; no collectstatic needed locally.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
