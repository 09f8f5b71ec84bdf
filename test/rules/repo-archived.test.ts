import { repoArchived } from '../../src/rules/repo-archived.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { record } from './registry-records.js';

const REPO = 'https://github.com/lab/ecg-tools';
const archived = (value: boolean) => ({ [REPO]: record({ registry: 'github', url: REPO, archived: value }) });

ruleTester(repoArchived, {
  valid: [
    { name: 'a maintained repository', markdown: `## ECG\n\n- [ECG tools](${REPO}) - 12-lead ECGs.\n`, records: archived(false) },
    { name: 'a repository without a record (no token, or offline)', markdown: `## ECG\n\n- [ECG tools](${REPO}) - 12-lead ECGs.\n` },
    { name: 'an archived repository the entry says is archived', markdown: `## ECG\n\n- [ECG tools](${REPO}) - 12-lead ECGs (archived).\n`, records: archived(true) },
  ],
  invalid: [
    {
      name: 'an archived repository',
      markdown: `## ECG\n\n- [ECG tools](${REPO}) - 12-lead ECGs.\n`,
      records: archived(true),
      errors: [{ messageId: 'archived', line: 3, column: 3, message: `Unexpected archived repository \`${REPO}\` for \`ECG tools\`` }],
    },
  ],
});
