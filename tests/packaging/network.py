"""What pip prints when it cannot reach the package index at all: the packaging tests that
need the index (a wheel's build requirements, Windows wheels) are skipped then, saying so,
and fail on anything else."""

from __future__ import annotations

NO_NETWORK = ("NewConnectionError", "Failed to establish a new connection",
              "Temporary failure in name resolution", "Network is unreachable",
              "No route to host", "ConnectTimeoutError", "ProxyError")


def unreachable(printed: str) -> bool:
    return any(sign in printed for sign in NO_NETWORK)
