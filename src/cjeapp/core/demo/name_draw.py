"""How demo people get their names: as on a real list, where two people with exactly the same
given and family names are rare. A full name already given is drawn again, a few times at
most, so namesakes appear only once a country's pool is nearly used up (very large demos)."""

from __future__ import annotations

from random import Random

from cjeapp.core.demo.names import Origin

TRIES = 8  # draws before a namesake is accepted


class NameDraw:
    """The names given so far in one demo, and the draw that avoids repeating them."""

    def __init__(self, rng: Random) -> None:
        self.rng = rng
        self.given: set[tuple[str, str]] = set()

    def draw(self, origin: Origin, female: bool, family: str | None) -> tuple[str, str]:
        """A given name and a family name: ``family`` when the person carries the household's
        (``None`` draws one from the origin's pool too)."""
        pool = origin.first_f if female else origin.first_m
        for _ in range(TRIES):
            first = self.rng.choice(pool)
            last = family if family is not None else self.rng.choice(origin.last)
            if (first, last) not in self.given:
                break
        self.given.add((first, last))
        return first, last
