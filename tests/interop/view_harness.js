// Appended to a page `innograph view` wrote, after its own script, by test_view.py: measures
// what the page drew with Cytoscape.js's own geometry (not the page's estimates), drives its
// filters and hover, and writes the findings as JSON into a pre element (id harness), which Chromium's
// --dump-dom prints.
(function () {
  const out = {};
  const overlap = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
  const labelBox = e => e.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
  const bodyBox = n => n.boundingBox({ includeNodes: true, includeEdges: false, includeLabels: false, includeOverlays: false });
  const name = e => (e.isNode() ? e.data('label') : e.data('predicate'));
  // Labels drawn: pairs of them that overlap, labels over an entity drawn larger than a dot
  // (6 px), labels that leave the view.
  function labels() {
    const cy = innographView.cy, z = cy.zoom(), ext = cy.extent();
    const shown = cy.elements('.labelled').filter(e => e.style('display') !== 'none' && e.style('label') !== '');
    const boxes = shown.map(e => ({ e, b: labelBox(e) }));
    const bodies = cy.nodes().filter(n => n.style('display') !== 'none' && n.width() * z >= 6).map(n => ({ n, b: bodyBox(n) }));
    const clashes = [], covers = [], outside = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) if (overlap(boxes[i].b, boxes[j].b)) clashes.push([name(boxes[i].e), name(boxes[j].e)]);
      for (const o of bodies) if (o.n !== boxes[i].e && overlap(boxes[i].b, o.b)) covers.push([name(boxes[i].e), o.n.data('label')]);
      const b = boxes[i].b;
      if (b.x1 < ext.x1 || b.x2 > ext.x2 || b.y1 < ext.y1 || b.y2 > ext.y2) outside.push(name(boxes[i].e));
    }
    return { nodeLabels: shown.nodes().length, edgeLabels: shown.edges().length, clashes, covers, outside };
  }
  function visible() { return innographView.cy.nodes().filter(n => n.style('display') !== 'none'); }
  try {
    const v = window.innographView, cy = v.cy;
    out.nodes = cy.nodes().length;
    out.edges = cy.edges().length;
    out.timings = v.timings;
    out.labels = labels();
    // Where the entities are: those without relations must sit below the rest, in lines.
    const linked = cy.nodes().filter(n => n.degree() > 0), alone = cy.nodes().filter(n => n.degree() === 0);
    out.linkedBottom = linked.length ? Math.max(...linked.map(n => bodyBox(n).y2)) : null;
    out.aloneTop = alone.length ? Math.min(...alone.map(n => n.position('y'))) : null;
    out.aloneRows = new Set(alone.map(n => Math.round(n.position('y')))).size;
    out.alone = alone.length;
    // Reading order of the entities without relations (line by line, left to right): types.
    out.aloneTypes = alone.toArray().sort((a, b) => a.position('y') - b.position('y') || a.position('x') - b.position('x')).map(n => n.data('type'));
    out.sizeByDegree = cy.nodes().map(n => [n.degree(), n.width()]);
    const start = cy.nodes().map(n => [n.id(), n.position('x'), n.position('y')]);
    // Hover: a node's label and its relations' names show.
    const hub = cy.nodes().max(n => n.degree()).ele;
    hub.emit('mouseover');
    out.hover = { label: hub.style('label'), expected: hub.data('label'),
      edgeLabels: hub.connectedEdges().map(e => e.style('label')), predicates: hub.connectedEdges().map(e => e.data('predicate')) };
    hub.emit('mouseout');
    out.afterHover = hub.hasClass('labelled') ? hub.data('label') : hub.style('label');
    // Filter by type: untick one type; its entities and their relations go, the rest is laid
    // out again without overlapping labels; ticking it again puts everything back.
    const type = cy.nodes().max(n => (n.data('type') === 'Program' ? 1 : 0)).ele.data('type');
    const box = document.querySelector(`#types input[value="${type}"]`);
    box.checked = false;
    box.dispatchEvent(new Event('change'));
    out.typeFilter = { type, visible: visible().length, ofType: visible().filter(n => n.data('type') === type).length,
      expected: cy.nodes().filter(n => n.data('type') !== type).length,
      danglingEdges: cy.edges().filter(e => e.style('display') !== 'none' && (e.source().style('display') === 'none' || e.target().style('display') === 'none')).length,
      labels: labels() };
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    out.restored = visible().length === cy.nodes().length &&
      start.every(([id, x, y]) => Math.abs(cy.getElementById(id).position('x') - x) < 1e-6 && Math.abs(cy.getElementById(id).position('y') - y) < 1e-6);
    // Filter by document: the first three in the list; the entities each mentions and only the
    // relations it states.
    const select = document.getElementById('doc');
    out.docFilter = [...select.options].filter(o => o.value).slice(0, 3).map(o => {
      select.value = o.value;
      select.dispatchEvent(new Event('change'));
      const shown = visible();
      return { doc: o.value, visible: shown.length,
        expected: cy.nodes().filter(n => n.data('evidence').some(ev => ev[0] === o.value)).length,
        strangers: shown.filter(n => !n.data('evidence').some(ev => ev[0] === o.value)).map(n => n.data('label')),
        edges: cy.edges().filter(e => e.style('display') !== 'none').map(e => e.data('files')),
        labels: labels() };
    });
    select.value = '';
    select.dispatchEvent(new Event('change'));
    // Searching for the best-connected entity selects it (coming close in a large graph):
    // its name and its relations' names come first, still without overlaps.
    const search = document.getElementById('search');
    search.value = hub.data('label');
    search.dispatchEvent(new Event('input'));
    out.search = { selected: cy.nodes(':selected').map(n => n.data('label')), hub: hub.data('label'),
      hubLabel: hub.style('label'), focusEdgeLabels: hub.connectedEdges('.labelled').length, labels: labels() };
  } catch (e) {
    out.error = String((e && e.stack) || e);
  }
  const pre = document.createElement('pre');
  pre.id = 'harness';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
