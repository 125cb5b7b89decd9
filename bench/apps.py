from django.apps import AppConfig


class BenchConfig(AppConfig):
    """Only in `bench.floor_settings`: declares the floor pages (bench/floor.py)."""

    name = "bench"
    label = "bench"
    policy = "bench.floor_policy"
