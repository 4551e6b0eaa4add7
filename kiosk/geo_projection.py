"""The map's projection: an equidistant conic for the Soviet Union.

Why this one: the places lie between about 35°N and 65°N and across more than 50°
of longitude. A conic projection keeps a belt of latitudes like that nearly
undistorted, where a cylindrical one (Web Mercator) would stretch the north by half
again. The equidistant conic with standard parallels 47°N and 62°N is the
projection V. V. Kavrayskiy devised for maps of the USSR, so the country keeps the
shape of its usual general maps; distances along every meridian are true, and the
scale along the parallels errs by less than 3 % from 38°N to 68°N.

Pure Python on a sphere (the ellipsoid's difference is far below a pixel at 1:110m).
Projected coordinates are in Earth radii: x to the east, y to the north.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

STANDARD_PARALLELS = (47.0, 62.0)
"""Degrees north: where the cone touches the globe, after Kavrayskiy's maps of the USSR."""


@dataclass(frozen=True)
class EquidistantConic:
    """An equidistant conic projection on the unit sphere, north up along ``central_meridian``."""

    central_meridian: float
    reference_latitude: float = 55.0
    standard_parallels: tuple[float, float] = STANDARD_PARALLELS

    @property
    def _cone(self) -> tuple[float, float, float]:
        """The cone constant n, G (the pole's distance) and ρ0 (the reference latitude's)."""
        phi1, phi2 = (math.radians(p) for p in self.standard_parallels)
        n = (math.cos(phi1) - math.cos(phi2)) / (phi2 - phi1)
        g = math.cos(phi1) / n + phi1
        return n, g, g - math.radians(self.reference_latitude)

    def forward(self, longitude: float, latitude: float) -> tuple[float, float]:
        """Degrees east and north → (x, y) in Earth radii."""
        n, g, rho0 = self._cone
        rho = g - math.radians(latitude)
        theta = n * math.radians(_wrap(longitude - self.central_meridian))
        return rho * math.sin(theta), rho0 - rho * math.cos(theta)

    def inverse(self, x: float, y: float) -> tuple[float, float]:
        """(x, y) in Earth radii → degrees east and north."""
        n, g, rho0 = self._cone
        rho = math.copysign(math.hypot(x, rho0 - y), n)
        theta = math.atan2(x, rho0 - y)
        longitude = self.central_meridian + math.degrees(theta / n)
        return _wrap(longitude), math.degrees(g - rho)

    def projector(self) -> Projector:
        """A fast forward projection for many points (constants worked out once)."""
        n, g, rho0 = self._cone
        return Projector(n, g, rho0, self.central_meridian)


@dataclass(frozen=True)
class Projector:
    """:meth:`EquidistantConic.forward` with its constants precomputed."""

    n: float
    g: float
    rho0: float
    central_meridian: float

    def __call__(self, longitude: float, latitude: float) -> tuple[float, float]:
        rho = self.g - math.radians(latitude)
        theta = self.n * math.radians(_wrap(longitude - self.central_meridian))
        return rho * math.sin(theta), self.rho0 - rho * math.cos(theta)

    def ring(self, ring: Iterable[Sequence[float]]) -> list[tuple[float, float]]:
        """Many (longitude, latitude) points at once, in plane units (y downwards)."""
        n, g, rho0, centre = self.n, self.g, self.rho0, self.central_meridian
        to_radians, sin, cos = math.pi / 180, math.sin, math.cos
        out = []
        for longitude, latitude in ring:
            rho = g - latitude * to_radians
            theta = n * (((longitude - centre + 180.0) % 360.0) - 180.0) * to_radians
            out.append((rho * sin(theta), rho * cos(theta) - rho0))
        return out


def _wrap(degrees: float) -> float:
    """A longitude difference into [-180, 180)."""
    return (degrees + 180.0) % 360.0 - 180.0
