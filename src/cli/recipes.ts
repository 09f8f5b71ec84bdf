/**
 * The files `medlint init` writes, and the README's recipes: one source for both
 * (test/cli/init.test.ts checks that the README shows exactly these workflows for README.md).
 */

/** Where `$schema` points: the schema on the default branch, for editors' completion. */
export const SCHEMA_URL = 'https://github.com/medlint/medlint/raw/main/schema/medlintrc.schema.json';

/** `.medlintrc.json`: the recommended rules, spelled out so there is a place to change them. */
export function configFile(): string {
  return `${JSON.stringify({ $schema: SCHEMA_URL, extends: 'medlint:recommended', rules: {} }, null, 2)}\n`;
}

/** A YAML scalar for a path: quoted when it is not plain letters, digits and `._/-`. */
function yamlPath(file: string): string {
  return /^[\w./-]+$/.test(file) ? file : JSON.stringify(file);
}

/** `.github/workflows/medlint.yml`: the pull-request check (README › Check pull requests). */
export function pullRequestWorkflow(file: string): string {
  return `name: medlint
on:
  pull_request:
    paths: ['**/*.md', '.medlintrc*']

permissions:
  contents: read        # check out the list
  pull-requests: read   # read the pull request's changed lines (changed mode)

jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: medlint/medlint@v1
        with:
          files: ${yamlPath(file)}
          # check-links defaults to \`changed\` on pull requests: only entries the PR adds or
          # edits are link-checked, and only findings inside the diff are reported.
`;
}

/** `.github/workflows/medlint-report.yml`: the scheduled dead-link report with the link cache. */
export function reportWorkflow(file: string): string {
  return `name: Link report
on:
  schedule:
    - cron: '17 6 * * 1'   # Mondays 06:17 UTC
  workflow_dispatch:

permissions:
  contents: read
  issues: write            # create, edit and close the report issue

# One report run at a time: GitHub cannot create an issue atomically. medlint also cleans up
# duplicates itself, but this keeps runs apart in the first place.
concurrency:
  group: medlint-link-report
  cancel-in-progress: false

jobs:
  report:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/cache@v4          # keep the link cache between runs
        with:
          path: .medlintcache
          key: medlint-links-\${{ github.run_id }}
          restore-keys: medlint-links-
      - uses: medlint/medlint@v1
        with:
          files: ${yamlPath(file)}
          report-issue: true
          min-failures: 2
          cache: .medlintcache
`;
}
