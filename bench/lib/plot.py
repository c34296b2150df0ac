"""A two-panel SVG (no dependencies): indexing wall time and query p99 against
corpus size, log-log, one line per system (Lanyard, its floors, the peers)."""

import math

COLORS = ["#d62728", "#7f7f7f", "#1f77b4", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22"]
W, H, PAD = 420, 300, 55


def _series(ours, peers, docs):
    """{panel: {name: [(docs, value)]}} for 'index s' and 'p99 ms'."""
    s = {"indexing wall time (s)": {}, "query p99 (ms)": {}}
    idx, qry = s["indexing wall time (s)"], s["query p99 (ms)"]
    for (c, _), m in ours.items():
        n = docs.get(c)
        if not n or c == "smoke":
            continue
        for name, key, panel in (("lanyard", "index_wall_s", idx), ("floor (TermGenerator)", "floor_index_wall_s", idx),
                                 ("lanyard", "query_p99_ms", qry), ("floor (bare Enquire)", "floor_query_p99_ms", qry)):
            if m.get(key):
                panel.setdefault(name, []).append((n, m[key]))
    for (c, p), m in peers.items():
        n = docs.get(c)
        if not n or p in ("ours", "ours-floor") or c == "smoke":
            continue
        if m.get("build_wall_s"):
            idx.setdefault(p, []).append((n, m["build_wall_s"]))
        if m.get("query_p99_ms"):
            qry.setdefault(p, []).append((n, m["query_p99_ms"]))
    return s


def _panel(x0, title, lines, colors):
    pts = [pt for v in lines.values() for pt in v]
    if not pts:
        return ['<text x="%d" y="%d">%s: no data</text>' % (x0 + PAD, PAD, title)]
    lx = [math.log10(p[0]) for p in pts]
    ly = [math.log10(max(p[1], 1e-3)) for p in pts]
    xmin, xmax = math.floor(min(lx)), math.ceil(max(lx)) or 1
    ymin, ymax = math.floor(min(ly)), math.ceil(max(ly))
    xmax, ymax = max(xmax, xmin + 1), max(ymax, ymin + 1)
    sx = lambda v: x0 + PAD + (math.log10(v) - xmin) / (xmax - xmin) * (W - 2 * PAD)  # noqa: E731
    sy = lambda v: H - PAD + (ymin - math.log10(max(v, 1e-3))) / (ymax - ymin) * (H - 2 * PAD)  # noqa: E731
    out = ['<text x="%d" y="20" font-weight="bold">%s</text>' % (x0 + PAD, title),
           '<rect x="%d" y="%d" width="%d" height="%d" fill="none" stroke="#333"/>' % (
               x0 + PAD, PAD, W - 2 * PAD, H - 2 * PAD)]
    for e in range(xmin, xmax + 1):
        x = sx(10 ** e)
        out.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#ddd"/>' % (x, PAD, x, H - PAD))
        out.append('<text x="%.1f" y="%d" text-anchor="middle">%s</text>' % (x, H - PAD + 15, _num(10 ** e)))
    for e in range(ymin, ymax + 1):
        y = sy(10 ** e)
        out.append('<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#ddd"/>' % (x0 + PAD, y, x0 + W - PAD, y))
        out.append('<text x="%d" y="%.1f" text-anchor="end">%s</text>' % (x0 + PAD - 4, y + 4, _num(10 ** e)))
    out.append('<text x="%d" y="%d" text-anchor="middle">documents</text>' % (x0 + W / 2, H - PAD + 32))
    for name, v in sorted(lines.items()):
        v = sorted(v)
        path = " ".join("%.1f,%.1f" % (sx(a), sy(b)) for a, b in v)
        out.append('<polyline points="%s" fill="none" stroke="%s" stroke-width="2"/>' % (path, colors[name]))
        out += ['<circle cx="%.1f" cy="%.1f" r="3" fill="%s"/>' % (sx(a), sy(b), colors[name]) for a, b in v]
    return out


def _num(v):
    return "%g" % v if v < 1e4 else "%dk" % (v / 1e3) if v < 1e6 else "%dM" % (v / 1e6)


def svg(ours, peers, docs):
    s = _series(ours, peers, docs)
    names = sorted({n for panel in s.values() for n in panel}, key=lambda n: (not n.startswith(("lanyard", "floor")), n))
    colors = {n: COLORS[i % len(COLORS)] for i, n in enumerate(names)}
    body = []
    for i, (title, lines) in enumerate(s.items()):
        body += _panel(i * W, title, lines, colors)
    for i, n in enumerate(names):
        y = H + 10 + 16 * i
        body.append('<rect x="%d" y="%d" width="12" height="12" fill="%s"/>' % (PAD, y, colors[n]))
        body.append('<text x="%d" y="%d">%s</text>' % (PAD + 18, y + 11, n))
    height = H + 20 + 16 * len(names)
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" '
            'font-size="11">\n<rect width="100%%" height="100%%" fill="white"/>\n%s\n</svg>\n'
            % (2 * W, height, "\n".join(body)))
