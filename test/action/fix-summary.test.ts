import { describe, expect, it } from 'vitest';
import { fixSummary } from '../../src/action/fix-summary.js';
import { resolveConfig } from '../../src/config/load.js';
import { lintText } from '../../src/pipeline/index.js';
import { tempDir } from '../helpers/temp-dir.js';

describe('fixSummary', () => {
  it('shows the first pass of --fix and counts a fix that touches it as one more, never a `.` on the wrong entry', async () => {
    const config = resolveConfig({ rules: { 'entry-order': 'error', 'entry-format': 'error' } }, null);
    const text = '# T\n\n## Data\n\n- [Beta](https://b.example/) - Beta set.\n- [Alpha](https://a.example/) - Alpha set\n';
    const cwd = tempDir({ 'README.md': text });
    const summary = await fixSummary([lintText('README.md', text, config)], cwd);
    expect(summary).toContain("1 finding in this pull request's changes can be fixed by `--fix`, and it may fix 1 more once this one is applied. To apply it:");
    // Beta moves below Alpha; Alpha's `.` is the next pass's, so no line gets it here.
    expect(summary).toContain('-- [Beta](https://b.example/) - Beta set.\n - [Alpha](https://a.example/) - Alpha set\n+- [Beta](https://b.example/) - Beta set.\n');
    expect(summary).not.toContain('..');
  });

  it('counts fixes apart from one another in one pass, with nothing more', async () => {
    const config = resolveConfig({ rules: { 'entry-format': 'error' } }, null);
    const text = '# T\n\n## Data\n\n- [Alpha](https://a.example/) - alpha set.\n- [Beta](https://b.example/) - Beta set\n';
    const cwd = tempDir({ 'README.md': text });
    const summary = await fixSummary([lintText('README.md', text, config)], cwd);
    expect(summary).toContain("2 findings in this pull request's changes can be fixed by `--fix`. To apply them:");
    expect(summary).toContain('+- [Alpha](https://a.example/) - Alpha set.\n+- [Beta](https://b.example/) - Beta set.\n');
  });
});
