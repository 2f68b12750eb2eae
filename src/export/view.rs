//! `innograph view`: one HTML file that shows the graph, works offline (Cytoscape.js and the
//! fCoSE layout are inlined), and lets a reader search for an entity and see its aliases,
//! relations and the sentences they came from. `#search=NAME` in the URL searches on load.
//!
//! What makes it readable at tens of thousands of entities: a force-directed layout (fCoSE)
//! of the entities that have relations, its components packed together; entities without
//! relations (most of a large build) in a grid of their own below it, by type and name;
//! nodes sized by degree; labels at a constant size on screen, shown only where they do not
//! overlap another label or entity (the best-connected first), the rest on hover or when
//! zooming in makes room; filters by type and by document.

use super::{hex_colour, ExportGraph};
use petgraph::visit::EdgeRef;
use serde_json::json;

/// Cytoscape.js, from `vendor/cytoscape/` (npm `cytoscape`, MIT).
const CYTOSCAPE_JS: &str = include_str!("../../vendor/cytoscape/cytoscape.min.js");
/// The fCoSE layout and the two packages it is built on, from `vendor/` (npm
/// `layout-base`, `cose-base`, `cytoscape-fcose`, MIT), in the order they load.
const LAYOUT_JS: [&str; 3] = [
    include_str!("../../vendor/layout-base/layout-base.js"),
    include_str!("../../vendor/cose-base/cose-base.js"),
    include_str!("../../vendor/cytoscape-fcose/cytoscape-fcose.js"),
];

/// The entity types, in the order of the legend (and of the grid of unrelated entities).
const TYPES: [&str; 9] = ["Enterprise", "Platform", "Program", "Agency", "Place", "Institution", "Project", "Event", "Designation"];

/// The page, with the graph's data inlined.
pub fn html(g: &ExportGraph, title: &str) -> String {
    let nodes: Vec<_> = g
        .node_indices()
        .map(|i| {
            let n = &g[i];
            json!({"data": {
                "id": n.iri, "label": n.label, "type": n.entity_type, "level": n.level,
                "mentions": n.mentions, "aliases": n.aliases, "color": hex_colour(&n.entity_type),
                "evidence": n.evidence.iter().map(|(f, b, e, t, r)| json!([f, b, e, t, r])).collect::<Vec<_>>(),
            }})
        })
        .collect();
    let edges: Vec<_> = g
        .edge_references()
        .enumerate()
        .map(|(i, e)| {
            let w = e.weight();
            json!({"data": {"id": format!("e{i}"), "source": g[e.source()].iri, "target": g[e.target()].iri,
                "predicate": w.predicate, "evidence": w.evidence, "sentences": w.sentences, "files": w.files}})
        })
        .collect();
    // "<" only occurs inside JSON strings, where \u003c means the same: no text in the data
    // (a "</script>" or a "<!--" in a sentence) can end or confuse the script element.
    let data = serde_json::to_string(&json!({"nodes": nodes, "edges": edges}))
        .expect("JSON values serialise")
        .replace('<', "\\u003c");
    let legend: String = TYPES
        .iter()
        .map(|t| {
            format!(
                "<label class=\"key\"><input type=\"checkbox\" value=\"{t}\" checked><i style=\"background:{}\"></i>{t}<small data-count=\"{t}\"></small></label>",
                hex_colour(t)
            )
        })
        .collect();
    let script = |js: &str| js.replace("</script", "<\\/script");
    let layout: String = LAYOUT_JS.iter().map(|js| format!("<script>{}</script>\n", script(js))).collect();
    PAGE.replace("{{TITLE}}", &super::xml(title))
        .replace("{{LEGEND}}", &legend)
        .replace("{{TYPES}}", &serde_json::to_string(&TYPES).expect("strings serialise"))
        .replace("{{CYTOSCAPE}}", &script(CYTOSCAPE_JS))
        .replace("{{LAYOUT}}", &layout)
        .replace("{{DATA}}", &data)
}

