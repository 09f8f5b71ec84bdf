/**
 * The undici dispatcher of one run: keep-alive connection reuse, a connect timeout, and the
 * checked resolver of `policy/dns.ts` as the socket's `lookup`, so a connection goes to exactly the
 * addresses that passed the private-address policy.
 */
import { Agent } from 'undici';
import { classifyAddress, createResolver, systemLookup, toConnectLookup } from '../policy/index.js';
import type { AddressRange } from '../../results/link-outcome.js';
import type { LookupAll } from '../types.js';

export interface AgentOptions {
  timeoutMs: number;
  /**
   * Connections per origin at most: the largest per-host limit. Requests wait for a free
   * connection instead of opening more, so a host never sees more sockets than requests allowed.
   */
  connectionsPerOrigin?: number;
  allowPrivate: boolean;
  lookup?: LookupAll;
  /** Certificate authorities to trust instead of Node's (tests against a loopback TLS server). */
  ca?: string;
  privateRange?: (address: string) => AddressRange | null;
}

export function createAgent(options: AgentOptions): Agent {
  const resolver = createResolver({
    allowPrivate: options.allowPrivate,
    lookup: options.lookup ?? systemLookup,
    privateRange: options.privateRange ?? classifyAddress,
  });
  return new Agent({
    ...(options.connectionsPerOrigin ? { connections: options.connectionsPerOrigin } : {}),
    keepAliveTimeout: 10_000,
    keepAliveMaxTimeout: 60_000,
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    connect: { timeout: options.timeoutMs, lookup: toConnectLookup(resolver), ...(options.ca ? { ca: options.ca } : {}) },
  });
}
