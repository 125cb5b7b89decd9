"""gunicorn settings for production: `gunicorn -c deploy/gunicorn.conf.py maatwerk.wsgi`."""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "3"))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
timeout = 60
# Access logs would contain URLs with case ids and search terms: the application's own
# structured access log covers who looked at what, so gunicorn's stays off.
accesslog = None
errorlog = "-"
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
