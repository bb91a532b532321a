// Writes the console's map of Europe (public/geo/europe.json) from Natural Earth's 1:50m countries as TopoJSON,
// once, by hand; the page loads the result as a static file and nothing here runs at build time.
//
//   cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
//   node services/console/tools/europe-map.mjs /tmp/package/countries-50m.json \
//        services/console/src/main/resources/public/geo/europe.json
//
// Projection: Lambert azimuthal equal-area centred on 10° E 52° N (the centre of ETRS89-LAEA, EPSG:3035, Europe's
// statistical maps), scaled to a viewBox 1000 wide; every ring clipped to the frame, simplified (Douglas–Peucker,
// half a unit) and written as relative SVG path data with one decimal.
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node europe-map.mjs countries-50m.json europe.json');
  process.exit(2);
}

// ISO 3166-1 numeric (Natural Earth's ids in world-atlas) → alpha-2 as the plan stores it (Greece: GR, which the API
// also accepts as EL). The 30 members of the plan (EU27 + IS, LI, NO) and the neighbours drawn grey around them.
const MEMBERS = {
  '040': 'AT', '056': 'BE', '100': 'BG', '191': 'HR', '196': 'CY', '203': 'CZ', '208': 'DK', '233': 'EE', '246': 'FI',
  '250': 'FR', '276': 'DE', '300': 'GR', '348': 'HU', '372': 'IE', '380': 'IT', '428': 'LV', '440': 'LT', '442': 'LU',
  '470': 'MT', '528': 'NL', '616': 'PL', '620': 'PT', '642': 'RO', '703': 'SK', '705': 'SI', '724': 'ES', '752': 'SE',
  '352': 'IS', '438': 'LI', '578': 'NO',
};
// Parts Natural Earth draws apart that belong to a member's shape on this map: Åland (Finland); the north of Cyprus,
// which is Cyprus's territory in the EU's usage (the acquis is suspended there, Protocol 10 of the 2003 Act of Accession).
const PART_OF = { '248': 'FI', 'N. Cyprus': 'CY' };
const NEIGHBOURS = {
  '826': 'GB', '756': 'CH', '804': 'UA', '112': 'BY', '643': 'RU', '498': 'MD', '688': 'RS', '070': 'BA', '499': 'ME',
  '807': 'MK', '008': 'AL', 'Kosovo': 'XK', '792': 'TR', '268': 'GE', '051': 'AM', '031': 'AZ', '020': 'AD', '492': 'MC',
  '674': 'SM', '336': 'VA', '504': 'MA', '012': 'DZ', '788': 'TN', '434': 'LY', '818': 'EG', '760': 'SY', '422': 'LB',
  '376': 'IL', '400': 'JO', '368': 'IQ', '364': 'IR', '398': 'KZ', '234': 'FO', '831': 'GG', '832': 'JE', '833': 'IM',
  '292': 'GI', '304': 'GL', '275': 'PS', '682': 'SA',
};

const WIDTH = 1000;
const LON0 = 10 * Math.PI / 180, LAT0 = 52 * Math.PI / 180;
// The frame, in degrees: Iceland to Cyprus, Crete to the North Cape.
const FRAME = { west: -24.5, east: 41, south: 33.5, north: 71.5 };
const TOLERANCE = 0.5;
const DOT_BELOW = 9; // a shape smaller than this (viewBox units) also gets a dot, so that it can be seen and pointed at

function laea([lon, lat]) {
  const l = lon * Math.PI / 180 - LON0, p = lat * Math.PI / 180;
  const k = Math.sqrt(2 / (1 + Math.sin(LAT0) * Math.sin(p) + Math.cos(LAT0) * Math.cos(p) * Math.cos(l)));
  return [k * Math.cos(p) * Math.sin(l), -k * (Math.cos(LAT0) * Math.sin(p) - Math.sin(LAT0) * Math.cos(p) * Math.cos(l))];
}

// The frame's corners and edge midpoints, projected: the box of the view in projected units.
const edge = [];
for (let i = 0; i <= 20; i++) {
  const lon = FRAME.west + (FRAME.east - FRAME.west) * i / 20, lat = FRAME.south + (FRAME.north - FRAME.south) * i / 20;
  edge.push(laea([lon, FRAME.south]), laea([lon, FRAME.north]), laea([FRAME.west, lat]), laea([FRAME.east, lat]));
}
const minX = Math.min(...edge.map(p => p[0])), maxX = Math.max(...edge.map(p => p[0]));
const minY = Math.min(...edge.map(p => p[1])), maxY = Math.max(...edge.map(p => p[1]));
// Cropped to the part that matters: the frame's projected box is wider at the south than Europe needs.
const box = { x0: minX + (maxX - minX) * 0.06, x1: maxX - (maxX - minX) * 0.04, y0: minY + (maxY - minY) * 0.05, y1: maxY };
const scale = WIDTH / (box.x1 - box.x0);
const HEIGHT = Math.round((box.y1 - box.y0) * scale);
const toView = p => { const [x, y] = laea(p); return [(x - box.x0) * scale, (y - box.y0) * scale]; };

// TopoJSON: quantized, delta-encoded arcs; a negative index is the one's complement of an arc read backwards.
const topology = JSON.parse(readFileSync(input, 'utf8'));
const { scale: [kx, ky], translate: [dx, dy] } = topology.transform;
const arcs = topology.arcs.map(arc => {
  let x = 0, y = 0;
  return arc.map(([ax, ay]) => { x += ax; y += ay; return [x * kx + dx, y * ky + dy]; });
});
function ring(indexes) {
  const points = [];
  for (const i of indexes) {
    const arc = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
    arc.forEach((p, j) => { if (j > 0 || points.length === 0) points.push(p); });
  }
  return points;
}
const polygons = g => g.type === 'Polygon' ? [g.arcs.map(ring)] : g.type === 'MultiPolygon' ? g.arcs.map(p => p.map(ring)) : [];