const PAGE: &str = r##"<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>{{TITLE}}</title>
<style>
  body { margin: 0; font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; display: flex; height: 100vh; }
  #side { width: 360px; padding: 12px; overflow-y: auto; border-right: 1px solid #ddd; box-sizing: border-box; }
  #graph { flex: 1; }
  #search, #doc { width: 100%; font-size: 15px; padding: 6px; box-sizing: border-box; }
  #doc { font-size: 13px; padding: 4px; margin-top: 4px; }
  #types { margin: 6px 0 2px; }
  .key { display: inline-flex; align-items: center; margin: 2px 8px 2px 0; font-size: 12px; cursor: pointer; user-select: none; }
  .key input { margin: 0 3px 0 0; }
  .key i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; border-radius: 2px; }
  .key small { color: #888; margin-left: 3px; }
  #status { color: #666; font-size: 12px; margin: 6px 0; }
  #results div { cursor: pointer; padding: 2px 0; }
  #results div:hover { text-decoration: underline; }
  #details h2 { font-size: 18px; margin: 12px 0 4px; }
  #details .sentence { color: #444; font-size: 13px; margin: 2px 0 8px 12px; }
  #details li { margin-bottom: 4px; }
</style>
</head>
<body>
<div id="side">
  <input id="search" type="search" placeholder="搜索实体 / search an entity">
  <div id="types">{{LEGEND}}</div>
  <select id="doc"><option value="">所有文档 / all documents</option></select>
  <div id="status"></div>
  <div id="results"></div>
  <div id="details"><p>点击节点查看别名、关系与出处。Click a node to see its aliases, relations and evidence. Labels that would overlap are left out: hover over a node or zoom in to read them.</p></div>
</div>
<div id="graph"></div>
<script>{{CYTOSCAPE}}</script>
{{LAYOUT}}<script>
const STARTED = performance.now();
const DATA = {{DATA}};
const TYPES = {{TYPES}};
// Label sizes on screen, in pixels, whatever the zoom: a label reads the same everywhere, and
// zooming in makes room for more of them instead of making them bigger.
const FONT = 12, EDGE_FONT = 10, FONT_FAMILY = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';
// Past this many entities, drawing shortcuts keep panning and zooming smooth (edges hidden
// and a snapshot moved while the view moves), and the bands' cells hold 12 characters of a
// name rather than the longest name.
const LARGE = DATA.nodes.length > 2000;
// Labels drawn at once (each is a text draw on every frame), and candidates weighed for them.
const MAX_LABELS = 350, MAX_EDGE_LABELS = 150, MAX_EXAMINED = 50000;
// Components of two or three entities (an enterprise and its platform...) go into bands of
// short columns when there are more of them than this: a large build has thousands, which
// cost the force-directed layout most of its time and gain nothing a column does not show.
// (On a 20,000-entity build: 2 s instead of 7 to 12.)
const SMALL_COMPONENTS = 30;
const timings = {};

const t = performance.now();
const cy = cytoscape({
  container: document.getElementById('graph'),
  elements: DATA,
  layout: { name: 'null' },
  minZoom: 0.005, maxZoom: 8,
  textureOnViewport: LARGE, hideEdgesOnViewport: LARGE, motionBlur: false, pixelRatio: LARGE ? 1 : 'auto',
  // Positions are the layout's: a drag pans the view wherever it starts. In an overview where
  // entities are dots a few pixels apart, a drag would otherwise nearly always grab one.
  autoungrabify: true,
  style: [
    { selector: 'node', style: { 'background-color': 'data(color)', 'width': 'data(size)', 'height': 'data(size)',
      'label': '', 'font-family': FONT_FAMILY, 'font-size': FONT, 'color': '#222', 'text-valign': 'bottom', 'text-halign': 'center',
      'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-shape': 'rectangle' } },
    { selector: 'node.labelled, node.hover, node:selected', style: { 'label': 'data(label)' } },
    { selector: 'node.hover, node:selected', style: { 'z-index': 20, 'text-background-opacity': 1 } },
    { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#000' } },
    { selector: 'node.hover', style: { 'border-width': 2, 'border-color': '#555' } },
    { selector: 'edge', style: { 'width': 1.2, 'line-color': '#b5b5b5', 'target-arrow-color': '#b5b5b5', 'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8, 'curve-style': LARGE ? 'straight' : 'bezier', 'label': '', 'font-family': FONT_FAMILY, 'font-size': EDGE_FONT,
      'color': '#777', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
    { selector: 'edge.labelled, edge.hover', style: { 'label': 'data(predicate)' } },
    { selector: 'edge.focus', style: { 'line-color': '#555', 'target-arrow-color': '#555', 'width': 2 } },
    { selector: '.faded', style: { 'opacity': 0.3 } },
    { selector: '.hidden', style: { 'display': 'none' } },
  ],
});
cy.nodes().panify();
timings.init = performance.now() - t;

// What the page reads over and over, per node and per relation, kept out of Cytoscape's
// element API, which is too slow to call for every node on every zoom of a large graph.
// Degree sizes a node: the hubs are what a reader looks for first.
const index = new Map();
const items = cy.nodes().toArray().map((n, i) => {
  index.set(n.id(), i);
  const d = n.data();
  return { n, i, label: d.label, aliases: d.aliases, type: d.type, mentions: d.mentions, degree: 0, size: 0,
    docs: [...new Set(d.evidence.map(ev => ev[0]))], hidden: false };
});
const links = cy.edges().toArray().map(e => {
  const d = e.data(), s = index.get(d.source), o = index.get(d.target);
  items[s].degree++;
  items[o].degree++;
  return { e, s, o, predicate: d.predicate, files: d.files, hidden: false };
});
cy.batch(() => items.forEach(it => { it.size = Math.min(60, 12 + 8 * Math.sqrt(it.degree)); it.n.data('size', it.size); }));
{
  const pairs = new Map();
  for (const l of links) { const k = Math.min(l.s, l.o) + ',' + Math.max(l.s, l.o); pairs.set(k, (pairs.get(k) || 0) + 1); }
  for (const l of links) l.curved = !LARGE && pairs.get(Math.min(l.s, l.o) + ',' + Math.max(l.s, l.o)) > 1;
}
const N = items.length;
const px = new Float64Array(N), py = new Float64Array(N);
function snapshot() { for (const it of items) { const p = it.n.position(); px[it.i] = p.x; py[it.i] = p.y; } }

const measure = document.createElement('canvas').getContext('2d');
measure.font = `${FONT}px ${FONT_FAMILY}`;
const widths = new Map();
// Width of a text at FONT pixels (EDGE_FONT scales it).
function textWidth(s) {
  let w = widths.get(s);
  if (w === undefined) { w = measure.measureText(s).width; widths.set(s, w); }
  return w;
}
const byLabel = (a, b) => (items[a].label < items[b].label ? -1 : items[a].label > items[b].label ? 1 : 0);
const byTypeThenLabel = (a, b) => TYPES.indexOf(items[a].type) - TYPES.indexOf(items[b].type) || byLabel(a, b);

// fCoSE starts from random positions: a fixed seed gives the same picture every time.
function seeded(seed) {
  return () => {
    seed = (seed + 0x6D2B79F5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

// Lays out the given nodes (indices) and the relations among them: components by fCoSE, packed
// together; when there are many, components of two or three in bands of short columns below;
// entities without relations in lines below that, by type and name, a list to read when
// zoomed in. Returns the milliseconds it took.
function arrange(nodes) {
  const start = performance.now();
  const on = new Uint8Array(N);
  nodes.forEach(i => { on[i] = 1; });
  const edges = links.filter(l => !l.hidden && on[l.s] && on[l.o]);
  const parent = Int32Array.from({ length: N }, (_, i) => i);
  const root = i => { while (parent[i] !== i) { parent[i] = parent[parent[i]]; i = parent[i]; } return i; };
  edges.forEach(l => { parent[root(l.s)] = root(l.o); });
  const groups = new Map();
  nodes.forEach(i => { const r = root(i); if (groups.has(r)) groups.get(r).push(i); else groups.set(r, [i]); });
  const comps = [...groups.values()];
  const isolated = comps.filter(c => c.length === 1).map(c => c[0]);
  let small = comps.filter(c => c.length === 2 || c.length === 3);
  if (small.length <= SMALL_COMPONENTS) small = [];
  const inSmall = new Uint8Array(N);
  small.forEach(c => c.forEach(i => { inSmall[i] = 1; }));
  const forced = nodes.filter(i => !inSmall[i] && groups.get(root(i)).length > 1);
  // A small component reads top to bottom: a pair from subject to object, a chain of three
  // with its middle entity in the middle.
  const subject = new Uint8Array(N), local = new Int32Array(N);
  edges.forEach(l => { subject[l.s] = 1; local[l.s]++; local[l.o]++; });
  const columns = small.map(c => {
    if (c.length === 2) return subject[c[0]] ? c : [c[1], c[0]];
    const mid = c.reduce((a, b) => (local[b] > local[a] ? b : a));
    const ends = c.filter(i => i !== mid).sort(byLabel);
    return [ends[0], mid, ends[1]];
  });
  // Bands of small components, then of single entities.
  const units = [2, 3].map(k => columns.filter(c => c.length === k).sort((a, b) => byTypeThenLabel(a[0], b[0])))
    .concat([isolated.sort(byTypeThenLabel).map(i => [i])]).filter(u => u.length);
  if (forced.length) {
    // Small graphs show their labels at once, so the layout makes room for them.
    const roomForLabels = forced.length <= 1500;
    const eles = cy.collection(forced.map(i => items[i].n)).union(cy.collection(edges.filter(l => !inSmall[l.s]).map(l => l.e)));
    if (roomForLabels) cy.batch(() => forced.forEach(i => items[i].n.addClass('labelled').style('font-size', FONT)));
    const random = Math.random;
    Math.random = seeded(17);
    try {
      // fCoSE packs components only with a further extension (cytoscape-layout-utilities);
      // stack() below packs them, to the shape of the view.
      eles.layout({
        name: 'fcose', quality: forced.length > 8000 ? 'draft' : 'default', randomize: true, animate: false, fit: false,
        packComponents: false, nodeDimensionsIncludeLabels: roomForLabels, uniformNodeDimensions: false,
        nodeRepulsion: () => 9000, idealEdgeLength: () => roomForLabels ? 90 : 60, edgeElasticity: () => 0.45,
        nodeSeparation: 90, gravity: 0.25, numIter: 2500, tile: true,
      }).run();
    } finally {
      Math.random = random;
    }
    if (roomForLabels) cy.batch(() => forced.forEach(i => items[i].n.removeClass('labelled')));
  }
  // Labels keep their size on screen: when the whole is shown smaller than at zoom 1, they
  // take more room in the layout, so it is planned again with them that much larger.
  const packed = comps.filter(c => c.length > 1 && !inSmall[c[0]]);
  let k = 1, plan = null;
  for (let round = 0; round < 4; round++) {
    plan = stack(measureComponents(packed, forced.length <= 1500, k), units.map(u => measureBand(u, k)));
    if (LARGE || plan.zoom * k >= 0.98) break;
    k = Math.min(4, 1 / plan.zoom);
  }
  plan.place();
  snapshot();
  return performance.now() - start;
}

// The parts below the force-directed layout are planned first (pure arithmetic) and placed
// once the width that shows the whole largest in the view is found.
const COMPONENT_GAP = 40, UNIT_GAP = 24, PART_GAP = 50, READ_ZOOM = 0.6;

// Each laid-out component's box, with its labels when those show at once (at k times their size
// at zoom 1), biggest first.
function measureComponents(groups, withLabels, k) {
  const rects = groups.map(g => {
    const r = { g, x1: Infinity, x2: -Infinity, y1: Infinity, y2: -Infinity };
    for (const i of g) {
      const p = items[i].n.position(), half = items[i].size / 2, side = Math.max(half, withLabels ? k * textWidth(items[i].label) / 2 : 0);
      r.x1 = Math.min(r.x1, p.x - side); r.x2 = Math.max(r.x2, p.x + side);
      r.y1 = Math.min(r.y1, p.y - half); r.y2 = Math.max(r.y2, p.y + half + (withLabels ? k * FONT * 1.5 : 0));
    }
    r.w = r.x2 - r.x1; r.h = r.y2 - r.y1;
    return r;
  });
  return rects.sort((a, b) => b.h - a.h || b.w - a.w || byLabel(a.g[0], b.g[0]));
}

// Components side by side in rows at most `width` wide (a row holds at least one).
function shelve(rects, width) {
  const rows = [];
  let row = null;
  for (const r of rects) {
    if (!row || row.w + COMPONENT_GAP + r.w > width) { row = { rects: [], w: -COMPONENT_GAP, h: 0 }; rows.push(row); }
    row.rects.push(r);
    row.w += COMPONENT_GAP + r.w;
    row.h = Math.max(row.h, r.h);
  }
  return { rows, w: rows.reduce((a, r) => Math.max(a, r.w), 0), h: rows.reduce((a, r) => a + r.h + COMPONENT_GAP, -COMPONENT_GAP) };
}

// Units (columns of one to three entities) for a band, each as wide as its widest label at
// zoom 1/k (up to 12 characters in a large graph, whose labels show as one zooms in).
function measureBand(units, k) {
  let biggest = 0;
  const widths = units.map(u => {
    let w = 0;
    for (const i of u) { w = Math.max(w, textWidth(items[i].label), items[i].size); biggest = Math.max(biggest, items[i].size); }
    return k * (LARGE ? Math.min(w, 12 * FONT) : w) + UNIT_GAP;
  });
  // A large graph's lines are read zoomed in part way: from READ_ZOOM on, a name fits between
  // one line's dots and the next's.
  const rowH = biggest + (LARGE ? 1 / READ_ZOOM : k) * FONT * 1.5 + 10;
  return { units, widths, rowH, lineH: units[0].length * rowH + (units[0].length > 1 ? 20 : 0) };
}

// A band's units left to right like words in lines at most `width` wide.
function lines(m, width) {
  const out = [];
  let line = null;
  m.widths.forEach((w, k) => {
    if (!line || line.w + w > width) { line = { ks: [], w: 0 }; out.push(line); }
    line.ks.push(k);
    line.w += w;
  });
  return { lines: out, w: out.reduce((a, l) => Math.max(a, l.w), 0), h: out.length * m.lineH };
}

// Plans the packed components and the bands under one another, centred, at the width (tried
// from the narrowest possible to far wider than the view's shape suggests) at which the whole
// is shown largest in the view. Returns the zoom that shows it and a function that places it.
function stack(rects, bands) {
  const W = Math.max(cy.width() - 60, 1), H = Math.max(cy.height() - 60, 1);
  let least = 1, area = 0;
  for (const r of rects) { least = Math.max(least, r.w); area += (r.w + COMPONENT_GAP) * (r.h + COMPONENT_GAP); }
  for (const m of bands) m.widths.forEach(w => { least = Math.max(least, w); area += w * m.lineH; });
  // The parts in order, the empty ones left out, PART_GAP apart.
  const plan = width => {
    const parts = [];
    if (rects.length) parts.push({ shelves: shelve(rects, width) });
    bands.forEach(m => parts.push({ m, lines: lines(m, width) }));
    let w = 0, h = -PART_GAP;
    for (const p of parts) { const q = p.shelves || p.lines; w = Math.max(w, q.w); h += PART_GAP + q.h; }
    return { parts, w, h, scale: Math.min(W / w, H / h) };
  };
  let best = plan(least);
  const most = Math.max(least, Math.sqrt(area * W / H) * 3);
  for (let k = 1; k <= 24; k++) {
    const candidate = plan(least * Math.pow(most / least, k / 24));
    if (candidate.scale > best.scale) best = candidate;
  }
  return { zoom: best.scale, place: () => placeStack(best) };
}

function placeStack(best) {
  let y = 0;
  cy.batch(() => best.parts.forEach(part => {
    if (part.shelves) {
      for (const row of part.shelves.rows) {
        let x = (best.w - row.w) / 2;
        for (const r of row.rects) {
          const dx = x - r.x1, dy = y + (row.h - r.h) / 2 - r.y1;
          for (const i of r.g) { const p = items[i].n.position(); items[i].n.position({ x: p.x + dx, y: p.y + dy }); }
          x += r.w + COMPONENT_GAP;
        }
        y += row.h + COMPONENT_GAP;
      }
      y += PART_GAP - COMPONENT_GAP;
      return;
    }
    const m = part.m;
    for (const line of part.lines.lines) {
      let x = (best.w - line.w) / 2;
      for (const u of line.ks) {
        m.units[u].forEach((i, j) => items[i].n.position({ x: x + m.widths[u] / 2, y: y + m.rowH / 2 + j * m.rowH }));
        x += m.widths[u];
      }
      y += m.lineH;
    }
    y += PART_GAP;
  }));
}

// Fits the given nodes in the view with their labels: labels keep their size on screen, so
// the zoom that leaves room for them is found by a few rounds of fitting the box of the nodes
// and their labels at the last zoom. A large graph is fitted by its nodes alone: few of its
// labels show at that zoom, and those that would be cut are left out.
function fit(nodes) {
  if (!nodes.length) return;
  const pad = 30, W = cy.width(), H = cy.height();
  const withLabels = nodes.length <= 1500;
  let z = 1, box = null;
  for (let round = 0; round < (withLabels ? 4 : 1); round++) {
    box = { x1: Infinity, x2: -Infinity, y1: Infinity, y2: -Infinity };
    for (const i of nodes) {
      const r = items[i].size / 2, half = withLabels ? Math.max(r, textWidth(items[i].label) / 2 / z + 4 / z) : r;
      box.x1 = Math.min(box.x1, px[i] - half); box.x2 = Math.max(box.x2, px[i] + half);
      box.y1 = Math.min(box.y1, py[i] - r); box.y2 = Math.max(box.y2, py[i] + r + (withLabels ? FONT * 1.6 / z : 0));
    }
    z = Math.min((W - 2 * pad) / Math.max(box.x2 - box.x1, 1), (H - 2 * pad) / Math.max(box.y2 - box.y1, 1), 2);
  }
  cy.viewport({ zoom: z, pan: { x: W / 2 - z * (box.x1 + box.x2) / 2, y: H / 2 - z * (box.y1 + box.y2) / 2 } });
}

// A grid of buckets over model coordinates, to find the boxes near a box without comparing
// it to all of them.
class Buckets {
  constructor(size) { this.size = size; this.cells = new Map(); }
  *keys(b) {
    const s = this.size;
    for (let i = Math.floor(b.x1 / s); i <= Math.floor(b.x2 / s); i++)
      for (let j = Math.floor(b.y1 / s); j <= Math.floor(b.y2 / s); j++) yield i + ',' + j;
  }
  add(b) { for (const k of this.keys(b)) { const c = this.cells.get(k); if (c) c.push(b); else this.cells.set(k, [b]); } }
  hits(b) {
    for (const k of this.keys(b)) for (const o of this.cells.get(k) || [])
      if (o.owner !== b.owner && o.x1 < b.x2 && b.x1 < o.x2 && o.y1 < b.y2 && b.y1 < o.y2) return true;
    return false;
  }
}

// Nodes in label priority: by degree, then mentions, then name.
const byPriority = items.map(it => it.i).sort((a, b) => items[b].degree - items[a].degree || items[b].mentions - items[a].mentions || byLabel(a, b));
let focus = -1;

// Chooses the labels to draw: the selected entity's, its relations' and its neighbours'
// first, then in priority order, each label that overlaps neither a label already chosen
// nor an entity drawn larger than a dot, up to MAX_LABELS; then other relation labels the
// same way. Boxes are reckoned at the current zoom with a margin, so what is drawn never
// touches.
let labelled = cy.collection();
function placeLabels() {
  const start = performance.now();
  // Cytoscape pads a label's box by 2 model units and rounds its width up; two pixels more
  // keep labels apart on screen.
  const z = cy.zoom(), f = FONT / z, ef = EDGE_FONT / z, margin = 2.5 + 2 / z;
  const ext = cy.extent();
  const inView = i => !items[i].hidden && px[i] >= ext.x1 && px[i] <= ext.x2 && py[i] >= ext.y1 && py[i] <= ext.y2;
  // A label cut by the edge of the view is not drawn: it would read as another name.
  const within = b => b.x1 >= ext.x1 && b.x2 <= ext.x2 && b.y1 >= ext.y1 && b.y2 <= ext.y2;
  const buckets = new Buckets(f * 6);
  // A label's background may cover dots, as a map's place names cover its streets.
  if (60 * z >= 6) {
    for (let i = 0; i < N; i++) {
      // A circle whose centre is out of view may still reach into it.
      const r = items[i].size / 2 + margin;
      if (items[i].size * z < 6 || items[i].hidden || px[i] < ext.x1 - r || px[i] > ext.x2 + r || py[i] < ext.y1 - r || py[i] > ext.y2 + r) continue;
      buckets.add({ x1: px[i] - r, x2: px[i] + r, y1: py[i] - r, y2: py[i] + r, owner: i });
    }
  }
  const chosen = [], seen = new Set(), edgeChosen = [];
  let examined = 0;
  const tryNode = i => {
    if (chosen.length >= MAX_LABELS || examined >= MAX_EXAMINED || seen.has(i) || !inView(i)) return;
    seen.add(i);
    examined++;
    const w = textWidth(items[i].label) * f / FONT, top = py[i] + items[i].size / 2;
    const b = { x1: px[i] - w / 2 - margin, x2: px[i] + w / 2 + margin, y1: top - margin, y2: top + f * 1.2 + margin, owner: i };
    if (!within(b) || buckets.hits(b)) return;
    buckets.add(b);
    chosen.push(items[i].n);
  };
  // Where each chosen relation name is moved along its line from the middle (model units).
  const shifted = new Map();
  const tryEdge = (l, along = [0.5]) => {
    // Cytoscape draws a relation's name halfway along the line between the two circles'
    // edges; a curved one (two relations between the same pair) is left to hover. The
    // selected entity's may slide along their line, by a margin, to a free place.
    if (edgeChosen.length >= MAX_EDGE_LABELS || l.curved) return;
    const dx = px[l.o] - px[l.s], dy = py[l.o] - py[l.s], d = Math.hypot(dx, dy) || 1;
    const rs = items[l.s].size / 2, ro = items[l.o].size / 2, run = Math.max(0, d - rs - ro);
    const w = textWidth(l.predicate) * ef / FONT;
    for (const t of along) {
      const at = rs + run * t, off = run * (t - 0.5);
      const m = { x: px[l.s] + dx / d * at, y: py[l.s] + dy / d * at };
      const b = { x1: m.x - w / 2 - margin, x2: m.x + w / 2 + margin, y1: m.y - ef * 0.75 - margin, y2: m.y + ef * 0.75 + margin, owner: l };
      if (!within(b) || buckets.hits(b)) continue;
      buckets.add(b);
      edgeChosen.push(l.e);
      shifted.set(l.e, { x: dx / d * off, y: dy / d * off });
      return;
    }
  };
  // The selected entity's name, then its relations' names, then its neighbours' names: a
  // hub's neighbours would otherwise leave no room for what links them to it.
  const focused = focus >= 0 && !items[focus].hidden;
  const focusLinks = focused ? links.filter(l => !l.hidden && (l.s === focus || l.o === focus)) : [];
  const focusLinkSet = new Set(focusLinks.map(l => l.e));
  if (focused) {
    tryNode(focus);
    focusLinks.slice(0, 4 * MAX_EDGE_LABELS).forEach(l => tryEdge(l, [0.5, 0.65, 0.35, 0.8, 0.2, 0.9, 0.1]));
    focusLinks.forEach(l => tryNode(l.s === focus ? l.o : l.s));
  }
  byPriority.forEach(tryNode);
  // Then other relations in view, when few enough to weigh.
  const edgesInView = links.filter(l => !l.hidden && !(focused && (l.s === focus || l.o === focus)) && inView(l.s) && inView(l.o));
  if (edgesInView.length <= 4 * MAX_EDGE_LABELS) edgesInView.forEach(l => tryEdge(l));
  const now = cy.collection(chosen).union(cy.collection(edgeChosen));
  cy.batch(() => {
    labelled.difference(now).removeClass('labelled');
    labelled.edges().forEach(e => { if (!shifted.has(e)) e.style({ 'text-margin-x': 0, 'text-margin-y': 0 }); });
    now.addClass('labelled');
    cy.collection(chosen).style('font-size', f);
    if (focus >= 0) items[focus].n.style('font-size', f);
    cy.collection(edgeChosen).style('font-size', ef);
    shifted.forEach((o, e) => e.style({ 'text-margin-x': o.x, 'text-margin-y': o.y }));
  });
  labelled = now;
  timings.labels = performance.now() - start;
  status(chosen.length);
  const focusEdges = focused ? edgeChosen.filter(e => focusLinkSet.has(e)).length : 0;
  return { nodes: chosen.length, edges: edgeChosen.length, examined, focusEdges };
}

let pending = null;
cy.on('viewport', () => { clearTimeout(pending); pending = setTimeout(placeLabels, 120); });

let shownNodes = N, shownEdges = links.length;
function status(labels) {
  document.getElementById('status').textContent =
    `${shownNodes} / ${N} entities, ${shownEdges} relations; ${labels} labels shown` +
    (labels < shownNodes ? ' (hover or zoom in for the others)' : '') +
    (timings.layout !== undefined ? `; laid out in ${Math.round(timings.layout)} ms` : '');
}

// Filters: entity types ticked in the legend, and one document (or all). Positions of the
// whole graph are kept, so clearing the filters puts everything back where it was.
const home = { x: null, y: null };
function applyFilters() {
  const types = new Set([...document.querySelectorAll('#types input:checked')].map(i => i.value));
  const doc = document.getElementById('doc').value;
  items.forEach(it => { it.hidden = !(types.has(it.type) && (!doc || it.docs.includes(doc))); });
  links.forEach(l => { l.hidden = items[l.s].hidden || items[l.o].hidden || (doc !== '' && !l.files.includes(doc)); });
  cy.batch(() => {
    items.forEach(it => it.n.toggleClass('hidden', it.hidden));
    links.forEach(l => l.e.toggleClass('hidden', l.hidden));
  });
  const shown = items.filter(it => !it.hidden).map(it => it.i);
  shownNodes = shown.length;
  shownEdges = links.filter(l => !l.hidden).length;
  if (shown.length === N) {
    cy.batch(() => items.forEach(it => it.n.position({ x: home.x[it.i], y: home.y[it.i] })));
    snapshot();
  } else {
    timings.layout = arrange(shown);
  }
  fit(shown);
  placeLabels();
}
document.querySelectorAll('#types input').forEach(i => i.addEventListener('change', applyFilters));
document.getElementById('doc').addEventListener('change', applyFilters);
{
  const perType = new Map(), perDoc = new Map();
  for (const it of items) {
    perType.set(it.type, (perType.get(it.type) || 0) + 1);
    for (const d of it.docs) perDoc.set(d, (perDoc.get(d) || 0) + 1);
  }
  document.querySelectorAll('#types small').forEach(s => { s.textContent = perType.get(s.dataset.count) || 0; });
  const select = document.getElementById('doc');
  for (const d of [...perDoc.keys()].sort()) {
    const o = document.createElement('option');
    o.value = d;
    o.textContent = `${d} (${perDoc.get(d)})`;
    select.appendChild(o);
  }
}

const esc = s => String(s).replace(/[&<>"]/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c]));
function show(node) {
  focus = index.get(node.id());
  cy.batch(() => {
    cy.elements().unselect().removeClass('faded focus');
    node.select();
    cy.elements().difference(node.closedNeighborhood()).addClass('faded');
    node.connectedEdges().addClass('focus');
  });
  // In a large graph the entity may be a dot: come close enough to read its neighbourhood.
  // A hub's relation names need room between its neighbours, which depends on the layout:
  // the farthest of a few distances at which some of them can be named, so that as much of
  // the neighbourhood as possible stays in view.
  const e = cy.extent(), p = node.position();
  const at = z => cy.viewport({ zoom: z, pan: { x: cy.width() / 2 - z * p.x, y: cy.height() / 2 - z * p.y } });
  if (node.renderedWidth() < 10 || node.degree() > 12) {
    const base = Math.max(cy.zoom(), 1);
    const steps = node.degree() > 12 ? [base, 1.5 * base, 2 * base, 3 * base, 4 * base, 6 * base, 8 * base, 12 * base, 16 * base] : [base];
    at(steps.find(z => { at(z); return placeLabels().focusEdges > 0; }) || base);
  }
  else if (!(p.x >= e.x1 && p.x <= e.x2 && p.y >= e.y1 && p.y <= e.y2)) cy.center(node);
  const d = node.data();
  let h = `<h2>${esc(d.label)}</h2><div>${esc(d.type)}${d.level ? ' · ' + esc(d.level) : ''} · ${d.mentions} mentions</div>`;
  if (d.aliases.length) h += `<h3>别名 Aliases</h3><ul class="aliases">${d.aliases.map(a => `<li>${esc(a)}</li>`).join('')}</ul>`;
  const rels = node.connectedEdges();
  if (rels.length) {
    h += '<h3>关系 Relations</h3><ul class="relations">';
    rels.forEach(e => {
      const ed = e.data(), out = ed.source === d.id, other = cy.getElementById(out ? ed.target : ed.source).data('label');
      h += `<li>${out ? '' : esc(other) + ' '}<b>${esc(ed.predicate)}</b>${out ? ' ' + esc(other) : ''}` +
        ed.sentences.map(s => `<div class="sentence">${esc(s)}</div>`).join('') + '</li>';
    });
    h += '</ul>';
  }
  if (d.evidence.length) {
    h += '<h3>出处 Evidence</h3><ul class="evidence">' +
      d.evidence.map(([f, b, e, t, r]) => `<li>${esc(t)} <small>${esc(f)} [${b}, ${e}) ${esc(r)}</small></li>`).join('') + '</ul>';
  }
  document.getElementById('details').innerHTML = h;
  placeLabels();
}
function search(q) {
  q = q.trim();
  const hits = q ? items.filter(it => !it.hidden && (it.label.includes(q) || it.aliases.some(a => a.includes(q)))) : [];
  document.getElementById('results').innerHTML = hits.slice(0, 200).map(it => `<div data-i="${it.i}">${esc(it.label)}</div>`).join('');
  document.querySelectorAll('#results div').forEach(el => { el.onclick = () => show(items[Number(el.dataset.i)].n); });
  if (hits.length) show(hits[0].n);
  return hits;
}
cy.on('tap', 'node', e => show(e.target));
cy.on('tap', e => {
  if (e.target !== cy) return;
  focus = -1;
  cy.batch(() => cy.elements().unselect().removeClass('faded focus'));
  placeLabels();
});
// Hovering shows a node's label (on top of the others) and its relations' names.
cy.on('mouseover', 'node', e => {
  const n = e.target, z = cy.zoom();
  cy.batch(() => {
    n.addClass('hover').style('font-size', FONT / z);
    n.connectedEdges().filter(x => !x.hasClass('hidden')).addClass('hover').style('font-size', EDGE_FONT / z);
  });
});
cy.on('mouseout', 'node', e => cy.batch(() => { e.target.removeClass('hover'); e.target.connectedEdges().removeClass('hover'); }));
document.getElementById('search').addEventListener('input', e => search(e.target.value));

timings.layout = arrange(items.map(it => it.i));
home.x = Float64Array.from(px);
home.y = Float64Array.from(py);
fit(items.map(it => it.i));
placeLabels();
timings.ready = performance.now() - STARTED;
const m = location.hash.match(/^#search=(.*)$/);
if (m) { const q = decodeURIComponent(m[1]); document.getElementById('search').value = q; search(q); }
// What tests and benchmarks read: the graph, the timings, and the functions above.
window.innographView = { cy, timings, placeLabels, applyFilters, fitView: () => fit(items.filter(it => !it.hidden).map(it => it.i)), ready: true };
requestAnimationFrame(() => requestAnimationFrame(() => { timings.firstFrame = performance.now() - STARTED; }));
</script>
</body>
</html>
"##;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{ExportEdge, ExportNode};

    fn node(iri: &str, label: &str) -> ExportNode {
        ExportNode {
            iri: iri.into(),
            entity_type: "Enterprise".into(),
            label: label.into(),
            level: None,
            mentions: 1,
            aliases: vec![],
            evidence: vec![("a.txt".into(), 0, 2, label.into(), "rule".into())],
        }
    }

    #[test]
    fn one_offline_file_with_every_library_and_the_data() {
        let mut g = ExportGraph::new();
        let a = g.add_node(node("https://x/a", "甲公司"));
        let b = g.add_node(node("https://x/b", "乙中心"));
        let sentence = "甲公司建有乙中心<!--<script></script><script>alert(1)".to_string();
        g.add_edge(a, b, ExportEdge { predicate: "hasPlatform".into(), evidence: 1, sentences: vec![sentence], files: vec!["a.txt".into()] });
        let page = html(&g, "t");
        assert!(!page.contains("<script src"), "nothing is fetched");
        // Cytoscape.js, layout-base, cose-base and fCoSE, then the page's own script.
        assert_eq!(page.matches("<script>").count(), 5);
        assert_eq!(page.matches("</script>").count(), 5, "text in the data cannot close a script");
        assert!(!page.contains("<!--"));
        for global in ["cytoscape", "layoutBase", "coseBase", "cytoscapeFcose"] {
            assert!(page.contains(&format!("root[\"{global}\"]")) || global == "cytoscape", "{global} is inlined");
        }
        assert!(page.contains(r#""files":["a.txt"]"#));
        assert!(page.contains(r#"<input type="checkbox" value="Designation" checked>"#));
    }
}
