/**
 * The rule registry: every document rule, then the link rules (whose reports come from the
 * link checker). The README table, the config schema and the docs meta-test read this list.
 *
 * One file per rule id (`<id>.ts`), each a `Rule`: metadata beside a pure `check()`. Shared
 * helpers, not rules:
 *   anchors.ts  anchors (heading slugs + HTML ids, from extract/anchors.ts): fragment matching, "did you mean"
 *   urls.ts     how a written link target reads (relative, schemeless, …), URL normal form
 *   duplicates.ts  entries that share a URL, and when two names are the same
 *   access-levels.ts  the order of access levels and how messages name them
 *   records.ts  an entry's registry record (from the link check) and the access it states
 */
import { linkRules } from './link-rules.js';
import { accessMismatch } from './access-mismatch.js';
import { datasetVersion } from './dataset-version.js';
import { licenseMismatch } from './license-mismatch.js';
import { repoArchived } from './repo-archived.js';
import { entryAccess } from './entry-access.js';
import { entryDescription } from './entry-description.js';
import { entryLicense } from './entry-license.js';
import { entryFormat } from './entry-format.js';
import { entryLink } from './entry-link.js';
import { entryOrder } from './entry-order.js';
import { headingIncrement } from './heading-increment.js';
import { headingOutline } from './heading-outline.js';
import { noDuplicateEntry } from './no-duplicate-entry.js';
import { noDuplicateUrl } from './no-duplicate-url.js';
import { noEmptySection } from './no-empty-section.js';
import { noHttpLink } from './no-http-link.js';
import { noMalformedUrl } from './no-malformed-url.js';
import { noLinkOutsideRepository } from './no-link-outside-repository.js';
import { noMissingFile } from './no-missing-file.js';
import { noMissingFragment } from './no-missing-fragment.js';
import { singleH1 } from './single-h1.js';
import { tocComplete } from './toc-complete.js';
import { tocLink } from './toc-link.js';
import type { RecordRule, Rule, RuleMeta } from './types.js';

/**
 * Rules that compare entries with the registry records of their links: the pipeline runs them
 * after the link check (with no records when links are not checked).
 */
export const recordRules: readonly RecordRule[] = [entryAccess, accessMismatch, entryLicense, licenseMismatch, datasetVersion, repoArchived];

/** Document rules that run before (and without) the link check, in the order they run. */
export const treeRules: readonly Rule[] = [
  entryLink,
  entryDescription,
  noMalformedUrl,
  noDuplicateEntry,
  noDuplicateUrl,
  tocLink,
  tocComplete,
  headingIncrement,
  headingOutline,
  singleH1,
  noEmptySection,
  noMissingFile,
  noLinkOutsideRepository,
  noMissingFragment,
  noHttpLink,
  entryOrder,
  entryFormat,
];

/** Every document rule, in the order they run (and appear in the README). */
export const documentRules: readonly Rule[] = [...treeRules, ...recordRules];

/** Every rule's metadata: document rules, then link rules. */
export const allRuleMetas: readonly RuleMeta[] = [...documentRules.map((rule) => rule.meta), ...linkRules];

const byId = new Map(allRuleMetas.map((meta) => [meta.id, meta]));

export function ruleMeta(id: string): RuleMeta | undefined {
  return byId.get(id);
}
