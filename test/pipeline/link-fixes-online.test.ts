/**
 * `no-http-link` with `--fix`: the `https` form of an `http` link is asked once, under the same
 * rules as every request; `link-redirect` to another host is a suggestion. Against a real server
 * on 127.0.0.1 (a test resolver maps the names to it).
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { fixFiles, lintFiles } from '../../src/pipeline/index.js';
import { html, redirect } from '../helpers/http-server.js';
import { tempDir } from '../helpers/temp-dir.js';
import { fastOptions, loopbackLookup, serve } from '../links/support.js';

describe('no-http-link with --fix', () => {
  it('suggests (does not fix) the https form when it does not answer as the same live page', async () => {
    const server = await serve({ '/page': html('<h1>Page</h1>') });
    const url = `http://data.test:${new URL(server.origin).port}/page`;
    const cwd = tempDir({ 'README.md': `# L\n\n## Data\n\n- [A](${url}) - One.\n` });
    const config = resolveConfig({}, null);
    const links = fastOptions({ lookup: loopbackLookup({ 'data.test': '127.0.0.1' }) });
    const { results, fixed } = await fixFiles(['README.md'], { config, cwd, links });
    expect(fixed).toEqual([]);
    const finding = results[0]?.diagnostics.find((d) => d.ruleId === 'no-http-link');
    expect(finding?.fix).toBeUndefined();
    expect(finding?.suggestions?.map((s) => s.edits.map((e) => e.text))).toEqual([[url.replace('http://', 'https://')]]);
    // The http page itself was asked, once.
    expect(server.requests.filter((request) => request.path === '/page').length).toBeGreaterThan(0);
  });

  it('asks nothing extra and offers nothing without --fix', async () => {
    const server = await serve({ '/page': html('<h1>Page</h1>') });
    const url = `http://data.test:${new URL(server.origin).port}/page`;
    const cwd = tempDir({ 'README.md': `# L\n\n## Data\n\n- [A](${url}) - One.\n` });
    const lookup = loopbackLookup({ 'data.test': '127.0.0.1' });
    const results = await lintFiles(['README.md'], { config: resolveConfig({}, null), cwd, links: fastOptions({ lookup }) });
    const finding = results[0]?.diagnostics.find((d) => d.ruleId === 'no-http-link');
    expect(finding).toBeDefined();
    expect(finding?.fix).toBeUndefined();
    expect(finding?.suggestions).toBeUndefined();
  });
});

describe('link-redirect with --fix', () => {
  it('only suggests a permanent redirect to another host', async () => {
    const server = await serve({ '/page': html('<h1>Page</h1>') });
    const port = new URL(server.origin).port;
    server.route('/old', redirect(301, `http://new.test:${port}/page`));
    const url = `http://old.test:${port}/old`;
    const cwd = tempDir({ 'README.md': `# L\n\n## Data\n\n- [A](${url}) - One.\n` });
    const links = fastOptions({ lookup: loopbackLookup({ 'old.test': '127.0.0.1', 'new.test': '127.0.0.1' }) });
    const { results, fixed } = await fixFiles(['README.md'], { config: resolveConfig({ rules: { 'no-http-link': 'off' } }, null), cwd, links });
    expect(fixed).toEqual([]);
    const finding = results[0]?.diagnostics.find((d) => d.ruleId === 'link-redirect');
    expect(finding?.fix).toBeUndefined();
    expect(finding?.suggestions?.map((s) => s.edits.map((e) => e.text))).toEqual([[`http://new.test:${port}/page`]]);
  });
});
