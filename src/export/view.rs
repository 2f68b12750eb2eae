//! `innograph view`: one HTML file that shows the graph, works offline (Cytoscape.js is
//! inlined), and lets a reader search for an entity and see its aliases, relations and the
//! sentences they came from. `#search=NAME` in the URL searches on load.

use super::{hex_colour, ExportGraph};
use petgraph::visit::EdgeRef;
use serde_json::json;

/// Cytoscape.js, from `vendor/cytoscape/` (npm `cytoscape`, MIT).
const CYTOSCAPE_JS: &str = include_str!("../../vendor/cytoscape/cytoscape.min.js");

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
                "predicate": w.predicate, "evidence": w.evidence, "sentences": w.sentences}})
        })
        .collect();
    let data = serde_json::to_string(&json!({"nodes": nodes, "edges": edges}))
        .expect("JSON values serialise")
        .replace("</", "<\\/");
    let legend: String = ["Enterprise", "Platform", "Program", "Agency", "Place", "Institution", "Project", "Event", "Designation"]
        .iter()
        .map(|t| format!("<span class=\"key\"><i style=\"background:{}\"></i>{t}</span>", hex_colour(t)))
        .collect();
    PAGE.replace("{{TITLE}}", &super::xml(title))
        .replace("{{LEGEND}}", &legend)
        .replace("{{CYTOSCAPE}}", &CYTOSCAPE_JS.replace("</script", "<\\/script"))
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
  #search { width: 100%; font-size: 15px; padding: 6px; box-sizing: border-box; }
  .key { display: inline-block; margin: 2px 8px 2px 0; font-size: 12px; }
  .key i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; border-radius: 2px; }
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
  <div>{{LEGEND}}</div>
  <div id="results"></div>
  <div id="details"><p>点击节点查看别名、关系与出处。Click a node to see its aliases, relations and evidence.</p></div>
</div>
<div id="graph"></div>
<script>{{CYTOSCAPE}}</script>
<script>
const DATA = {{DATA}};
const cy = cytoscape({
  container: document.getElementById('graph'),
  elements: DATA,
  style: [
    { selector: 'node', style: { 'background-color': 'data(color)', 'label': 'data(label)', 'font-size': 11,
      'text-valign': 'bottom', 'text-halign': 'center', 'width': 'mapData(mentions, 1, 20, 14, 40)', 'height': 'mapData(mentions, 1, 20, 14, 40)' } },
    { selector: 'edge', style: { 'width': 1.5, 'line-color': '#aaa', 'target-arrow-color': '#aaa', 'target-arrow-shape': 'triangle',
      'curve-style': 'bezier', 'label': 'data(predicate)', 'font-size': 9, 'color': '#777' } },
    { selector: ':selected', style: { 'border-width': 3, 'border-color': '#000' } },
  ],
  layout: { name: 'cose', animate: false, nodeRepulsion: () => 60000, idealEdgeLength: () => 70, nodeOverlap: 20, padding: 20, componentSpacing: 30 },
});
const esc = s => String(s).replace(/[&<>"]/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c]));
function show(node) {
  cy.elements().unselect();
  node.select();
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
}
function search(q) {
  q = q.trim();
  const hits = q ? cy.nodes().filter(n => n.data('label').includes(q) || n.data('aliases').some(a => a.includes(q))) : cy.collection();
  document.getElementById('results').innerHTML = hits.map(n => `<div data-id="${esc(n.id())}">${esc(n.data('label'))}</div>`).join('');
  document.querySelectorAll('#results div').forEach(el => el.onclick = () => show(cy.getElementById(el.dataset.id)));
  if (hits.length) show(hits[0]);
  return hits;
}
cy.on('tap', 'node', e => show(e.target));
document.getElementById('search').addEventListener('input', e => search(e.target.value));
const m = location.hash.match(/^#search=(.*)$/);
if (m) { const q = decodeURIComponent(m[1]); document.getElementById('search').value = q; search(q); }
</script>
</body>
</html>
"##;
