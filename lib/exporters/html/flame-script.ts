// The page script of flame graphs: tooltip, click to zoom, reset, regex
// search with the matched share, icicle toggle, bottleneck buttons. It reads
// the frame data each figure carries and only moves the frames the renderer
// drew; all text goes in through textContent, never as HTML.

import { SANDWICH_SCRIPT } from './flame-sandwich.js';
import { CHAR_W, LABEL_PAD, ROW } from './flame-layout.js';

const ZOOM_SCRIPT = `
(function () {
  'use strict';
  var ROW = ${ROW}, PAD = ${LABEL_PAD}, CW = ${CHAR_W};
  var ORIGIN_NAMES = ['your code', 'dependency', 'runtime', 'kernel'];
  function fit(name, px) {
    var room = Math.floor((px - 2 * PAD) / CW);
    if (room < 3) return '';
    var chars = Array.from(name);
    return chars.length <= room ? name : chars.slice(0, room - 1).join('') + '\\u2026';
  }
  function pct(v, total) { return (total > 0 ? (v / total) * 100 : 0).toFixed(2) + '%'; }
  function init(fig) {
    var data = JSON.parse(fig.querySelector('.fg-data').textContent);
    var nodes = data.nodes, W = data.width;
    var view = fig.querySelector('.fg-view'), tip = fig.querySelector('.fg-tip');
    var reset = fig.querySelector('[data-act=reset]'), flip = fig.querySelector('[data-act=flip]');
    var search = fig.querySelector('[data-act=search]'), match = fig.querySelector('.fg-match');
    var groups = [];
    fig.querySelectorAll('g.f').forEach(function (g) { groups[+g.getAttribute('data-i')] = g; });
    var zoomed = 0, icicle = false;

    function layout() {
      var z = nodes[zoomed], above = {};
      for (var a = z.p; a >= 0; a = nodes[a].p) above[a] = true;
      var scale = z.t > 0 ? W / z.t : 0;
      for (var i = 0; i < nodes.length; i++) {
        var n = nodes[i], g = groups[i], inside = i >= zoomed && i < z.e;
        if (!inside && !above[i]) { g.style.display = 'none'; continue; }
        g.style.display = '';
        var x = inside ? (n.x - z.x) * scale : 0, w = inside ? n.t * scale : W;
        var y = (icicle ? n.d : data.maxDepth - n.d) * ROW;
        var rect = g.querySelector('rect'), text = g.querySelector('text');
        rect.setAttribute('x', x.toFixed(1));
        rect.setAttribute('width', w.toFixed(1));
        rect.setAttribute('y', y);
        text.setAttribute('x', (x + PAD).toFixed(1));
        text.setAttribute('y', y + 11.5);
        text.textContent = fit(n.n, w);
        g.classList.toggle('anc', !!above[i]);
      }
      reset.disabled = zoomed === 0;
    }
    function zoom(i) { zoomed = i; layout(); }

    function line(tag, text) {
      var el = document.createElement(tag);
      el.textContent = text;
      tip.appendChild(el);
    }
    function showTip(i, ev) {
      var n = nodes[i];
      tip.textContent = '';
      line('b', n.n);
      line('span', n.f ? n.f + (n.l ? ':' + n.l : '') : i === 0 ? 'every sample' : 'no source file (runtime frame)');
      if (n.fa) line('em', n.fa);
      line('span', 'total ' + n.tt + ' (' + pct(n.t, data.total) + ')   self ' + n.st + ' (' + pct(n.s, data.total) + ')');
      if (i > 0) line('em', ORIGIN_NAMES[n.o]);
      if (n.m) line('em', n.m + ' frames narrower than the width threshold merged here');
      (n.b || []).forEach(function (b) { line('strong', data.marks[b].title); });
      if (n.dt) line('span', n.dt);
      tip.hidden = false;
      var box = view.getBoundingClientRect();
      var left = ev.clientX - box.left + 14, top = ev.clientY - box.top + 14;
      if (left + tip.offsetWidth > box.width) left = Math.max(0, ev.clientX - box.left - tip.offsetWidth - 14);
      if (top + tip.offsetHeight > box.height) top = Math.max(0, ev.clientY - box.top - tip.offsetHeight - 14);
      tip.style.left = left + 'px';
      tip.style.top = top + 'px';
    }
    function frameOf(ev) {
      var g = ev.target.closest && ev.target.closest('g.f');
      return g ? +g.getAttribute('data-i') : -1;
    }
    view.addEventListener('mousemove', function (ev) {
      var i = frameOf(ev);
      if (i < 0) tip.hidden = true; else showTip(i, ev);
    });
    view.addEventListener('mouseleave', function () { tip.hidden = true; });
    view.addEventListener('click', function (ev) {
      var i = frameOf(ev);
      if (i >= 0) zoom(i);
    });
    reset.addEventListener('click', function () { zoom(0); });
    flip.addEventListener('click', function () {
      icicle = !icicle;
      flip.setAttribute('aria-pressed', String(icicle));
      layout();
    });
    fig.querySelectorAll('[data-mark]').forEach(function (button) {
      button.addEventListener('click', function () {
        var list = data.marks[+button.getAttribute('data-mark')].nodes, best = -1;
        list.forEach(function (i) { if (best < 0 || nodes[i].t > nodes[best].t) best = i; });
        if (best >= 0) zoom(nodes[best].p >= 0 ? nodes[best].p : best);
      });
    });
    search.addEventListener('input', function () {
      var re = null;
      search.classList.remove('bad');
      if (search.value) {
        try { re = new RegExp(search.value); } catch (e) { search.classList.add('bad'); }
      }
      var covered = 0, sum = 0, count = 0;
      for (var i = 1; i < nodes.length; i++) {
        var hit = !!re && re.test(nodes[i].n);
        groups[i].classList.toggle('hit', hit);
        if (!hit) continue;
        count++;
        if (i >= covered) { sum += nodes[i].t; covered = nodes[i].e; }
      }
      match.textContent = re ? 'Matched: ' + pct(sum, data.total) + ' (' + count + ' frames)' : search.value ? 'invalid regex' : '';
    });
  }
  document.querySelectorAll('[data-fg]').forEach(init);
})();
`;

/** Every page that shows a flame graph runs both: the graph's own interaction, then the sandwich view and top table. */
export const FLAME_SCRIPT = ZOOM_SCRIPT + SANDWICH_SCRIPT;
