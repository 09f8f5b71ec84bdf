/**
 * The Action asks the registries where MEDLINT_API_* says (never the config), with the record
 * rules after the link check, against a loopback stand-in of the Zenodo API.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startZenodo, type StandIn } from '../helpers/registry-servers.js';
import { tempDir } from '../helpers/temp-dir.js';
import { runAction } from './run-action.js';

let zenodo: StandIn | undefined;
afterEach(async () => {
  delete process.env.MEDLINT_API_ZENODO;
  await zenodo?.close();
});

describe('the Action with the registries', () => {
  it('reads MEDLINT_API_ZENODO and reports a licence that differs from the record', async () => {
    zenodo = await startZenodo({ '123': { access_right: 'open', license: 'cc-by-nc-4.0' } });
    process.env.MEDLINT_API_ZENODO = zenodo.origin;
    const workspace = tempDir({ 'README.md': '# D\n\n## Knees\n\n- [Knee MRI](https://zenodo.org/records/123) - 40 knee MRIs. License: CC BY 4.0.\n' });
    const result = await runAction({ workspace, inputs: { 'check-links': 'all', 'allow-private': 'true', 'fail-on': 'never' } });
    expect(result.commands.some((line) => /^::warning file=README\.md,line=5,.*title=license-mismatch::/.test(line))).toBe(true);
    expect(zenodo.count('/api/records/123')).toBe(1);
  });
});
