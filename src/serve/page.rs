//! The endpoint's HTML: a query page and a page per entity. Plain HTML and a few lines of
//! script, nothing fetched from elsewhere.

use crate::export::xml;

/// The query page, with example queries one click away.
pub fn home(examples: &[(String, String)]) -> String {
    let buttons: String = examples
        .iter()
        .enumerate()
        .map(|(i, (title, _))| format!("<button type=\"button\" onclick=\"example({i})\">{}</button> ", xml(title)))
        .collect();
    let queries = serde_json::to_string(&examples.iter().map(|(_, q)| q).collect::<Vec<_>>()).unwrap_or_else(|_| "[]".into()).replace("</", "<\\/");
    format!(
        r##"<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>innograph SPARQL</title>
<style>body{{font-family:"Noto Sans CJK SC",sans-serif;margin:20px}} textarea{{width:100%;height:180px;font-family:monospace}}
table{{border-collapse:collapse;margin-top:12px}} td,th{{border:1px solid #ccc;padding:3px 6px;font-size:14px}} #error{{color:#b00}}</style></head>
<body><h1>innograph SPARQL</h1>
<p>Examples: {buttons}</p>
<form id="f"><textarea id="q" name="query">SELECT ?type ?name WHERE {{ ?e a ?t ; skos:prefLabel ?name . BIND(STRAFTER(STR(?t), "#") AS ?type) }} LIMIT 50</textarea><br>
<button type="submit">Run</button></form>
<div id="error"></div><table id="results"></table>
<p>Endpoint: <code>/sparql</code> (SPARQL 1.1 Protocol, read-only). Prefixes of the ontology are predeclared.</p>
<script>
const EXAMPLES = {queries};
function example(i) {{ document.getElementById('q').value = EXAMPLES[i]; }}
const esc = s => String(s).replace(/[&<>"]/g, c => ({{'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}}[c]));
document.getElementById('f').onsubmit = async (ev) => {{
  ev.preventDefault();
  const body = new URLSearchParams({{query: document.getElementById('q').value}});
  const r = await fetch('/sparql', {{method: 'POST', body, headers: {{'Accept': 'application/sparql-results+json'}}}});
  const t = document.getElementById('results'), e = document.getElementById('error');
  t.innerHTML = ''; e.textContent = '';
  if (!r.ok) {{ e.textContent = await r.text(); return; }}
  const j = await r.json();
  if ('boolean' in j) {{ t.innerHTML = `<tr><td>${{j.boolean}}</td></tr>`; return; }}
  const vars = j.head.vars;
  t.innerHTML = '<tr>' + vars.map(v => `<th>${{esc(v)}}</th>`).join('') + '</tr>' + j.results.bindings.map(b => '<tr>' + vars.map(v => {{
    const x = b[v]; if (!x) return '<td></td>';
    return x.type === 'uri' ? `<td><a href="/entity?iri=${{encodeURIComponent(x.value)}}">${{esc(x.value)}}</a></td>` : `<td>${{esc(x.value)}}</td>`;
  }}).join('') + '</tr>').join('');
}};
</script></body></html>
"##
    )
}

/// A page for one entity: names, type, relations with their sentences, mentions.
pub fn entity(iri: &str, label: &str, class: &str, aliases: &[Vec<String>], relations: &[Vec<String>], mentions: &[Vec<String>]) -> String {
    let link = |iri: &str, text: &str| format!("<a href=\"/entity?iri={}\">{}</a>", xml(&urlencode(iri)), xml(text));
    let aliases: String = aliases.iter().map(|a| format!("<li>{}</li>", xml(&a[0]))).collect();
    let relations: String = relations
        .iter()
        .map(|r| {
            let p = r[1].rsplit('#').next().unwrap_or(&r[1]);
            let other = link(&r[2], &r[3]);
            let sentence = if r[4].is_empty() { String::new() } else { format!("<div class=\"s\">{}</div>", xml(&r[4])) };
            if r[0] == "out" {
                format!("<li><b>{}</b> {other}{sentence}</li>", xml(p))
            } else {
                format!("<li>{other} <b>{}</b>{sentence}</li>", xml(p))
            }
        })
        .collect();
    let mentions: String =
        mentions.iter().map(|m| format!("<li>{} <small>{} [{}, {}) {}</small></li>", xml(&m[3]), xml(&m[0]), xml(&m[1]), xml(&m[2]), xml(&m[4]))).collect();
    format!(
        r#"<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>{label}</title>
<style>body{{font-family:"Noto Sans CJK SC",sans-serif;margin:20px}} .s{{color:#555;font-size:13px;margin-left:16px}}</style></head>
<body><p><a href="/">← query</a></p><h1>{label}</h1><p>{class} · <code>{iri}</code></p>
<h2>别名 Aliases</h2><ul class="aliases">{aliases}</ul>
<h2>关系 Relations</h2><ul class="relations">{relations}</ul>
<h2>出处 Evidence</h2><ul class="mentions">{mentions}</ul></body></html>
"#,
        label = xml(label),
        class = xml(class.rsplit('#').next().unwrap_or(class)),
        iri = xml(iri),
    )
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}
