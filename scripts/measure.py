"""Runs every benchmark cjeapp has and writes docs/measurements.md: each command's figures as
it printed them, beside the reference measured in the same run (a bare PySide6 dialog for
the start-up; SQLite's own integrity check and online backup, on the same file and with the
same key, for ``cjeapp check`` and ``cjeapp backup``), with the date, the machine's cores
and its load average before and after. Run through scripts/measure.sh (which sets up the
environment); ``--quick`` measures small sizes, to try the script itself.

The page is written again after each step, so a run stopped midway keeps what it measured.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field
from datetime import UTC
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "docs" / "measurements.md"
DEMO_PASSWORDS = {"accueil": "demo-accueil", "admin": "demo-admin", "direction": "demo-direction",
                  "coordination": "demo-coord"}


@dataclass
class Step:
    title: str
    shown: str  # the command as a reader types it
    printed: str = ""
    seconds: float = 0.0
    status: str = ""
    references: list[str] = field(default_factory=list)


@dataclass
class Run:
    started: datetime
    load_before: tuple[float, float, float]
    sizes: dict[str, int]
    steps: list[Step] = field(default_factory=list)
    load_after: tuple[float, float, float] | None = None
    notes: list[str] = field(default_factory=list)


def _cjeapp(*args: str, user: str | None = None, timeout: float = 3600) -> tuple[str, float,
                                                                                 int]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if user:
        env["CJEAPP_PASSWORD"] = DEMO_PASSWORDS[user]
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "cjeapp", "--lang", "en", *args], env=env,
                          capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    seconds = time.perf_counter() - started
    printed = (done.stderr + done.stdout).strip()
    return printed, seconds, done.returncode


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown processor"


def _versions() -> str:
    import sqlcipher3

    import cjeapp

    connection = sqlcipher3.connect(":memory:")
    try:
        sqlite = connection.execute("select sqlite_version()").fetchone()[0]
        cipher = connection.execute("pragma cipher_version").fetchone()
    finally:
        connection.close()
    return (f"cjeapp {cjeapp.__version__}, Python {platform.python_version()}, SQLite {sqlite}"
            + (f" (SQLCipher {cipher[0]})" if cipher else ""))


def _load(values: tuple[float, float, float]) -> str:
    return ", ".join(f"{value:.2f}" for value in values)


def write_page(run: Run) -> None:
    lines = [
        "# Measurements",
        "",
        "Written by `bash scripts/measure.sh`, which runs every benchmark cjeapp has; run it "
        "again to check any figure here on your own machine. Nothing else in the README or "
        "in docs/ gives a figure of speed or size. Each benchmark's output is shown as it "
        "printed it, with the reference measured in the same run beside it.",
        "",
        f"- Date: {run.started:%Y-%m-%d %H:%M}",
        f"- Machine: {os.cpu_count()} cores ({_cpu()}), {platform.system()} "
        f"{platform.release()}",
        f"- Load average (1, 5, 15 min) before the run: {_load(run.load_before)}"
        + (f"; after: {_load(run.load_after)}" if run.load_after else "; the run is not over"),
        f"- Versions: {_versions()}",
        f"- Sizes: {', '.join(f'{name} {value:,}' for name, value in run.sizes.items())}",
    ]
    for note in run.notes:
        lines.append(f"- {note}")
    for step in run.steps:
        lines += ["", f"## {step.title}", "", f"`{step.shown}` — {step.status} in "
                  f"{step.seconds:.1f} s", "", "```", step.printed or "(nothing printed)", "```"]
        if step.references:
            lines += ["", "Reference, same run: " + "; ".join(step.references) + "."]
    PAGE.write_text("\n".join(lines) + "\n", encoding="utf-8")


def measure(run: Run, title: str, shown: str, args: list[str], *, user: str | None = None,
            after: Callable[[Step], None] | None = None,
            keep: Callable[[str], bool] | None = None, folder: Path | None = None) -> Step:
    """One command run and timed; ``keep`` chooses the lines of its output the page shows,
    and the temporary ``folder`` is left out of the paths it printed."""
    print(f"== {title}: {shown}", flush=True)
    step = Step(title, shown)
    step.printed, step.seconds, code = _cjeapp(*args, user=user)
    if keep is not None:
        step.printed = "\n".join(line for line in step.printed.splitlines() if keep(line))
    if folder is not None:
        step.printed = step.printed.replace(f"{folder}{os.sep}", "")
    step.status = "done" if code == 0 else f"exit code {code}"
    if after is not None and code == 0:
        after(step)
    run.steps.append(step)
    write_page(run)
    print(step.printed, flush=True)
    return step


def _sqlite_references(path: Path, folder: Path) -> tuple[float, float]:
    """SQLite's own integrity check (with the 256 MB page cache ``cjeapp check`` gives it)
    and its online backup into a file under the same key: what cjeapp's check and backup
    do around them is the difference."""
    from cjeapp.core.db import sqlite_file
    from cjeapp.core.staff.opening import open_database

    db, _actor = open_database(path, "admin", DEMO_PASSWORDS["admin"], verify=False)
    key = db.key
    db.close()
    connection = sqlite_file.connect(path, key)
    try:
        connection.execute("PRAGMA cache_size = -262144")
        started = time.perf_counter()
        connection.execute("PRAGMA integrity_check").fetchall()
        checked = time.perf_counter() - started
        target = sqlite_file.connect(folder / "reference-backup.sqlite3", key)
        try:
            started = time.perf_counter()
            connection.backup(target)
            copied = time.perf_counter() - started
        finally:
            target.close()
    finally:
        connection.close()
    return checked, copied


def _seats_and_server_search(run: Run, clients: int, minutes: float, seats: int) -> None:
    sys.path.insert(0, str(ROOT))
    try:
        from tests.pg_cluster import running_cluster
    except ImportError as error:  # pragma: no cover - the tests' helper is part of the repo
        run.notes.append(f"The server's benchmarks were not run: {error}")
        return
    try:
        cluster_context = running_cluster()
        cluster = cluster_context.__enter__()
    except (RuntimeError, OSError, subprocess.CalledProcessError) as error:
        run.notes.append("The server's benchmarks were not run: no PostgreSQL here "
                         f"({error}); scripts/setup.sh --test installs it.")
        write_page(run)
        return
    try:
        run.notes.append("The server: a throwaway PostgreSQL cluster on loopback, on this "
                         "same machine, with fsync off (as the tests run it); the seats, each "
                         "a process, share these cores with it, where an office's seats are "
                         "each their own PC.")
        search_url = cluster.create_database("bench_search").replace(
            "postgresql+psycopg://", "postgresql://")
        measure(run, "Search as one types, on the office's server",
                f"cjeapp bench search --db postgresql://… --clients {clients}",
                ["bench", "search", "--db", search_url, "--clients", str(clients)])
        seats_url = cluster.create_database("bench_seats").replace(
            "postgresql+psycopg://", "postgresql://")
        measure(run, "Seats at once on the office's server",
                f"cjeapp bench seats --db postgresql://… --seats {seats} --minutes {minutes} "
                f"--clients {clients}",
                ["bench", "seats", "--db", seats_url, "--seats", str(seats), "--minutes",
                 str(minutes), "--clients", str(clients)])
    finally:
        cluster_context.__exit__(None, None, None)


def _frozen_build(run: Run, folder: Path) -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        run.notes.append("The one-folder build was not measured: PyInstaller is not "
                         "installed (scripts/measure.sh installs it).")
        write_page(run)
        return
    print("== the one-folder build", flush=True)
    step = Step("The one-folder program (PyInstaller)",
                "pyinstaller packaging/cjeapp.spec (as packaging/build.sh runs it)")
    started = time.perf_counter()
    built = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                            "--log-level", "WARN", "--distpath", str(folder / "dist"),
                            "--workpath", str(folder / "build"), "packaging/cjeapp.spec"],
                           cwd=ROOT, capture_output=True, text=True)
    step.seconds = time.perf_counter() - started
    program = folder / "dist" / "cjeapp"
    if built.returncode != 0:
        step.status = f"exit code {built.returncode}"
        step.printed = built.stderr[-2000:]
    else:
        step.status = "built"
        # Counted once: PyInstaller links Qt's libraries under a second name (as du counts).
        size = sum(path.lstat().st_size for path in program.rglob("*")
                   if path.is_file() and not path.is_symlink())
        archive = shutil.make_archive(str(folder / "cjeapp"), "gztar", program.parent,
                                      program.name)
        launcher = program / "cjeapp"
        started = time.perf_counter()
        subprocess.run([str(launcher), "--version"], capture_output=True, timeout=120)
        version_seconds = time.perf_counter() - started
        step.printed = (f"on disk: {size / 2**20:.0f} MB\n"
                        f"as a .tar.gz: {Path(archive).stat().st_size / 2**20:.0f} MB\n"
                        f"cjeapp --version, from the build: {version_seconds:.2f} s")
    run.steps.append(step)
    write_page(run)
    print(step.printed, flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help="small sizes, to try the script (the page says so)")
    parser.add_argument("--no-build", action="store_true",
                        help="leave out the one-folder build")
    options = parser.parse_args()
    quick = options.quick
    sizes = {"people in the demo file": 2_000 if quick else 100_000,
             "people on the server": 1_000 if quick else 20_000,
             "documents": 50 if quick else 500, "people imported": 2_000 if quick else 20_000,
             "changes exchanged": 1_000 if quick else 10_000}
    run = Run(datetime.now(UTC).astimezone(), os.getloadavg(), sizes)
    if quick:
        run.notes.append("**A quick run (`--quick`): small sizes, to try the script; "
                         "not the figures to quote.**")
    clients = sizes["people in the demo file"]
    with tempfile.TemporaryDirectory(prefix="cjeapp-measure-") as temporary:
        folder = Path(temporary)
        demo = folder / f"demo-{clients}.sqlite3"
        measure(run, "The demo file", f"cjeapp demo --clients {clients} --seed 1",
                ["demo", "--db", str(demo), "--clients", str(clients), "--seed", "1"],
                keep=lambda line: " written in " in line)  # not the key nor the accounts
        measure(run, "Search as one types", f"cjeapp bench search --db demo-{clients}.sqlite3 "
                "--user accueil", ["bench", "search", "--db", str(demo), "--user", "accueil"],
                user="accueil")
        measure(run, "The client list", f"cjeapp bench client-list --db demo-{clients}.sqlite3"
                " --user accueil", ["bench", "client-list", "--db", str(demo), "--user",
                                    "accueil"], user="accueil")
        measure(run, "Start-up", f"cjeapp bench startup --db demo-{clients}.sqlite3 --user "
                "accueil", ["bench", "startup", "--db", str(demo), "--user", "accueil"],
                user="accueil")
        measure(run, "The director's board", f"cjeapp bench board --db demo-{clients}.sqlite3 "
                "--user direction", ["bench", "board", "--db", str(demo), "--user",
                                     "direction"], user="direction")
        measure(run, "The Today page", f"cjeapp bench today --db demo-{clients}.sqlite3 "
                "--user coordination", ["bench", "today", "--db", str(demo), "--user",
                                        "coordination"], user="coordination")
        check_ref, backup_ref = _sqlite_references(demo, folder)

        def check_reference(step: Step) -> None:
            step.references.append(f"SQLite's own `PRAGMA integrity_check` on the same file, "
                                   f"same key and page cache: {check_ref:.1f} s")

        def backup_reference(step: Step) -> None:
            step.references.append(f"SQLite's own online backup of the same file into a new "
                                   f"file under the same key: {backup_ref:.1f} s")

        measure(run, "The full check", f"cjeapp check --db demo-{clients}.sqlite3 --user admin",
                ["check", "--db", str(demo), "--user", "admin"], user="admin",
                after=check_reference)
        measure(run, "A verified backup", f"cjeapp backup --db demo-{clients}.sqlite3 --user "
                "admin --to copy.sqlite3", ["backup", "--db", str(demo), "--user", "admin",
                                            "--to", str(folder / "copy.sqlite3")],
                user="admin", after=backup_reference, folder=folder)
        for name in ("copy.sqlite3", "reference-backup.sqlite3"):
            for path in folder.glob(name + "*"):
                path.unlink()
        measure(run, "Signing in", "cjeapp bench sign-in", ["bench", "sign-in"])
        large = 2_000 if quick else 20_000
        measure(run, "Commands on a small and a large file",
                f"cjeapp bench headless --small 300 --large {large}",
                ["bench", "headless", "--small", "300", "--large", str(large)])
        count = sizes["documents"]
        measure(run, "Documents", f"cjeapp bench documents --count {count}",
                ["bench", "documents", "--count", str(count)])
        rows = sizes["people imported"]
        measure(run, "Importing a list", f"cjeapp bench import --rows {rows}",
                ["bench", "import", "--rows", str(rows)])
        changes = sizes["changes exchanged"]
        measure(run, "A laptop's exchange", f"cjeapp bench exchange --changes {changes}",
                ["bench", "exchange", "--changes", str(changes)])
        if quick:
            run.notes.append("`cjeapp bench export` (its sizes are fixed) is left out of a "
                             "quick run.")
        else:
            measure(run, "The funder's package", "cjeapp bench export", ["bench", "export"])
        _seats_and_server_search(run, sizes["people on the server"], 0.25 if quick else 1.0,
                                 4 if quick else 10)
        if not options.no_build:
            _frozen_build(run, folder)
    run.load_after = os.getloadavg()
    write_page(run)
    print(f"Written: {PAGE.relative_to(ROOT)}")
    return 0 if all(step.status in ("done", "built") for step in run.steps) else 1


if __name__ == "__main__":
    sys.exit(main())
