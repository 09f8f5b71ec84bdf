/** `--fix-dry-run`'s diff: the reporter the Action's summary shares (src/reporters/unified-diff.ts). */
export { unifiedDiff } from '../reporters/unified-diff.js';
