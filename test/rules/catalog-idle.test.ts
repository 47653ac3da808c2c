// Every idle rule (lib/rules/catalog-idle.ts): a server's own loop frame matches;
// the same name in another module does not.
import { IDLE_RULES } from '../../lib/rules/catalog-idle.js';
import { type Case, checkCatalog, f, GO, PY } from './rule-cases.js';

const CASES: Case[] = [
  ['py-server-idle', f('serve_forever', `${PY}/socketserver.py`), f('serve_forever', `${PY}/multiprocessing/managers.py`), 'wall', 'py'],
  ['py-event-loop-idle', f('_run_once', `${PY}/asyncio/base_events.py`), f('_run_once', `${PY}/sched.py`), 'wall', 'py'],
  ['py-gunicorn-idle', f('wait', '/usr/lib/python3/dist-packages/gunicorn/workers/sync.py'), f('wait', `${PY}/threading.py`), 'wall', 'py'],
  ['go-server-idle', f('net/http.(*conn).readRequest', `${GO}/net/http/server.go`), f('net/http.(*conn).hijackLocked', `${GO}/net/http/server.go`), 'wall', 'go'],
  ['java-server-idle', f('sun.net.httpserver.ServerImpl$Dispatcher.run'), f('sun.net.httpserver.ServerImpl$Exchange.run'), 'wall', 'java'],
];

checkCatalog(IDLE_RULES, CASES);
