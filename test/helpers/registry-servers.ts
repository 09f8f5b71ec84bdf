/**
 * Loopback stand-ins for the registries' APIs, each a real HTTP server on 127.0.0.1 (port 0)
 * answering the documented paths with the documented JSON shapes, from in-memory records:
 *
 *   PhysioNet    GET /api/v1/project/published/{slug}/            [{ slug, title, version, abstract, citation }]
 *                GET /api/v1/project/published/{slug}/{version}/  { slug, version, license: { name }, access_policy?, … }
 *                (an unknown slug answers `200 []`, as PhysioNet does)
 *   Zenodo       GET /api/records/{id}                 { id, metadata: { access_right, license: { id }, version,
 *                                                        relations: { version: [{ is_last, … }] } }, links: { latest, … } }
 *                GET /api/records/{id}/versions/latest  302 → /api/records/{newest}
 *                (a removed record answers 410, an unknown one 404)
 *   Hugging Face GET /api/datasets/{id}                  { id, gated, private, disabled, cardData: { license } }
 *                (without a token, a missing or private dataset answers 401, as the Hub does; with one, 404)
 *   GitHub       GET /repos/{owner}/{repo}             { full_name, html_url, archived, license: { spdx_id } }
 *
 * Every server counts requests by path, records their headers, tracks the most in flight at
 * once, can add latency to every answer, and takes per-path overrides for faults (429, bad JSON,
 * a redirect elsewhere, a slow answer). Closed by the test (or bench) that started it.
 */
import { once } from 'node:events';
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface StandInRequest {
  path: string;
  headers: IncomingHttpHeaders;
}

export type Override = (req: IncomingMessage, res: ServerResponse, hit: number) => void | Promise<void>;

export interface StandIn {
  readonly origin: string;
  readonly requests: StandInRequest[];
  count(path?: string): number;
  readonly maxInFlight: number;
  /** Answers `path` (without query) this way instead of from the records. */
  override(path: string, behaviour: Override): void;
  close(): Promise<void>;
}

export interface StandInOptions {
  /** Added before every answer, in ms (default: `0`). */
  latencyMs?: number;
  /** Listen address (default: `127.0.0.1`). */
  host?: string;
}

type Answer = { status: number; body?: unknown; headers?: Record<string, string> };

async function startStandIn(answer: (path: string, req: IncomingMessage, origin: string) => Answer, options: StandInOptions): Promise<StandIn> {
  const requests: StandInRequest[] = [];
  const overrides = new Map<string, Override>();
  const hits = new Map<string, number>();
  const sockets = new Set<Socket>();
  let inFlight = 0;
  let maxInFlight = 0;
  let origin = '';
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requests.push({ path, headers: req.headers });
    const hit = (hits.get(path) ?? 0) + 1;
    hits.set(path, hit);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    let ended = false;
    const end = (): void => {
      if (!ended) inFlight--;
      ended = true;
    };
    res.once('finish', end);
    res.once('close', end);
    const respond = async (): Promise<void> => {
      if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
      const override = overrides.get(path);
      if (override) return override(req, res, hit);
      const { status, body, headers = {} } = answer(path, req, origin);
      const text = body === undefined ? '' : JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
      res.end(text);
    };
    respond().catch(() => res.destroy());
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  server.listen(0, options.host ?? '127.0.0.1');
  await once(server, 'listening');
  const { port, address } = server.address() as AddressInfo;
  origin = `http://${address}:${port}`;
  return {
    origin,
    requests,
    count: (path) => (path === undefined ? requests.length : requests.filter((r) => r.path === path).length),
    get maxInFlight() {
      return maxInFlight;
    },
    override: (path, behaviour) => void overrides.set(path, behaviour),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      server.close();
      await once(server, 'close').catch(() => undefined);
    },
  };
}

export interface PhysionetProject {
  /** Version → its licence name (null: none) and, as newer servers send it, its access policy. */
  versions: Record<string, { license: string | null; access_policy?: string }>;
}

