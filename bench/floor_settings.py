"""The production settings with the bench's floor pages in front of the app's URLs."""

from maatwerk.settings.production import *  # noqa: F403
from maatwerk.settings.production import INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "bench.apps.BenchConfig"]
ROOT_URLCONF = "bench.floor"
