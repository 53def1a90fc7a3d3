"""A real Dovecot IMAP server on a loopback port, configured from scratch in a temporary
folder (no system service is touched): one user, a Drafts folder flagged `\\Drafts`, and a
second user whose quota is almost nothing."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
PASSWORD = "secret-pass"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def dovecot(root: Path) -> Iterator[int]:
    port = free_port()
    if os.getuid() == 0:  # dovecot refuses mail access as root: run mail as its own user
        mail_user = pwd.getpwnam("dovecot")
        internal = "dovecot"
    else:
        mail_user = pwd.getpwuid(os.getuid())
        internal = mail_user.pw_name
    home = root / "home"
    home.mkdir(parents=True)
    (root / "users").write_text(f"agent:{{PLAIN}}{PASSWORD}::::::\n"
                                f"full:{{PLAIN}}{PASSWORD}::::::\n")
    (root / "full-users").write_text("full:::::::\n")
    conf = root / "dovecot.conf"
    conf.write_text(f"""
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = {internal}
default_login_user = {internal}
first_valid_uid = {mail_user.pw_uid}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN {root}/users
}}
userdb {{
  driver = passwd-file
  args = {root}/full-users
  default_fields = uid={mail_user.pw_uid} gid={mail_user.pw_gid} home={home}/%u
  override_fields = quota_rule=*:storage=1B
}}
userdb {{
  driver = static
  args = uid={mail_user.pw_uid} gid={mail_user.pw_gid} home={home}/%u
}}
mail_location = maildir:~/Maildir
mail_plugins = quota
plugin {{
  quota = maildir:User quota
}}
protocol imap {{
  mail_plugins = $mail_plugins imap_quota
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Brouillons {{
    special_use = \\Drafts
    auto = create
  }}
  mailbox Sent {{
    special_use = \\Sent
    auto = create
  }}
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
""")
    for sub in ("run", "state"):
        (root / sub).mkdir()
    shutil.chown(home, mail_user.pw_uid, mail_user.pw_gid)
    os.chmod(root, 0o755)
    proc = subprocess.Popen([DOVECOT, "-F", "-c", str(conf)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    log = root / "dovecot.log"
                    raise RuntimeError("dovecot did not start: " +
                                       (log.read_text() if log.exists() else "")) from None
                time.sleep(0.1)
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
