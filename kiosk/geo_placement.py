"""Where each name goes at one scale: the search for spots that touch nothing.

A name goes right beside its marker if it can (right, then left, then slanting,
then above and below); where places crowd together (Moscow and Butovo are 0.2°
apart) it moves further out, in any of twelve directions, and a thin leader line
joins it to its marker. Every spot has a cost: its direction, the length of its
leader, and how far it reaches beyond the places (which makes "show all" smaller).

:func:`place_labels` starts from the placement at the next smaller scale, as far as
it still fits; places the other names one by one, most crowded first, each in its
cheapest free spot (pushing one or two others aside if need be); if a name is still
left out, a short depth-first search looks for a placement of all; finally each name
moves to the cheapest spot that has come free. A name that fits nowhere is left out
at that scale and shows once the visitor zooms in.
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from kiosk.geo_boxes import (
    Box,
    Segment,
    overlap,
    segment_box,
    segment_hits,
    segments_cross,
    union,
    within,
)

GAP = 6.0
"""Between a marker's edge and its name, and between two names' boxes."""

LEADER_DISTANCES = (0.0, 16.0, 36.0, 62.0, 95.0)
"""How much further than right beside the marker a name may sit; beyond 0, with a leader."""

DIRECTIONS = 12
"""Directions a name may lie in from its marker, evenly spaced (every 30°), east first."""


@dataclass(frozen=True)
class Marker:
    """A place on screen: its centre and how far its marker reaches."""

    x: float
    y: float
    radius: float

    def box(self) -> Box:
        r = self.radius
        return (self.x - r, self.y - r, self.x + r, self.y + r)


@dataclass(frozen=True)
class Spot:
    """Where a name sits relative to its marker's centre, how its lines align, its
    leader line if it has one, and how much less good it is than right beside."""

    box: Box
    align: str
    leader: Segment | None
    cost: float

    def moved(self, x: float, y: float) -> tuple[Box, Segment | None]:
        """The box and leader for a marker at (x, y)."""
        b, s = self.box, self.leader
        leader = None if s is None else (s[0] + x, s[1] + y, s[2] + x, s[3] + y)
        return (b[0] + x, b[1] + y, b[2] + x, b[3] + y), leader


@cache
def candidates(radius: float, width: float, height: float) -> tuple[Spot, ...]:
    """Every spot a ``width`` × ``height`` name may take around a marker, best first."""
    spots = []
    for extra in LEADER_DISTANCES:
        distance = radius + GAP + extra
        for step in range(DIRECTIONS):
            angle = 2 * math.pi * step / DIRECTIONS
            ux, uy = math.cos(angle), math.sin(angle)
            box, align = _box_towards(ux, uy, distance, width, height)
            if overlap(box, (-radius, -radius, radius, radius), GAP / 2):
                continue
            leader = None
            if extra:
                start, end = radius + 2, distance - GAP / 2
                leader = (ux * start, uy * start, ux * end, uy * end)
            spots.append(Spot(box, align, leader, _direction_cost(ux, uy) + _leader_cost(extra)))
    spots.sort(key=lambda spot: spot.cost)
    return tuple(spots)


def _box_towards(ux: float, uy: float, distance: float, w: float, h: float) -> tuple[Box, str]:
    """The box whose point nearest the marker is ``distance`` away along (ux, uy):
    the middle of its near side for a name beside the marker, its near edge's middle
    for one above or below."""
    x, y = ux * distance, uy * distance
    if ux > 0.45:
        return (x, y - h / 2, x + w, y + h / 2), "left"
    if ux < -0.45:
        return (x - w, y - h / 2, x, y + h / 2), "right"
    if uy < 0:
        return (x - w / 2, y - h, x + w / 2, y), "center"
    return (x - w / 2, y, x + w / 2, y + h), "center"


def _leader_cost(extra: float) -> float:
    """A leader line costs for being there at all, and more the longer it is: a long
    line across the map is read as belonging to the wrong place."""
    return 0.0 if extra == 0 else 0.6 + extra / 30


def _direction_cost(ux: float, uy: float) -> float:
    """Right of the marker is best, then left; above before below; level before slanted."""
    cost = 0.0 if ux > 0.1 else 0.35
    cost += 0.9 * abs(uy) + (0.15 if uy > 0.1 else 0.0)
    return cost


def place_labels(
    markers: Sequence[Marker],
    sizes: Sequence[tuple[float, float]],
    bounds: Box,
    seed: Sequence[Spot | None] = (),
) -> list[Spot | None]:
    """A spot for each name (``sizes``: width, height), all within ``bounds``, none
    overlapping another name, a marker or a leader line; None where none fits.

    Names start where ``seed`` puts them (the placement at a smaller scale, which
    mostly still holds as the places spread apart), as far as they still fit; the
    others are placed one by one, each in its best free spot, most crowded first.
    If that leaves one out, a short backtracking search looks for a placement of
    all. Finally each name moves to the best spot that has come free.
    """
    geometry = _Geometry(markers, sizes, bounds)
    best = _Placer(geometry)
    best.keep(seed)
    best.greedy(i for i in _most_crowded_first(markers) if i not in best.chosen)
    if len(best.chosen) < len(markers):
        found = _search(geometry, len(markers))
        if found is not None:
            best = found
    best.improve()
    spots = best.spots()
    return [spots.get(i) for i in range(len(markers))]


SEARCH_NODES = 3000
"""Placements the backtracking search tries before giving up."""

SEARCH_WIDTH = 40
"""How many of each name's best spots the search considers."""


