/**
 * The rule registry: every document rule, then the link rules (whose reports come from the
 * link checker). The README table, the config schema and the docs meta-test read this list.
 */
import { linkRules } from '../links/rules.js';
import { entryLink } from './entry-link.js';
import type { Rule, RuleMeta } from './types.js';

/** Document rules, in the order they run (and appear in the README). */
export const documentRules: readonly Rule[] = [entryLink];

/** Every rule's metadata: document rules, then link rules. */
export const allRuleMetas: readonly RuleMeta[] = [...documentRules.map((rule) => rule.meta), ...linkRules];

const byId = new Map(allRuleMetas.map((meta) => [meta.id, meta]));

export function ruleMeta(id: string): RuleMeta | undefined {
  return byId.get(id);
}
