# Read by `gunicorn "api:create_app()"` when started from this folder; settings come from the
# environment (README, "Configuration"). `srdt-assist serve` uses the same settings.
from api.gunicorn_conf import child_exit, on_starting, options, post_worker_init

globals().update(options())
__all__ = ["child_exit", "on_starting", "post_worker_init"]
