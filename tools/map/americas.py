#!/usr/bin/env python3
"""Derives the map of the Americas that /map draws from Natural Earth's country shapes.

Input: countries-50m.json of the npm package world-atlas (TopoJSON of Natural Earth 1:50m admin-0
countries, public domain; the package is ISC-licensed). Output (stdout): one line per shape,
    code<TAB>name<TAB>svg path<TAB>x,y
where code is the ISO 3166-1 alpha-2 code of an OAS member state, or "-" for other land drawn as
context; the path is in the map's own coordinates (1000 wide); x,y is where a marker for a small
island state goes. Reproduce with:
    npm install world-atlas@2.0.2
    python3 tools/map/americas.py node_modules/world-atlas/countries-50m.json \
        > search-web/src/main/resources/map/americas.tsv
"""
import json
import math
import sys

# ISO 3166-1 numeric -> alpha-2 for the 35 OAS member states (the numeric ids world-atlas uses)
STATES = {
    "028": "AG", "032": "AR", "044": "BS", "052": "BB", "084": "BZ", "068": "BO", "076": "BR", "124": "CA",
    "152": "CL", "170": "CO", "188": "CR", "192": "CU", "212": "DM", "214": "DO", "218": "EC", "222": "SV",
    "308": "GD", "320": "GT", "328": "GY", "332": "HT", "340": "HN", "388": "JM", "484": "MX", "558": "NI",
    "591": "PA", "600": "PY", "604": "PE", "659": "KN", "662": "LC", "670": "VC", "740": "SR", "780": "TT",
    "840": "US", "858": "UY", "862": "VE",
}
# the frame: longitudes and latitudes of the Americas (the Aleutians beyond 180 degrees are left out)
LON0, LON1, LAT0, LAT1 = -170.0, -30.0, -56.0, 72.0
WIDTH = 1000.0
# equirectangular, scaled at 15 degrees north so that neither Canada nor Argentina is distorted too much
KX = math.cos(math.radians(15))
SCALE = WIDTH / ((LON1 - LON0) * KX)
HEIGHT = (LAT1 - LAT0) * SCALE


def project(lon, lat):
    return round((lon - LON0) * KX * SCALE, 1), round((LAT1 - lat) * SCALE, 1)


def decode_arcs(topo):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def ring(arcs, indexes):
    pts = []
    for i in indexes:
        a = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        pts.extend(a if not pts else a[1:])
    return pts


def inside(pts):
    return any(LON0 <= lon <= LON1 and LAT0 <= lat <= LAT1 for lon, lat in pts)


def path(rings):
    out = []
    for pts in rings:
        projected = []
        for lon, lat in pts:
            x, y = project(max(LON0 - 5, min(LON1 + 5, lon)), lat)
            p = (round(x), round(y))  # a pixel of a 1000-wide map is finer than any border drawn here
            if not projected or p != projected[-1]:
                projected.append(p)
        if len(projected) < 3:
            continue
        out.append("M" + "L".join(f"{x:g},{y:g}" for x, y in projected) + "Z")
    return "".join(out)


def main(file):
    topo = json.load(open(file))
    arcs = decode_arcs(topo)
    print(f"#\tframe\t0 0 {WIDTH:g} {HEIGHT:.0f}\t")
    for g in topo["objects"]["countries"]["geometries"]:
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]] if g["type"] == "Polygon" else []
        rings = []
        for poly in polys:
            outer = ring(arcs, poly[0])
            if inside(outer) and max(lon for lon, _ in outer) < 0:
                rings.append(outer)
        if not rings:
            continue
        code = STATES.get(g.get("id"), "-")
        if code == "-" and all(max(lon for lon, _ in r) < -120 and min(lat for _, lat in r) < 25 for r in rings):
            continue  # Pacific islands of other states: far from any member, they only crowd the frame
        biggest = max(rings, key=len)
        cx = sum(p[0] for p in biggest) / len(biggest)
        cy = sum(p[1] for p in biggest) / len(biggest)
        x, y = project(cx, cy)
        print(f"{code}\t{g['properties']['name']}\t{path(rings)}\t{x:g},{y:g}")


if __name__ == "__main__":
    main(sys.argv[1])
