// Rules for a server's idle time: a thread waiting for the next request or
// connection (an accept loop in its selector, a keep-alive connection waiting
// for the next request line, an event loop with nothing to run). That wait is
// the service having nothing to do, not a cost of any request: the run-level
// diagnosis counts it as idle (evidence about the run), never as a finding.
// Only the frames of the server's own loop match, so a user function that
// waits on a socket of its own (a call to a database) is still a wait finding.
// First in the catalog: the loop's frame is the one nearest the user's code.

import { SERVER_LOOP } from './thresholds.js';
import type { Rule } from './types.js';

const KINDS = ['cpu', 'wall'] as const;
const IDLE = 'waiting for the next request or connection (the server has nothing to do)';

const rule = (id: string, runtimes: Rule['runtimes'], frame: RegExp, file: RegExp | undefined, what: string): Rule => ({
  id,
  runtimes,
  match: { kinds: KINDS, frame, ...(file ? { file } : {}) },
  minShare: SERVER_LOOP,
  category: 'io',
  cause: 'waiting-idle',
  explain: `${what}: the service waits for work, which no change to a request's code removes`,
  evidence: 'the server loop frames and their share',
  strategies: [],
  idle: IDLE,
});

export const IDLE_RULES: Rule[] = [
  // socketserver's accept loop (http.server, werkzeug, wsgiref) and http.server's keep-alive read of the next request line.
  rule('py-server-idle', ['python'], /^(?:serve_forever|handle_one_request|handle)$/, /(?:^|\/)(?:socketserver|http\/server|werkzeug\/serving|wsgiref\/simple_server)\.py$/, 'a Python server waiting in its accept loop or for the next request on a kept-alive connection'),
  // asyncio's event loop waiting in its selector (uvicorn, aiohttp, any asyncio server).
  rule('py-event-loop-idle', ['python'], /^(?:_run_once|run_forever|select)$/, /(?:^|\/)asyncio\/(?:base_events|selector_events|windows_events)\.py$/, 'an asyncio event loop with nothing ready to run'),
  // gunicorn's sync and threaded workers between requests.
  rule('py-gunicorn-idle', ['python'], /^(?:wait|run_for_one|run_for_multiple|sleep)$/, /gunicorn\/(?:workers\/\w+|arbiter)\.py$/, 'a gunicorn worker waiting for a connection'),
  // net/http's accept loop and a kept-alive connection's read of the next request.
  rule('go-server-idle', ['go'], /^net\/http\.\(\*(?:Server\)\.Serve|conn\)\.readRequest|connReader\)\.backgroundRead)$|^net\.\(\*TCPListener\)\.Accept$/, undefined, 'a Go HTTP server waiting in Accept or for the next request on a kept-alive connection'),
  // Java servers' accept and selector loops (the JDK's HttpServer, Tomcat, Jetty, Netty, ServerSocket).
  rule(
    'java-server-idle',
    ['java'],
    /^(?:sun\.net\.httpserver\.ServerImpl\$Dispatcher\.run|org\.apache\.tomcat\.util\.net\.(?:NioEndpoint\$Poller\.run|Acceptor\.run|NioEndpoint\.serverSocketAccept)|org\.eclipse\.jetty\.io\.ManagedSelector\$SelectorProducer\.select|io\.netty\.channel\.(?:nio\.NioEventLoop|epoll\.EpollEventLoop)\.(?:select|run|epollWait)|java\.net\.ServerSocket\.accept)$/,
    undefined,
    'a Java server waiting in its accept or selector loop',
  ),
];
