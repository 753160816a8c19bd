"""Read the program's sign-in window and reception desk through AT-SPI, as Orca would.

Run under ``dbus-run-session`` (a session bus of its own, on which the accessibility bus
is started on demand): starts a virtual display (Xvfb), the program on it (program.py,
with Qt's bridge to AT-SPI always on) and, at each screen, the reader (reader.py, by the
system's python3, which has pyatspi). Prints one JSON object: each screen's nodes.
Everything it started is stopped before it ends, even on a failure.

Usage: session.py DATABASE USER PASSWORD"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"
WAIT = 30.0  # seconds, for any one step
# Each screen, and a node that says it is there to read (its role and name in French).
READY = {"sign-in": ("password text", "Mot de passe"), "desk": ("list", "Sections")}


def line_from(process: subprocess.Popen[str], wait: float) -> str:
    if process.stdout is None:
        raise RuntimeError("no output to read")
    ready, _, _ = select.select([process.stdout], [], [], wait)
    if not ready:
        raise TimeoutError(f"nothing from {process.args!r} in {wait:.0f} s")
    return process.stdout.readline().strip()


def start_display() -> tuple[subprocess.Popen[str], str]:
    """Xvfb on the first free display number (it writes the number it took). The pipe's
    reading end stays open as long as Xvfb runs: closed, Xvfb may find it cannot write
    and stop."""
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0",
                             "1366x768x24", "-nolisten", "tcp"], pass_fds=(write,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, text=True)
    os.close(write)
    number = ""
    ends = time.monotonic() + WAIT
    while not number.endswith("\n") and time.monotonic() < ends and xvfb.poll() is None:
        ready, _, _ = select.select([read], [], [], 0.5)
        if ready:
            number += os.read(read, 16).decode()
    _kept_open.append(read)
    if not number.strip():
        stop(xvfb)
        raise TimeoutError("the virtual display did not start")
    return xvfb, f":{number.strip()}"


_kept_open: list[int] = []


def stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


def read_screen(pid: int, ready: tuple[str, str], environment: dict[str, str]
                ) -> list[object]:
    done = subprocess.run([SYSTEM_PYTHON, "-P", str(HERE / "reader.py"), str(pid), *ready],
                          env=environment, capture_output=True, text=True, timeout=WAIT,
                          check=False)
    if done.returncode != 0:
        raise RuntimeError(f"the reader failed: {done.stderr.strip()[-2000:]}")
    found: list[object] = json.loads(done.stdout)
    return found


def main() -> int:
    database, username, password = sys.argv[1:4]
    xvfb, display = start_display()
    environment = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
                   "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_ACCESSIBILITY": "1",
                   "NO_AT_BRIDGE": "0"}
    reader_environment = {key: value for key, value in environment.items()
                          if key not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    program = subprocess.Popen([sys.executable, str(HERE / "program.py"), database,
                                username, password], env=environment, text=True,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    screens: dict[str, list[object]] = {}
    try:
        for screen, ready in READY.items():
            said = line_from(program, WAIT)
            if said != screen:
                raise RuntimeError(f"the program said {said!r} instead of {screen!r}")
            screens[screen] = read_screen(program.pid, ready, reader_environment)
            if screen == "sign-in" and program.stdin is not None:
                program.stdin.write("desk\n")
                program.stdin.flush()
        if program.stdin is not None:
            program.stdin.write("quit\n")
            program.stdin.flush()
        program.wait(WAIT)
    finally:
        stop(program)
        stop(xvfb)
    print(json.dumps(screens, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    raise SystemExit(main())
