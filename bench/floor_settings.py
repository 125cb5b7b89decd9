"""The production settings with the bench's floor pages in front of the app's URLs."""

from maatwerk.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.floor"