// Sutherland–Hodgman against the view, with a margin so that the cut edges lie outside what is seen.
function clip(points) {
  const m = 8;
  const edges = [
    [p => p[0] >= -m, (a, b) => cut(a, b, 0, -m)], [p => p[0] <= WIDTH + m, (a, b) => cut(a, b, 0, WIDTH + m)],
    [p => p[1] >= -m, (a, b) => cut(a, b, 1, -m)], [p => p[1] <= HEIGHT + m, (a, b) => cut(a, b, 1, HEIGHT + m)],
  ];
  let out = points;
  for (const [inside, cross] of edges) {
    const input = out;
    out = [];
    input.forEach((p, i) => {
      const prev = input[(i + input.length - 1) % input.length];
      if (inside(p)) { if (!inside(prev)) out.push(cross(prev, p)); out.push(p); } else if (inside(prev)) out.push(cross(prev, p));
    });
    if (!out.length) break;
  }
  return out;
}
function cut(a, b, axis, value) {
  const t = (value - a[axis]) / (b[axis] - a[axis]);
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

function simplify(points) {
  if (points.length < 4) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    let worst = 0, at = -1;
    for (let i = a + 1; i < b; i++) {
      const d = distance(points[i], points[a], points[b]);
      if (d > worst) { worst = d; at = i; }
    }
    if (worst > TOLERANCE) { keep[at] = 1; stack.push([a, at], [at, b]); }
  }
  return points.filter((_, i) => keep[i]);
}
function distance(p, a, b) {
  const vx = b[0] - a[0], vy = b[1] - a[1], len = Math.hypot(vx, vy);
  if (len === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  return Math.abs(vx * (a[1] - p[1]) - vy * (a[0] - p[0])) / len;
}

const tenth = v => Math.round(v * 10);
const num = v => { const s = (v / 10).toFixed(1); return s.endsWith('.0') ? s.slice(0, -2) : s; };
function pathData(rings) {
  let d = '';
  for (const r of rings) {
    const q = r.map(([x, y]) => [tenth(x), tenth(y)]).filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]);
    if (q.length < 3) continue;
    d += `M${num(q[0][0])} ${num(q[0][1])}l`;
    for (let i = 1; i < q.length; i++) {
      const rx = num(q[i][0] - q[i - 1][0]), ry = num(q[i][1] - q[i - 1][1]);
      d += `${i > 1 && !rx.startsWith('-') ? ' ' : ''}${rx}${ry.startsWith('-') ? '' : ' '}${ry}`;
    }
    d += 'z';
  }
  return d;
}

const shapes = new Map(); // code → {code, name, member, rings, bounds}
for (const g of topology.objects.countries.geometries) {
  const name = g.properties.name;
  const code = MEMBERS[g.id] || PART_OF[g.id] || PART_OF[name] || NEIGHBOURS[g.id] || NEIGHBOURS[name];
  if (!code) continue;
  const member = Object.values(MEMBERS).includes(code);
  for (const polygon of polygons(g)) {
    for (const r of polygon) {
      const projected = clip(simplify(r.map(toView)));
      if (projected.length < 3) continue;
      const shape = shapes.get(code) || { code, name: null, member, rings: [] };
      const part = PART_OF[g.id] || PART_OF[name];
      if (!part) shape.name = name; // the country's own feature names it, not a part drawn apart
      shape.rings.push(projected);
      shapes.set(code, shape);
    }
  }
}

function dot(shape) {
  // The biggest ring's box: a member too small to see (Malta, Luxembourg, Liechtenstein) gets a dot at its middle.
  const boxes = shape.rings.map(r => {
    const xs = r.map(p => p[0]), ys = r.map(p => p[1]);
    return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  });
  const all = [Math.min(...boxes.map(b => b[0])), Math.min(...boxes.map(b => b[1])), Math.max(...boxes.map(b => b[2])), Math.max(...boxes.map(b => b[3]))];
  if (Math.max(all[2] - all[0], all[3] - all[1]) >= DOT_BELOW) return undefined;
  return [Math.round((all[0] + all[2]) * 5) / 10, Math.round((all[1] + all[3]) * 5) / 10];
}

const result = {
  source: 'Natural Earth 1:50m Admin 0 countries, version 4.1.0 (public domain), as TopoJSON in the npm package world-atlas 2.0.2 '
    + '(ISC, © 2013-2019 Michael Bostock); projected, clipped and simplified by services/console/tools/europe-map.mjs',
  viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
  countries: [...shapes.values()].filter(s => s.member).sort((a, b) => a.code.localeCompare(b.code))
    .map(s => ({ code: s.code, name: s.name, d: pathData(s.rings), dot: dot(s) })),
  context: [...shapes.values()].filter(s => !s.member).sort((a, b) => a.code.localeCompare(b.code))
    .map(s => ({ code: s.code, name: s.name, d: pathData(s.rings) })).filter(s => s.d),
};
writeFileSync(output, JSON.stringify(result) + '\n');
console.log(`${output}: ${result.countries.length} members, ${result.context.length} neighbours, viewBox ${result.viewBox},`
  + ` ${Buffer.byteLength(JSON.stringify(result))} bytes`);