def _search(geometry: _Geometry, count: int) -> _Placer | None:
    """Every name placed, by depth-first search: the name with the fewest spots left
    first, each spot ruling out the others' spots it touches; None if not found soon."""
    domains = {i: list(itertools.islice(geometry.usable(i), SEARCH_WIDTH)) for i in range(count)}
    nodes = [0]

    def search(
        domains: dict[int, list[Placed]], chosen: dict[int, Placed]
    ) -> dict[int, Placed] | None:
        if not domains:
            return chosen
        index = min(domains, key=lambda i: len(domains[i]))
        for placed in domains[index]:
            nodes[0] += 1
            if nodes[0] > SEARCH_NODES:
                return None
            rest: dict[int, list[Placed]] = {}
            for j, spots in domains.items():
                if j != index:
                    rest[j] = [s for s in spots if not _touch(placed, s)]
                    if not rest[j]:
                        break
            else:
                found = search(rest, {**chosen, index: placed})
                if found is not None:
                    return found
        return None

    chosen = search(domains, {})
    if chosen is None:
        return None
    placer = _Placer(geometry)
    placer.chosen = chosen
    return placer


def _touch(a: Placed, b: Placed) -> bool:
    """Whether two spots on screen touch: box on box, or a leader line across either."""
    _, box, leader, extent, _ = a
    _, other_box, other_leader, other_extent, _ = b
    if not overlap(extent, other_extent, GAP):
        return False
    return (
        overlap(box, other_box, GAP)
        or (leader is not None and segment_hits(leader, other_box))
        or (other_leader is not None and segment_hits(other_leader, box))
        or (
            leader is not None and other_leader is not None and segments_cross(leader, other_leader)
        )
    )


def _most_crowded_first(markers: Sequence[Marker]) -> list[int]:
    return sorted(range(len(markers)), key=lambda i: -_crowding(i, markers))


def _crowding(index: int, markers: Sequence[Marker]) -> float:
    """How close the other markers are: the sum of their inverse distances."""
    me = markers[index]
    return sum(
        1.0 / max(1.0, math.hypot(m.x - me.x, m.y - me.y))
        for j, m in enumerate(markers)
        if j != index
    )


Placed = tuple[Spot, Box, Segment | None, Box, float]
"""A spot with its box and leader line where they are on screen, the box around both,
and its cost there."""

OUTSIDE_COST = (1 / 120, 1 / 60)
"""Cost per pixel a name reaches beyond the places' extent (x, y): every such pixel
makes "show all" smaller, and a wide map has room to spare across, not up and down."""