export function startPhysionet(projects: Record<string, PhysionetProject>, options: StandInOptions = {}): Promise<StandIn> {
  return startStandIn((path) => {
    const match = /^\/api\/v1\/project\/published\/([^/]+)\/(?:([^/]+)\/)?$/.exec(path);
    if (!match) return { status: 404, body: { detail: 'Not found.' } };
    const [, slug = '', version] = match;
    const project = projects[slug];
    if (version === undefined) {
      const versions = Object.keys(project?.versions ?? {});
      return { status: 200, body: versions.map((v) => ({ slug, title: `Project ${slug}`, version: v, abstract: '', citation: '' })) };
    }
    const detail = project?.versions[version];
    if (!detail) return { status: 404, body: { detail: 'Not found.' } };
    return {
      status: 200,
      body: { slug, title: `Project ${slug}`, version, abstract: '', license: detail.license === null ? null : { name: detail.license }, ...(detail.access_policy ? { access_policy: detail.access_policy } : {}) },
    };
  }, options);
}

export interface ZenodoRecord {
  access_right: string;
  license?: string;
  version?: string;
  /** Whether this is the newest version (default: `true`). */
  isLast?: boolean;
  /** The newest record of its concept, for `links.latest`. */
  latest?: string;
  /** The record was removed: 410. */
  removed?: boolean;
}

export function startZenodo(records: Record<string, ZenodoRecord>, options: StandInOptions = {}): Promise<StandIn> {
  return startStandIn((path, _req, origin) => {
    const latest = /^\/api\/records\/(\d+)\/versions\/latest$/.exec(path);
    if (latest) {
      const record = records[latest[1] as string];
      if (!record) return { status: 404, body: { status: 404, message: 'PID does not exist.' } };
      return { status: 302, headers: { location: `${origin}/api/records/${record.latest ?? latest[1]}` } };
    }
    const match = /^\/api\/records\/(\d+)$/.exec(path);
    const id = match?.[1];
    const record = id === undefined ? undefined : records[id];
    if (!record || id === undefined) return { status: 404, body: { status: 404, message: 'PID does not exist.' } };
    if (record.removed) return { status: 410, body: { status: 410, message: 'The record has been deleted.' } };
    return {
      status: 200,
      body: {
        id: Number(id),
        doi: `10.5281/zenodo.${id}`,
        metadata: {
          title: `Record ${id}`,
          access_right: record.access_right,
          ...(record.license ? { license: { id: record.license } } : {}),
          ...(record.version ? { version: record.version } : {}),
          relations: { version: [{ index: 0, is_last: record.isLast ?? true, count: 2, parent: { pid_type: 'recid', pid_value: `${id}0` } }] },
        },
        links: { self: `${origin}/api/records/${id}`, html: `${origin}/records/${id}`, latest: `${origin}/api/records/${id}/versions/latest`, latest_html: `${origin}/records/${id}/latest` },
      },
    };
  }, options);
}

export interface HubDataset {
  gated: false | 'auto' | 'manual';
  private?: boolean;
  disabled?: boolean;
  license?: string | string[];
}

export function startHuggingface(datasets: Record<string, HubDataset>, options: StandInOptions & { token?: string } = {}): Promise<StandIn> {
  return startStandIn((path, req) => {
    const id = /^\/api\/datasets\/(.+)$/.exec(path)?.[1];
    const authorised = options.token !== undefined && req.headers.authorization === `Bearer ${options.token}`;
    const dataset = id === undefined ? undefined : datasets[decodeURIComponent(id)];
    if (!dataset || (dataset.private && !authorised)) {
      return authorised ? { status: 404, body: { error: 'Repository not found' } } : { status: 401, body: { error: 'Invalid username or password.' } };
    }
    return {
      status: 200,
      body: {
        _id: 'x',
        id: decodeURIComponent(id ?? ''),
        gated: dataset.gated,
        private: dataset.private ?? false,
        disabled: dataset.disabled ?? false,
        ...(dataset.license === undefined ? {} : { cardData: { license: dataset.license, pretty_name: 'A dataset' } }),
        tags: [],
      },
    };
  }, options);
}

export interface GithubRepository {
  archived: boolean;
  spdx: string | null;
}

export function startGithubRepos(repos: Record<string, GithubRepository>, options: StandInOptions = {}): Promise<StandIn> {
  return startStandIn((path) => {
    const name = /^\/repos\/([^/]+\/[^/]+)$/.exec(path)?.[1];
    const repo = name === undefined ? undefined : repos[name];
    if (!repo || name === undefined) return { status: 404, body: { message: 'Not Found' } };
    return {
      status: 200,
      body: {
        full_name: name,
        html_url: `https://github.com/${name}`,
        archived: repo.archived,
        license: repo.spdx === null ? null : { key: repo.spdx.toLowerCase(), name: repo.spdx, spdx_id: repo.spdx },
      },
    };
  }, options);
}
