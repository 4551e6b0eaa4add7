"""Make the kiosk's base map (kiosk/maps/countries-110m.json) from Natural Earth.

The outlines are Natural Earth's 1:110m "Admin 0 – Countries", public domain
(https://www.naturalearthdata.com/about/terms-of-use/), as shipped inside the
geopandas 0.14.4 wheel (``geopandas/datasets/naturalearth_lowres``), which pip
can fetch from PyPI. They are present-day borders: a map of 1937 must say so.

Run once, by a developer, when the map is to change:

    .venv/bin/pip download geopandas==0.14.4 --no-deps -d /tmp/ne
    .venv/bin/python tools/make_basemap.py /tmp/ne/geopandas-0.14.4-py3-none-any.whl

The shapefile is read here with a few lines of ``struct`` (polygons and the
attribute table are all this needs), so making the map adds no dependency.
Coordinates are rounded to 0.01° (about 1 km, far below what 1:110m draws).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import struct
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "kiosk" / "maps" / "countries-110m.json"
MEMBER = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
WHEEL = "geopandas-0.14.4-py3-none-any.whl"
POLYGON = 5
DIGITS = 2

Ring = list[tuple[float, float]]


def read_polygons(shp: bytes) -> list[list[Ring]]:
    """Each record's rings (outer and holes) from a polygon shapefile's .shp bytes."""
    shapes, offset = [], 100  # the file header is 100 bytes
    while offset < len(shp):
        _number, words = struct.unpack(">ii", shp[offset : offset + 8])
        content = shp[offset + 8 : offset + 8 + 2 * words]
        offset += 8 + 2 * words
        (kind,) = struct.unpack("<i", content[:4])
        if kind != POLYGON:
            raise ValueError(f"shape type {kind} is not a polygon")
        parts_count, points_count = struct.unpack("<ii", content[36:44])
        parts = list(struct.unpack(f"<{parts_count}i", content[44 : 44 + 4 * parts_count]))
        start = 44 + 4 * parts_count
        flat = struct.unpack(f"<{2 * points_count}d", content[start : start + 16 * points_count])
        points = list(zip(flat[0::2], flat[1::2], strict=True))
        ends = [*parts[1:], points_count]
        shapes.append([points[a:b] for a, b in zip(parts, ends, strict=True)])
    return shapes


def read_table(dbf: bytes, encoding: str) -> list[dict[str, str]]:
    """The rows of a dBASE table, every value as stripped text (``encoding``: the .cpg's)."""
    count, header, length = struct.unpack("<IHH", dbf[4:12])
    fields, at = [], 32
    while dbf[at] != 0x0D:
        name = dbf[at : at + 11].split(b"\0")[0].decode("ascii")
        fields.append((name, dbf[at + 16]))
        at += 32
    rows = []
    for index in range(count):
        record = dbf[header + index * length : header + (index + 1) * length]
        values, at = {}, 1  # the first byte marks deleted records
        for name, width in fields:
            values[name] = record[at : at + width].decode(encoding).strip()
            at += width
        rows.append(values)
    return rows


def basemap(wheel: Path) -> dict[str, object]:
    with zipfile.ZipFile(wheel) as archive:
        shp = archive.read(MEMBER + ".shp")
        dbf = archive.read(MEMBER + ".dbf")
        encoding = archive.read(MEMBER + ".cpg").decode("ascii").strip()
    countries = [
        {
            "name": row["name"],
            "iso_a3": row["iso_a3"],
            "rings": [[[round(x, DIGITS), round(y, DIGITS)] for x, y in ring] for ring in rings],
        }
        for row, rings in zip(read_table(dbf, encoding), read_polygons(shp), strict=True)
    ]
    return {
        "source": (
            "Natural Earth, 1:110m Cultural Vectors, Admin 0 – Countries, as shipped in "
            f"{WHEEL} (geopandas/datasets/naturalearth_lowres)"
        ),
        "licence": "public domain (https://www.naturalearthdata.com/about/terms-of-use/)",
        "note": "present-day borders, not those of the time the exhibition shows",
        "wheel_sha256": hashlib.sha256(wheel.read_bytes()).hexdigest(),
        "coordinates": "longitude, latitude in degrees (WGS 84), rounded to 0.01",
        "countries": countries,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wheel", type=Path, help=f"the downloaded {WHEEL}")
    parser.add_argument("--out", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    data = basemap(args.wheel)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
    sys.stdout.write(f"{args.out}: {len(data['countries'])} countries\n")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