class _Geometry:
    """Each name's usable spots on screen (within bounds, clear of every other marker),
    with their cost there, best first. Checked lazily, once for all the orders tried:
    most names take one of their first few spots."""

    def __init__(
        self, markers: Sequence[Marker], sizes: Sequence[tuple[float, float]], bounds: Box
    ) -> None:
        self.markers = markers
        self.bounds = bounds
        self.boxes = [m.box() for m in markers]
        self.extent = union(self.boxes)
        self.options = [
            candidates(m.radius, w, h) for m, (w, h) in zip(markers, sizes, strict=True)
        ]
        self.ready: list[list[Placed]] = [[] for _ in markers]
        self.pending: list[list[tuple[float, int, Placed]]] = [[] for _ in markers]
        self.next = [0 for _ in markers]

    def usable(self, index: int) -> Iterator[Placed]:
        """The name's usable spots in order of their cost where they are.

        A spot costs at least its cost beside any marker (``Spot.cost``, the order of
        ``options``), so a checked spot is ready once no unchecked one can cost less.
        """
        ready, pending, options = self.ready[index], self.pending[index], self.options[index]
        k = 0
        while True:
            while len(ready) <= k:
                at = self.next[index]
                if at < len(options) and (not pending or options[at].cost < pending[0][0]):
                    self.next[index] += 1
                    placed = self._check(index, options[at])
                    if placed is not None:
                        heapq.heappush(pending, (placed[4], at, placed))
                elif pending:
                    ready.append(heapq.heappop(pending)[2])
                else:
                    return
            yield ready[k]
            k += 1

    def at(self, index: int, spot: Spot) -> Placed | None:
        """A given spot of the name's, if it is usable."""
        return self._check(index, spot)

    def _check(self, index: int, spot: Spot) -> Placed | None:
        marker = self.markers[index]
        box, leader = spot.moved(marker.x, marker.y)
        if not within(box, self.bounds):
            return None
        extent = box if leader is None else union([box, segment_box(leader)])
        for j, other in enumerate(self.boxes):
            if j == index or not overlap(extent, other, GAP / 2):
                continue
            if overlap(box, other, GAP / 2) or (leader is not None and segment_hits(leader, other)):
                return None
        left, top, right, bottom = self.extent
        outside_x = max(0.0, left - box[0]) + max(0.0, box[2] - right)
        outside_y = max(0.0, top - box[1]) + max(0.0, box[3] - bottom)
        cost = spot.cost + outside_x * OUTSIDE_COST[0] + outside_y * OUTSIDE_COST[1]
        return spot, box, leader, extent, cost


class _Placer:
    """One placement under way: which name is where."""

    def __init__(self, geometry: _Geometry) -> None:
        self.geometry = geometry
        self.chosen: dict[int, Placed] = {}

    def spots(self) -> dict[int, Spot]:
        return {index: placed[0] for index, placed in self.chosen.items()}

    def score(self) -> tuple[int, float]:
        """Fewer names left out is better, then a lower total cost."""
        left_out = len(self.geometry.markers) - len(self.chosen)
        return left_out, sum(placed[4] for placed in self.chosen.values())

    def keep(self, seed: Sequence[Spot | None]) -> None:
        """Put names where ``seed`` has them, as far as they still fit there."""
        for index, spot in enumerate(seed):
            if spot is not None:
                placed = self.geometry.at(index, spot)
                if placed is not None and not self.blocking(placed, stop_at=1):
                    self.chosen[index] = placed

    def greedy(self, order: Iterable[int]) -> _Placer:
        """Each name in turn in its best free spot, pushing one aside if need be."""
        for index in order:
            if not self.place(index):
                self.push_aside(index)
        return self

    def place(self, index: int, worse_than: float = math.inf) -> bool:
        """Put a name in its best free spot (better than ``worse_than``); False if none."""
        for placed in self.geometry.usable(index):
            if placed[4] >= worse_than:
                return False
            if not self.blocking(placed, stop_at=1):
                self.chosen[index] = placed
                return True
        return False

    def push_aside(self, index: int, tries: int = 24) -> bool:
        """Take a spot that one or two placed names are in the way of, if they can move."""
        for placed in itertools.islice(self.geometry.usable(index), tries):
            blocking = self.blocking(placed, stop_at=3)
            if len(blocking) > 2:
                continue
            moved = {j: self.chosen.pop(j) for j in blocking}
            self.chosen[index] = placed
            if all(self.place(j) for j in blocking):
                return True
            for j in blocking:
                self.chosen.pop(j, None)
            del self.chosen[index]
            self.chosen.update(moved)
        return False

    def improve(self) -> None:
        """Move each name to a better spot that has come free, until none moves."""
        moved = True
        while moved:
            moved = False
            for index in list(self.chosen):
                current = self.chosen.pop(index)
                if self.place(index, worse_than=current[4]):
                    moved = True
                else:
                    self.chosen[index] = current

    def blocking(self, placed: Placed, stop_at: int) -> list[int]:
        """The placed names that a spot would touch (counting stops at ``stop_at``)."""
        found = []
        for j, other in self.chosen.items():
            if _touch(placed, other):
                found.append(j)
                if len(found) >= stop_at:
                    break
        return found
