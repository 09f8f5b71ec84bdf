/**
 * A small scriptable HTTP(S) server on the loopback interface for the link checker's tests:
 * behaviours per path, and a record of what actually arrived (requests per path and method,
 * headers, the most requests in flight at once, connections, body bytes written). Every server
 * listens on an ephemeral port and must be closed by the test that started it.
 */
import { once } from 'node:events';
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import net, { type AddressInfo, type Socket } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

export interface RouteContext {
  /** 1-based count of requests to this path so far, this one included. */
  hit: number;
  server: TestServer;
}

export type Behaviour = (req: IncomingMessage, res: ServerResponse, ctx: RouteContext) => void | Promise<void>;

export interface TestServer {
  /** `http://127.0.0.1:PORT` (or https). */
  readonly origin: string;
  readonly port: number;
  /** Full URL of a path on this server. */
  url(path: string): string;
  /** Sets the behaviour for a path (the part before `?`). Unknown paths answer 404. */
  route(path: string, behaviour: Behaviour): void;
  readonly requests: readonly RecordedRequest[];
  /** Requests that arrived for `path` (with that method, when given). */
  count(path: string, method?: string): number;
  /** Most requests in flight at once (from arrival to the end of the response). */
  readonly maxInFlight: number;
  /** TCP connections accepted. */
  readonly connections: number;
  /** Body bytes handed to the socket for `path`. */
  bytesSent(path: string): number;
  /** Adds to `bytesSent` (for behaviours that stream). */
  addBytes(path: string, bytes: number): void;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Serve HTTPS with this key and certificate (PEM). */
  tls?: { key: string; cert: string };
  /** Address to listen on (default: `127.0.0.1`; any 127/8 address works on Linux). */
  host?: string;
}

