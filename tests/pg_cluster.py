"""A throwaway PostgreSQL server for the test run: a cluster made in a temporary folder
with Debian's ``initdb``, listening on loopback on a free port and on a socket folder of its
own (so runs never clash with each other or with an installed server), stopped and removed
at the end. As root, PostgreSQL refuses to run: the cluster then belongs to ``postgres`` and
its commands run through ``runuser``."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SUPERUSER = "cjeapp_test"
# The one role that must give its password (SCRAM), as a seat's role does on a real server;
# every other role of the throwaway cluster is trusted on loopback.
PASSWORD_ROLE = "cjeapp_with_password"
TRUSTED = (SUPERUSER, "cjeapp_owner", "cjeapp_seat")


def _bin_dir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb is None:
        raise RuntimeError("PostgreSQL is not installed: run scripts/setup.sh --test "
                           "(it installs Debian's postgresql package)")
    return Path(initdb).parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Cluster:
    def __init__(self, folder: Path, port: int, socket_dir: Path,
                 control: Callable[[str], None]) -> None:
        self.folder = folder
        self.port = port
        self.socket_dir = socket_dir
        self.control = control  # "stop" or "start", as pg_ctl does them

    def stop(self) -> None:
        """The server goes away, as when the office's network or server drops."""
        self.control("stop")

    def start(self) -> None:
        self.control("start")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str, template: str | None = None) -> str:
        """A new database (a copy of ``template`` when given); its URL."""
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user={SUPERUSER} "
                             "dbname=postgres", autocommit=True) as connection:
            extra = f' TEMPLATE "{template}"' if template else ""
            connection.execute(f'CREATE DATABASE "{name}"{extra}')
        return self.url(name)


@contextmanager
def running_cluster() -> Iterator[Cluster]:
    binaries = _bin_dir()
    root = Path(tempfile.mkdtemp(prefix="cjeapp-pg-"))
    data, sockets = root / "data", root / "sockets"
    data.mkdir()
    sockets.mkdir()
    prefix: list[str] = []
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        for path in (root, data, sockets):
            os.chown(path, owner.pw_uid, owner.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    port = _free_port()

    def run(*command: str) -> None:
        subprocess.run([*prefix, *command], check=True, capture_output=True, timeout=120)

    run(str(binaries / "initdb"), "-D", str(data), "-A", "trust", "-U", SUPERUSER,
        "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
    hba = data / "pg_hba.conf"
    # The test's own roles are trusted on loopback; every other role — the one role
    # standing for a seat's, and every person's own login — gives its password (SCRAM).
    hba.write_text(f"host all {PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256\n"
                   + "".join(f"host all {role} 127.0.0.1/32 trust\n" for role in TRUSTED)
                   + "host all all 127.0.0.1/32 scram-sha-256\n" + hba.read_text())
    options = (f"-c listen_addresses=127.0.0.1 -p {port} -k {sockets} -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200 "
               # Failed sign-ins slowed by the server, as the README sets it up.
               "-c shared_preload_libraries=auth_delay -c auth_delay.milliseconds=50 "
               # Its log in files the program may read (refused sign-ins, for the admin).
               f"-c logging_collector=on -c log_directory={root / 'log'} "
               "-c log_filename=postgresql.log")
    def control(action: str) -> None:
        if action == "start":
            run(str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l",
                str(root / "server.log"), "-w", "start")
        else:
            run(str(binaries / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop")

    control("start")
    try:
        yield Cluster(data, port, sockets, control)
    finally:
        subprocess.run([*prefix, str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate",
                        "-w", "stop"], capture_output=True, timeout=120)
        shutil.rmtree(root, ignore_errors=True)
