/**
 * Shared set-up for the link checker's tests: fast options, a resolver that never leaves the
 * machine, and servers that are closed after each test.
 */
import { afterEach } from 'vitest';
import { resolveLinkOptions, type LinkCheckOptions, type LookupAll } from '../../src/links/index.js';
import type { LinkOptionsInput } from '../../src/links/types.js';
import { startHttpServer, startRawServer, type Behaviour, type RawServer, type ServerOptions, type TestServer } from '../helpers/http-server.js';

/**
 * A resolver for tests: names in `table` resolve to the given loopback addresses, every other
 * name fails as not found, so no test can reach a real host even by mistake.
 */
export function loopbackLookup(table: Record<string, string> = {}): LookupAll & { calls: string[] } {
  const calls: string[] = [];
  const lookup = async (hostname: string): Promise<Array<{ address: string; family: number }>> => {
    calls.push(hostname);
    const address = table[hostname.toLowerCase()];
    if (address === undefined) {
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    }
    return [{ address, family: address.includes(':') ? 6 : 4 }];
  };
  return Object.assign(lookup, { calls });
}

/** Options for tests: loopback allowed, short timeouts, tiny backoff, no real DNS. */
export function fastOptions(overrides: LinkOptionsInput = {}): LinkCheckOptions {
  return resolveLinkOptions({
    allowPrivate: true,
    timeoutMs: 1_000,
    retryDelayMs: 5,
    maxRetryAfterMs: 3_000,
    lookup: loopbackLookup(),
    ...overrides,
  });
}

const open: Array<{ close(): Promise<void> }> = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()));
});

/** Starts a loopback server that is closed after the current test. */
export async function serve(routes: Record<string, Behaviour> = {}, options: ServerOptions = {}): Promise<TestServer> {
  const server = await startHttpServer(routes, options);
  open.push(server);
  return server;
}

export async function serveRaw(onConnection: Parameters<typeof startRawServer>[0]): Promise<RawServer> {
  const server = await startRawServer(onConnection);
  open.push(server);
  return server;
}
