// The page script of the sandwich view and the top-functions table (the
// idea is speedscope's; the code is ours). Pick a function (a name in the
// table, or a frame and then "Callers and callees"): its callers are merged
// into one tree drawn upward above it, its callees into one drawn downward,
// both over every place it is called from. A function called inside itself
// counts once, from its outermost frames. It reads the frame data the graph
// already carries (frames narrower than the graph's width threshold are
// merged there, so tiny callers may show as "(N narrow frames)"); all text
// goes in through textContent.

export const SANDWICH_SCRIPT = `
(function () {
  'use strict';
  var STEPS = { nanoseconds: [[1e9, 's'], [1e6, 'ms'], [1e3, '\\u00b5s'], [1, 'ns']], bytes: [[1073741824, 'GB'], [1048576, 'MB'], [1024, 'kB'], [1, 'bytes']] };
  // The same three significant digits as lib/base/human.ts, for values summed here.
  function sig3(n) {
    var a = Math.abs(n);
    if (a >= 100) return String(Math.round(n)).replace(/\\B(?=(\\d{3})+(?!\\d))/g, ',');
    if (a === 0) return '0';
    var t = a >= 10 ? n.toFixed(1) : a >= 1 ? n.toFixed(2) : n.toPrecision(2);
    return t.indexOf('.') >= 0 ? t.replace(/\\.?0+$/, '') : t;
  }
  function human(v, unit) {
    var steps = STEPS[unit];
    if (!steps) return sig3(v) + (unit && unit !== 'count' ? ' ' + unit : '');
    for (var i = 0; i < steps.length; i++) if (Math.abs(v) >= steps[i][0] || i === steps.length - 1) return sig3(v / steps[i][0]) + ' ' + steps[i][1];
  }
  function share(v, total) { var p = total > 0 ? (v / total) * 100 : 0; return (p >= 1 ? p.toFixed(1) : p.toPrecision(2)) + '%'; }
  function keyOf(n) { return n.n + '\\u0000' + (n.f || ''); }

  function init(fig) {
    var panel = fig.querySelector('.fg-sandwich');
    if (!panel) return;
    var data = JSON.parse(fig.querySelector('.fg-data').textContent);
    var nodes = data.nodes, kids = nodes.map(function () { return []; });
    for (var i = 1; i < nodes.length; i++) kids[nodes[i].p].push(i);
    var button = fig.querySelector('[data-act=sandwich]'), picked = -1;

    // The frames of a function that have no frame of it above them.
    function outermost(key) {
      var out = [];
      for (var i = 1; i < nodes.length; i++) {
        if (keyOf(nodes[i]) !== key) continue;
        var a = nodes[i].p;
        while (a > 0 && keyOf(nodes[a]) !== key) a = nodes[a].p;
        if (a <= 0) out.push(i);
      }
      return out;
    }
    function tree(n) { return { n: n.n, f: n.f, o: n.o, t: 0, s: 0, kids: {}, order: [] }; }
    function child(parent, n) {
      var k = keyOf(n);
      if (!parent.kids[k]) { parent.kids[k] = tree(n); parent.order.push(k); }
      return parent.kids[k];
    }
    function addCallees(into, i) {
      into.t += nodes[i].t;
      into.s += nodes[i].s;
      kids[i].forEach(function (c) { addCallees(child(into, nodes[c]), c); });
    }
    function build(key) {
      var frames = outermost(key);
      if (frames.length === 0) return null;
      var callees = tree(nodes[frames[0]]), callers = tree(nodes[frames[0]]);
      frames.forEach(function (i) {
        addCallees(callees, i);
        callers.t += nodes[i].t;
        var at = callers;
        for (var a = nodes[i].p; a > 0; a = nodes[a].p) { at = child(at, nodes[a]); at.t += nodes[i].t; }
      });
      return { callers: callers, callees: callees, count: frames.length };
    }
    // Rows of cells, widths as shares of the picked function's total; children widest first, then by name.
    function rows(root) {
      var out = [], todo = [[root, 0, 0]];
      while (todo.length) {
        var item = todo.pop(), node = item[0], depth = item[1], x = item[2];
        (out[depth] = out[depth] || []).push({ node: node, x: x });
        var list = node.order.map(function (k) { return node.kids[k]; });
        list.sort(function (a, b) { return b.t - a.t || (a.n < b.n ? -1 : a.n > b.n ? 1 : 0); });
        var cx = x;
        list.forEach(function (c) { todo.push([c, depth + 1, cx]); cx += c.t; });
      }
      return out;
    }
    function draw(el, root, upward) {
      el.textContent = '';
      var list = rows(root);
      if (upward) list.reverse();
      list.forEach(function (cells) {
        var row = document.createElement('div');
        row.className = 'sw-row';
        cells.forEach(function (c) {
          var cell = document.createElement('button');
          cell.type = 'button';
          cell.className = 'sw-cell sw-o' + c.node.o + (c.node === root ? ' sw-self' : '');
          cell.style.left = (root.t > 0 ? (c.x / root.t) * 100 : 0).toFixed(3) + '%';
          cell.style.width = (root.t > 0 ? (c.node.t / root.t) * 100 : 0).toFixed(3) + '%';
          cell.textContent = c.node.n;
          cell.title = c.node.n + (c.node.f ? ' (' + c.node.f + ')' : '') + ': ' + human(c.node.t, data.unit) + ', ' + share(c.node.t, root.t) + ' of it';
          cell.setAttribute('data-key', keyOf(c.node));
          row.appendChild(cell);
        });
        el.appendChild(row);
      });
    }
    function open(key) {
      var built = build(key);
      if (!built) return;
      var t = built.callees.t;
      panel.querySelector('.sw-name').textContent = built.callees.n;
      panel.querySelector('.sw-sub').textContent = (built.callees.f ? built.callees.f + ' \\u00b7 ' : '') + 'total ' + human(t, data.unit) + ' (' + share(t, data.total) + '), self ' + human(built.callees.s, data.unit) + ' (' + share(built.callees.s, data.total) + ')';
      draw(panel.querySelector('.sw-callers'), built.callers, true);
      draw(panel.querySelector('.sw-callees'), built.callees, false);
      panel.hidden = false;
      panel.setAttribute('data-key', key);
      if (panel.scrollIntoView) panel.scrollIntoView({ block: 'nearest' });
    }
    panel.addEventListener('click', function (ev) {
      var cell = ev.target.closest && ev.target.closest('.sw-cell');
      if (cell) open(cell.getAttribute('data-key'));
      if (ev.target.closest && ev.target.closest('[data-act=sw-close]')) panel.hidden = true;
    });
    fig.querySelector('.fg-view').addEventListener('click', function (ev) {
      var g = ev.target.closest && ev.target.closest('g.f');
      picked = g ? +g.getAttribute('data-i') : -1;
      button.disabled = picked <= 0;
      button.textContent = picked > 0 ? 'Callers and callees of ' + nodes[picked].n : 'Callers and callees';
    });
    button.addEventListener('click', function () { if (picked > 0) open(keyOf(nodes[picked])); });

    var table = fig.querySelector('.fg-toptable');
    if (!table) return;
    var body = table.tBodies[0];
    table.addEventListener('click', function (ev) {
      var fn = ev.target.closest && ev.target.closest('.fg-fn');
      if (fn) {
        var tr = fn.closest('tr');
        open(tr.getAttribute('data-n') + '\\u0000' + tr.getAttribute('data-f'));
        return;
      }
      var sort = ev.target.closest && ev.target.closest('[data-sort]');
      if (!sort) return;
      var th = sort.parentNode, by = sort.getAttribute('data-sort'), text = by === 'n' || by === 'f';
      var down = th.getAttribute('aria-sort') === 'descending' ? false : th.getAttribute('aria-sort') === 'ascending' ? true : !text;
      table.querySelectorAll('th').forEach(function (h) { h.setAttribute('aria-sort', 'none'); });
      th.setAttribute('aria-sort', down ? 'descending' : 'ascending');
      var list = Array.prototype.slice.call(body.rows);
      list.sort(function (a, b) {
        var x = a.getAttribute('data-' + by), y = b.getAttribute('data-' + by);
        var c = text ? (x < y ? -1 : x > y ? 1 : 0) : Number(x) - Number(y);
        return (down ? -c : c) || Number(a.getAttribute('data-r')) - Number(b.getAttribute('data-r'));
      });
      list.forEach(function (r) { body.appendChild(r); });
    });
  }
  document.querySelectorAll('[data-fg]').forEach(init);
})();
`;
