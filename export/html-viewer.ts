// The small viewer script inlined in graph.html: zoom and pan, and the evidence of what the pointer is on.

/**
 * Plain ES2017 in a string, not a bundle: it is inlined byte for byte (its hash goes in the page's CSP), it needs
 * no DOM library, and the drawing stays whole without it. It reads the data from the JSON script tag.
 */
export const VIEWER_SCRIPT = String.raw`(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('essay-graph-data').textContent);
  var svg = document.querySelector('#viewer svg');
  var panel = document.getElementById('details');
  var nodes = {}, edges = {};
  data.graph.nodes.forEach(function (n) { nodes[n.key] = n.attributes; });
  data.graph.edges.forEach(function (e) { edges[e.key] = { source: e.source, target: e.target, a: e.attributes }; });

  function el(tag, text, cls) {
    var x = document.createElement(tag);
    if (text) x.textContent = text;
    if (cls) x.className = cls;
    return x;
  }
  function when(id) {
    var t = data.wording.nodes[id];
    return t ? ' (' + t + ')' : '';
  }
  function quotes(list, into) {
    list.forEach(function (q) {
      var b = el('blockquote', '“' + (q.shown || q.quote) + '”');
      b.appendChild(el('cite', ' — ' + (q.cited || 'sentence ' + (q.sentence + 1))));
      into.appendChild(b);
    });
  }
  function showNode(id) {
    var a = nodes[id];
    if (!a) return;
    panel.replaceChildren(el('h2', a.label), el('p', a.kind + when(id), 'kind'), el('p', a.description));
    data.graph.edges.forEach(function (e) {
      if (e.source !== id && e.target !== id) return;
      panel.appendChild(el('h3', data.wording.edges[e.key]));
      quotes(e.attributes.evidence, panel);
    });
  }
  function showEdge(id) {
    var e = edges[id];
    if (!e) return;
    panel.replaceChildren(el('h2', data.wording.edges[id]),
      el('p', e.a.polarity + ' · ' + e.a.modality, 'kind'));
    quotes(e.a.evidence, panel);
  }

  // Thin edges are hard to point at: each gets a wide transparent twin that takes the pointer.
  Array.prototype.forEach.call(svg.querySelectorAll('[data-edge]'), function (g) {
    var line = g.querySelector('path:last-of-type');
    var hit = line.cloneNode(false);
    hit.removeAttribute('marker-end');
    hit.removeAttribute('stroke-dasharray');
    hit.setAttribute('stroke', 'transparent');
    hit.setAttribute('stroke-width', '14');
    hit.setAttribute('class', 'hit');
    g.appendChild(hit);
  });
  function pick(event) {
    var target = event.target.closest && event.target.closest('[data-node], [data-edge]');
    if (!target) return;
    Array.prototype.forEach.call(svg.querySelectorAll('.active'), function (x) { x.classList.remove('active'); });
    target.classList.add('active');
    if (target.hasAttribute('data-node')) showNode(target.getAttribute('data-node'));
    else showEdge(target.getAttribute('data-edge'));
  }
  svg.addEventListener('mouseover', pick);
  svg.addEventListener('click', pick);

  // Zoom (wheel, buttons) and pan (drag) change the viewBox, so text stays vector-sharp.
  var base = svg.viewBox.baseVal;
  var home = { x: base.x, y: base.y, w: base.width, h: base.height };
  var box = { x: home.x, y: home.y, w: home.w, h: home.h };
  function apply() { svg.setAttribute('viewBox', box.x + ' ' + box.y + ' ' + box.w + ' ' + box.h); }
  function zoom(factor, cx, cy) {
    var w = Math.min(home.w * 1.5, Math.max(home.w / 12, box.w * factor));
    var f = w / box.w;
    box.x = cx - (cx - box.x) * f;
    box.y = cy - (cy - box.y) * f;
    box.w = w;
    box.h = box.h * f;
    apply();
  }
  function toSvg(event) {
    var r = svg.getBoundingClientRect();
    return { x: box.x + ((event.clientX - r.left) / r.width) * box.w, y: box.y + ((event.clientY - r.top) / r.height) * box.h };
  }
  svg.addEventListener('wheel', function (event) {
    event.preventDefault();
    var p = toSvg(event);
    zoom(event.deltaY > 0 ? 1.15 : 1 / 1.15, p.x, p.y);
  }, { passive: false });
  var drag = null;
  svg.addEventListener('pointerdown', function (event) { drag = { x: event.clientX, y: event.clientY }; });
  window.addEventListener('pointerup', function () { drag = null; });
  svg.addEventListener('pointermove', function (event) {
    if (!drag) return;
    var r = svg.getBoundingClientRect();
    box.x -= ((event.clientX - drag.x) / r.width) * box.w;
    box.y -= ((event.clientY - drag.y) / r.height) * box.h;
    drag = { x: event.clientX, y: event.clientY };
    apply();
  });
  document.getElementById('zoom-in').addEventListener('click', function () { zoom(1 / 1.3, box.x + box.w / 2, box.y + box.h / 2); });
  document.getElementById('zoom-out').addEventListener('click', function () { zoom(1.3, box.x + box.w / 2, box.y + box.h / 2); });
  document.getElementById('zoom-reset').addEventListener('click', function () { box = { x: home.x, y: home.y, w: home.w, h: home.h }; apply(); });
  document.getElementById('controls').hidden = false;
  document.documentElement.setAttribute('data-viewer', 'ready');
})();
`;
