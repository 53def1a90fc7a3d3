# Read by `gunicorn "api:create_app()"` when started from this folder; settings come from the
# environment (README, "Configuration"). `srdt-assist serve` uses the same settings.
from api import gunicorn_conf

globals().update(gunicorn_conf.options())
globals().update({hook: getattr(gunicorn_conf, hook) for hook in gunicorn_conf.HOOKS})
