/**
 * An in-memory stand-in for the parts of the GitHub REST API the Action uses, on 127.0.0.1
 * (port 0). It checks the token, pages lists with a `Link` header like GitHub, answers with
 * GitHub-shaped errors, records every request for assertions, and can add latency so that
 * concurrent runs interleave.
 *
 * Endpoints:
 *   GET   /repos/{o}/{r}/pulls/{n}/files            per_page / page, Link
 *   GET   /repos/{o}/{r}/issues                     labels, state, sort=created, direction, per_page / page, Link
 *   POST  /repos/{o}/{r}/issues                     title, body, labels
 *   PATCH /repos/{o}/{r}/issues/{n}                 title, body, state, state_reason
 *   POST  /repos/{o}/{r}/issues/{n}/comments        body
 *   POST  /repos/{o}/{r}/labels                     name, color, description (422 when it exists)
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: unknown;
}

export interface FakeComment {
  id: number;
  body: string;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: string[];
  comments: FakeComment[];
  /** Set for pull requests, which the issues list returns too (as GitHub does). */
  pull_request?: { url: string };
}

export interface FakePullFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  additions?: number;
  deletions?: number;
  changes?: number;
  patch?: string;
  previous_filename?: string;
}

export interface GitHubServerOptions {
  owner?: string;
  repo?: string;
  /** The only token accepted (default: `ghs_test-token-0123456789`). */
  token?: string;
  /** Delay before each answer, in ms, or a function of the request (default: `0`). */
  latencyMs?: number | ((request: RecordedRequest) => number);
}

export interface GitHubServer {
  /** Base URL, for `GITHUB_API_URL`: `http://127.0.0.1:<port>`. */
  readonly url: string;
  readonly token: string;
  readonly owner: string;
  readonly repo: string;
  /** Every request received, in arrival order. */
  readonly requests: RecordedRequest[];
  readonly issues: FakeIssue[];
  readonly labels: Set<string>;
  /** Changed files by pull request number. */
  readonly pulls: Map<number, FakePullFile[]>;
  /** When true, every write to issues, comments and labels answers 403 like a token without `issues: write`. */
  denyIssuesWrite: boolean;
  /** When set, every request is answered with a 302 to this origin (a hostile or misconfigured API). */
  redirectTo: string | null;
  latencyMs: number | ((request: RecordedRequest) => number);
  /** Adds an issue directly (as if a human opened it). */
  addIssue(issue: Partial<FakeIssue> & { title: string }): FakeIssue;
  openIssues(label?: string): FakeIssue[];
  close(): Promise<void>;
}