export async function startHttpServer(routes: Record<string, Behaviour> = {}, options: ServerOptions = {}): Promise<TestServer> {
  const table = new Map<string, Behaviour>(Object.entries(routes));
  const requests: RecordedRequest[] = [];
  const hits = new Map<string, number>();
  const bytes = new Map<string, number>();
  const sockets = new Set<Socket>();
  let inFlight = 0;
  let maxInFlight = 0;
  let connections = 0;

  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requests.push({ method: req.method ?? 'GET', path, headers: req.headers });
    const hit = (hits.get(path) ?? 0) + 1;
    hits.set(path, hit);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    let ended = false;
    const end = (): void => {
      if (ended) return;
      ended = true;
      inFlight--;
    };
    // `finish`: the whole answer was handed to the socket; `close`: the client went away first.
    res.once('finish', end);
    res.once('close', end);
    const behaviour = table.get(path) ?? notFound;
    Promise.resolve(behaviour(req, res, { hit, server: api })).catch(() => {
      res.destroy();
    });
  };

  const httpServer = options.tls ? https.createServer({ key: options.tls.key, cert: options.tls.cert }, handler) : http.createServer(handler);
  httpServer.on('connection', (socket: Socket) => {
    connections++;
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  // A client that gives up mid-handshake is expected in these tests.
  httpServer.on('tlsClientError', () => undefined);
  httpServer.on('clientError', (_error, socket: Socket) => socket.destroy());
  httpServer.listen(0, options.host ?? '127.0.0.1');
  await once(httpServer, 'listening');
  const { port, address } = httpServer.address() as AddressInfo;
  const origin = `${options.tls ? 'https' : 'http'}://${address}:${port}`;

  const api: TestServer = {
    origin,
    port,
    url: (path) => origin + path,
    route: (path, behaviour) => {
      table.set(path, behaviour);
    },
    requests,
    count: (path, method) => requests.filter((r) => r.path === path && (method === undefined || r.method === method)).length,
    get maxInFlight() {
      return maxInFlight;
    },
    get connections() {
      return connections;
    },
    bytesSent: (path) => bytes.get(path) ?? 0,
    addBytes: (path, n) => {
      bytes.set(path, (bytes.get(path) ?? 0) + n);
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
  return api;
}

/** Accepts TCP connections and hands each socket to `onConnection`: for answers that are not HTTP. */
export interface RawServer {
  readonly origin: string;
  readonly port: number;
  readonly connections: number;
  close(): Promise<void>;
}

export async function startRawServer(onConnection: (socket: Socket) => void): Promise<RawServer> {
  const sockets = new Set<Socket>();
  let connections = 0;
  const server = net.createServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.once('close', () => sockets.delete(socket));
    onConnection(socket);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    get connections() {
      return connections;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A loopback port with nothing listening (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

// ---- Behaviours -------------------------------------------------------------------------------

const notFound: Behaviour = (_req, res) => {
  res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
};

/** Answers `code` with optional headers and body. */
export function status(code: number, headers: Record<string, string> = {}, body = ''): Behaviour {
  return (_req, res) => {
    res.writeHead(code, headers).end(body);
  };
}

/** A 200 HTML page. */
export function html(body: string, headers: Record<string, string> = {}): Behaviour {
  return status(200, { 'content-type': 'text/html; charset=utf-8', ...headers }, `<!doctype html><html><body>${body}</body></html>`);
}

/** A 200 JSON answer. */
export function json(value: unknown, code = 200, headers: Record<string, string> = {}): Behaviour {
  return status(code, { 'content-type': 'application/json', ...headers }, JSON.stringify(value));
}

export function redirect(code: number, location: string): Behaviour {
  return status(code, { location });
}

/** Never answers (the client must give up). */
export function hang(): Behaviour {
  return () => undefined;
}

/** Destroys the connection without an answer. */
export function reset(): Behaviour {
  return (req) => {
    req.socket.destroy();
  };
}

/** Different behaviours by method; others answer 405. */
export function byMethod(behaviours: Partial<Record<'HEAD' | 'GET', Behaviour>>): Behaviour {
  return (req, res, ctx) => {
    const behaviour = behaviours[(req.method ?? 'GET') as 'HEAD' | 'GET'] ?? status(405, { allow: Object.keys(behaviours).join(', ') });
    return behaviour(req, res, ctx);
  };
}

/** The n-th request to the path gets the n-th behaviour; the last one repeats. */
export function sequence(...behaviours: Behaviour[]): Behaviour {
  return (req, res, ctx) => {
    const behaviour = behaviours[Math.min(ctx.hit, behaviours.length) - 1];
    if (!behaviour) throw new Error('sequence() needs at least one behaviour');
    return behaviour(req, res, ctx);
  };
}

/** Waits `ms` (unless the client leaves), then behaves like `behaviour`. */
export function delayed(ms: number, behaviour: Behaviour): Behaviour {
  return async (req, res, ctx) => {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      res.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    if (!res.destroyed && !res.writableEnded) await behaviour(req, res, ctx);
  };
}

/** Slowloris: headers (status 200, a Content-Length) and a few bytes, then the body stalls forever. */
export function stalledBody(contentType = 'text/html'): Behaviour {
  return (req, res, ctx) => {
    res.writeHead(200, { 'content-type': contentType, 'content-length': '1000' });
    if (req.method === 'HEAD') return; // HEAD: headers only, and the answer never ends either.
    res.write('<html><bo');
    ctx.server.addBytes((req.url ?? '/').split('?')[0] ?? '/', 9);
  };
}

/**
 * A body of `size` bytes (Infinity: endless, chunked), written as fast as the client reads it,
 * stopping when the client leaves. The server counts what it actually wrote.
 */
export function largeBody(size: number, contentType = 'text/html', prefix = '<html><body>'): Behaviour {
  return async (req, res, ctx) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const headers: Record<string, string> = { 'content-type': contentType };
    if (Number.isFinite(size)) headers['content-length'] = String(size);
    res.writeHead(200, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let written = 0;
    const first = Buffer.from(prefix);
    res.write(first);
    written += first.length;
    ctx.server.addBytes(path, first.length);
    while (written < size && !res.destroyed) {
      const piece = Number.isFinite(size) ? chunk.subarray(0, Math.min(chunk.length, size - written)) : chunk;
      written += piece.length;
      ctx.server.addBytes(path, piece.length);
      if (!res.write(piece)) await drainOrClose(res);
    }
    if (!res.destroyed) res.end();
  };
}

function drainOrClose(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/** Records the concurrency of its own path only, then behaves like `behaviour`. */
export function tracked(counter: { now: number; max: number }, behaviour: Behaviour): Behaviour {
  return (req, res, ctx) => {
    counter.now++;
    counter.max = Math.max(counter.max, counter.now);
    let done = false;
    const end = (): void => {
      if (!done) {
        done = true;
        counter.now--;
      }
    };
    res.once('finish', end);
    res.once('close', end);
    return behaviour(req, res, ctx);
  };
}
