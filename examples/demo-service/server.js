// A small HTTP service with four planted bottlenecks, one per route, for
// perf-profiler's demo. No dependencies beyond Node. Each handler is written
// the slow way on purpose; the comment above it says what the fix would be.
//
//   GET /search?q=oak   a RegExp compiled per request from user input, with a
//                       backtracking-prone pattern, run over every product
//   GET /products       the catalog read from disk synchronously per request
//   GET /report         a big object built, stringified and parsed per request
//   GET /orders         duplicate detection with Array.includes in a loop: O(n²)
//   GET /health         for the ready check
//
// Switches for trying the verification loop (`make demo-verify`): FIX=search
// runs searchCatalog the fixed way; REGRESS=orders plants extra synchronous
// work in findRepeatCustomers. Unset, the service is the slow one above.

import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const PORT = Number(process.env.PORT ?? 3457);
const HOST = process.env.HOST ?? '127.0.0.1';
const CATALOG = new URL('./data/products.csv', import.meta.url);
const SEARCH_PAGE = 250; // products searched per request
const REPORT_ROWS = 2000; // products in a report
const FIX = new Set((process.env.FIX ?? '').split(',').filter(Boolean));
const REGRESS = new Set((process.env.REGRESS ?? '').split(',').filter(Boolean));
const compiled = new Map();

function searchFixed(query, lines) {
  let pattern = compiled.get(query);
  if (!pattern) compiled.set(query, (pattern = new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i')));
  return lines.slice(0, SEARCH_PAGE).filter((line) => pattern.test(line.split(',')[1] ?? ''));
}

// Fix: compile once, escape user input, and use a pattern without nested quantifiers.
function searchCatalog(query, lines) {
  if (FIX.has('search')) return searchFixed(query, lines);
  const pattern = new RegExp(`^(\\w+\\s?)*${query}(\\w+\\s?)*$`, 'i');
  const hits = [];
  for (const line of lines.slice(0, SEARCH_PAGE)) {
    const name = line.split(',')[1] ?? '';
    if (pattern.test(name)) hits.push(line);
  }
  return hits;
}

// Fix: read the file once at start-up (or asynchronously, with a cache).
function loadCatalogSync() {
  return readFileSync(CATALOG, 'utf8').split('\n').slice(1).filter(Boolean);
}

// Fix: build the summary directly instead of a deep copy through JSON.
function buildReport(lines) {
  const rows = lines.slice(0, REPORT_ROWS).map((line) => {
    const [id, name, price, stock] = line.split(',');
    return { id: Number(id), name, price: Number(price), stock: Number(stock), tags: name.split(' '), history: [price, stock, id] };
  });
  const copy = JSON.parse(JSON.stringify({ generated: 'now', rows }));
  const total = copy.rows.reduce((sum, r) => sum + r.price * r.stock, 0);
  return JSON.stringify({ count: copy.rows.length, total: Math.round(total), top: copy.rows.slice(0, 5) });
}

const ORDERS = Array.from({ length: 3000 }, (_, i) => ({ id: i, customerId: (i * 7919) % 2400 }));

// Fix: a Set of seen ids makes this linear.
function findRepeatCustomers(orders) {
  // The planted regression: a sorted copy made three times per request and thrown away.
  if (REGRESS.has('orders')) for (let i = 0; i < 3; i++) [...orders].sort((a, b) => a.customerId - b.customerId || a.id - b.id);
  const seen = [];
  const repeats = [];
  for (const order of orders) {
    if (seen.includes(order.customerId)) {
      if (!repeats.includes(order.customerId)) repeats.push(order.customerId);
    } else seen.push(order.customerId);
  }
  return repeats;
}

const CATALOG_LINES = loadCatalogSync();

function handle(req, res) {
  const url = new URL(req.url ?? '/', `http://${HOST}`);
  const send = (status, body, type = 'application/json') => {
    res.writeHead(status, { 'content-type': type });
    res.end(body);
  };
  switch (url.pathname) {
    case '/health':
      return send(200, '{"ok":true}');
    case '/search': {
      const q = (url.searchParams.get('q') ?? '').replace(/[^\w ]/g, '');
      return send(200, JSON.stringify(searchCatalog(q, CATALOG_LINES).slice(0, 20)));
    }
    case '/products': {
      const lines = loadCatalogSync();
      return send(200, JSON.stringify({ count: lines.length, first: lines.slice(0, 10) }));
    }
    case '/report':
      return send(200, buildReport(CATALOG_LINES));
    case '/orders':
      return send(200, JSON.stringify({ repeatCustomers: findRepeatCustomers(ORDERS).length }));
    default:
      return send(404, '{"error":"not found"}');
  }
}

const server = createServer(handle);
server.listen(PORT, HOST, () => {
  console.log(`demo-service listening on http://${HOST}:${PORT}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