const DOCS = 'https://docs.github.com/rest';

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'x-github-api-version-selected': '2022-11-28',
    ...headers,
  });
  response.end(text);
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return undefined;
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** Slices a list the way GitHub pages it and builds the `Link` header. */
function page<T>(
  items: readonly T[],
  query: Record<string, string>,
  self: URL,
): { items: T[]; link: string | undefined } {
  const perPage = Math.min(100, Math.max(1, Number(query['per_page'] ?? 30) || 30));
  const current = Math.max(1, Number(query['page'] ?? 1) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const at = (n: number): string => {
    const url = new URL(self);
    url.searchParams.set('per_page', String(perPage));
    url.searchParams.set('page', String(n));
    return url.toString();
  };
  const links: string[] = [];
  if (current < last) links.push(`<${at(current + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`);
  if (current > 1) links.push(`<${at(1)}>; rel="first"`, `<${at(current - 1)}>; rel="prev"`);
  return {
    items: items.slice((current - 1) * perPage, current * perPage),
    link: links.length > 0 ? links.join(', ') : undefined,
  };
}

export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  const owner = options.owner ?? 'medlint-test';
  const repo = options.repo ?? 'datasets';
  const token = options.token ?? 'ghs_test-token-0123456789';
  const requests: RecordedRequest[] = [];
  const issues: FakeIssue[] = [];
  const labels = new Set<string>();
  const pulls = new Map<number, FakePullFile[]>();
  let nextNumber = 1;
  let nextCommentId = 1;
  let baseUrl = '';

  const state = {
    denyIssuesWrite: false,
    redirectTo: null as string | null,
    latencyMs: options.latencyMs ?? 0,
  };

  const issueJson = (issue: FakeIssue): Record<string, unknown> => ({
    id: 1000 + issue.number,
    node_id: `I_${issue.number}`,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    state_reason: issue.state_reason,
    labels: issue.labels.map((name, index) => ({ id: index + 1, name, color: 'ededed' })),
    comments: issue.comments.length,
    html_url: `https://github.com/${owner}/${repo}/issues/${issue.number}`,
    url: `${baseUrl}/repos/${owner}/${repo}/issues/${issue.number}`,
    ...(issue.pull_request === undefined ? {} : { pull_request: issue.pull_request }),
  });

  const forbidden = (response: ServerResponse, docs: string): void =>
    send(response, 403, { message: 'Resource not accessible by integration', documentation_url: `${DOCS}/${docs}`, status: '403' });

  const notFound = (response: ServerResponse): void =>
    send(response, 404, { message: 'Not Found', documentation_url: DOCS, status: '404' });

  const addIssue = (fields: Partial<FakeIssue> & { title: string }): FakeIssue => {
    const issue: FakeIssue = {
      number: nextNumber++,
      body: '',
      state: 'open',
      state_reason: null,
      labels: [],
      comments: [],
      ...fields,
    };
    issues.push(issue);
    return issue;
  };

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', baseUrl);
    const body = await readBody(request);
    const recorded: RecordedRequest = {
      method: request.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: request.headers,
      body,
    };
    requests.push(recorded);

    const latency = typeof state.latencyMs === 'function' ? state.latencyMs(recorded) : state.latencyMs;
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));

    if (state.redirectTo !== null) {
      response.writeHead(302, { location: `${state.redirectTo}${url.pathname}${url.search}`, 'content-length': '0' });
      response.end();
      return;
    }

    const auth = request.headers.authorization ?? '';
    if (auth !== `token ${token}` && auth !== `Bearer ${token}`) {
      send(response, 401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });
      return;
    }

    const prefix = `/repos/${owner}/${repo}`;
    if (!url.pathname.startsWith(`${prefix}/`)) {
      notFound(response);
      return;
    }
    const rest = url.pathname.slice(prefix.length);
    const method = recorded.method;
    const input = record(body);
    let match: RegExpExecArray | null;

    if (method === 'GET' && (match = /^\/pulls\/(\d+)\/files$/.exec(rest))) {
      const files = pulls.get(Number(match[1]));
      if (files === undefined) return notFound(response);
      const { items, link } = page(files, recorded.query, url);
      const json = items.map((file, index) => ({
        sha: `0000000000000000000000000000000000000${String(index).padStart(3, '0')}`,
        additions: 0,
        deletions: 0,
        changes: 0,
        blob_url: '',
        raw_url: '',
        contents_url: '',
        ...file,
      }));
      return send(response, 200, json, link === undefined ? {} : { link });
    }

    if (method === 'GET' && rest === '/issues') {
      const wanted = (recorded.query['labels'] ?? '').split(',').map((label) => label.trim()).filter(Boolean);
      const wantedState = recorded.query['state'] ?? 'open';
      const direction = recorded.query['direction'] ?? 'desc';
      const matching = issues
        .filter((issue) => wantedState === 'all' || issue.state === wantedState)
        .filter((issue) => wanted.every((label) => issue.labels.includes(label)))
        .sort((a, b) => (direction === 'asc' ? a.number - b.number : b.number - a.number));
      const { items, link } = page(matching, recorded.query, url);
      return send(response, 200, items.map(issueJson), link === undefined ? {} : { link });
    }

    if (method === 'POST' && rest === '/labels') {
      if (state.denyIssuesWrite) return forbidden(response, 'issues/labels#create-a-label');
      const name = String(input['name'] ?? '');
      if (labels.has(name)) {
        return send(response, 422, {
          message: 'Validation Failed',
          errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
          documentation_url: `${DOCS}/issues/labels#create-a-label`,
          status: '422',
        });
      }
      labels.add(name);
      return send(response, 201, { id: labels.size, name, color: input['color'] ?? 'ededed', description: input['description'] ?? null });
    }

    if (method === 'POST' && rest === '/issues') {
      if (state.denyIssuesWrite) return forbidden(response, 'issues/issues#create-an-issue');
      const requestedLabels = Array.isArray(input['labels']) ? input['labels'].map(String) : [];
      // Like GitHub, labels that do not exist yet are created on the fly.
      for (const label of requestedLabels) labels.add(label);
      const issue = addIssue({ title: String(input['title'] ?? ''), body: String(input['body'] ?? ''), labels: requestedLabels });
      return send(response, 201, issueJson(issue));
    }

    if ((match = /^\/issues\/(\d+)(\/comments)?$/.exec(rest))) {
      const issue = issues.find((candidate) => candidate.number === Number(match?.[1]));
      if (issue === undefined) return notFound(response);
      if (method === 'PATCH' && match[2] === undefined) {
        if (state.denyIssuesWrite) return forbidden(response, 'issues/issues#update-an-issue');
        if (typeof input['title'] === 'string') issue.title = input['title'];
        if (typeof input['body'] === 'string') issue.body = input['body'];
        if (input['state'] === 'open' || input['state'] === 'closed') issue.state = input['state'];
        if (typeof input['state_reason'] === 'string') issue.state_reason = input['state_reason'];
        return send(response, 200, issueJson(issue));
      }
      if (method === 'POST' && match[2] === '/comments') {
        if (state.denyIssuesWrite) return forbidden(response, 'issues/comments#create-an-issue-comment');
        const comment = { id: nextCommentId++, body: String(input['body'] ?? '') };
        issue.comments.push(comment);
        return send(response, 201, { id: comment.id, body: comment.body });
      }
    }

    notFound(response);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, { message: String(error) });
      else response.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    token,
    owner,
    repo,
    requests,
    issues,
    labels,
    pulls,
    get denyIssuesWrite() {
      return state.denyIssuesWrite;
    },
    set denyIssuesWrite(value: boolean) {
      state.denyIssuesWrite = value;
    },
    get redirectTo() {
      return state.redirectTo;
    },
    set redirectTo(value: string | null) {
      state.redirectTo = value;
    },
    get latencyMs() {
      return state.latencyMs;
    },
    set latencyMs(value: number | ((request: RecordedRequest) => number)) {
      state.latencyMs = value;
    },
    addIssue,
    openIssues: (label?: string) =>
      issues.filter((issue) => issue.state === 'open' && (label === undefined || issue.labels.includes(label))),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
