import { createRequire as __medlintCreateRequire } from 'node:module';
const require = __medlintCreateRequire(import.meta.url);
import {
  EXIT_OK,
  writeOut
} from "./chunk-VS3DMKDH.js";
import {
  MedlintError
} from "./chunk-H6HVNZ66.js";
import "./chunk-6MCAB35I.js";

// src/cli/init.ts
import { constants } from "node:fs";
import { access, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline/promises";

// src/cli/recipes.ts
var SCHEMA_URL = "https://github.com/medlint/medlint/raw/main/schema/medlintrc.schema.json";
function configFile() {
  return `${JSON.stringify({ $schema: SCHEMA_URL, extends: "medlint:recommended", rules: {} }, null, 2)}
`;
}
function yamlPath(file) {
  return /^[\w./-]+$/.test(file) ? file : JSON.stringify(file);
}
function pullRequestWorkflow(file) {
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
function reportWorkflow(file) {
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

// src/cli/init.ts
async function init(options, io) {
  if (options.files.length > 0) throw new MedlintError("usage", `init takes no files, got ${JSON.stringify(options.files[0])}: name the list with --file <path>`);
  const list = (options.initFile ?? "README.md").split(path.sep).join("/");
  const absolute = path.resolve(io.cwd, list);
  if (path.relative(io.cwd, absolute).startsWith("..") || path.isAbsolute(path.relative(io.cwd, absolute))) {
    throw new MedlintError("usage", `--file ${list}: the list must be inside this folder (the repository root)`);
  }
  if (!await exists(absolute)) {
    throw new MedlintError("file-not-found", `${list}: no such file; run \`medlint init\` at the repository root, or name the list with \`medlint init --file <path>\``);
  }
  const relative = path.relative(io.cwd, absolute).split(path.sep).join("/");
  const files = [
    [".medlintrc.json", configFile()],
    [".github/workflows/medlint.yml", pullRequestWorkflow(relative)],
    [".github/workflows/medlint-report.yml", reportWorkflow(relative)]
  ];
  const interactive = io.stdin.isTTY === true && io.stdout.isTTY === true && !options.yes;
  if (interactive && !await confirm(io, `Set up medlint for ${relative}: write ${files.map(([name]) => name).join(", ")}? [Y/n] `)) {
    await writeOut(io.stdout, "Nothing written.\n");
    return EXIT_OK;
  }
  const lines = [];
  for (const [name, text] of files) {
    const target = path.join(io.cwd, name);
    await mkdir(path.dirname(target), { recursive: true });
    try {
      await writeFile(target, text, { flag: "wx" });
      lines.push(`  wrote      ${name}`);
    } catch (error) {
      if (error.code !== "EEXIST") throw new MedlintError("file-unreadable", `${name}: cannot write (${error.code ?? "error"})`);
      lines.push(`  left alone ${name} (it exists)`);
    }
  }
  const steps = [
    [`npx medlint --offline ${relative}`, "lint the list (drop --offline to check its links too)"],
    ["edit .medlintrc.json", "turn rules off or up (README \u203A Rules)"],
    ["git add .medlintrc.json .github/workflows", "commit: pull requests are checked, and a weekly issue lists dead links"]
  ];
  const width = Math.max(...steps.map(([command]) => command.length)) + 2;
  const next = ["", "Next steps:", ...steps.map(([command, text]) => `  ${command.padEnd(width)}${text}`), ""];
  await writeOut(io.stdout, `medlint init for ${relative}:
${lines.join("\n")}
${next.join("\n")}`);
  return EXIT_OK;
}
async function exists(file) {
  return access(file, constants.F_OK).then(
    () => true,
    () => false
  );
}
async function confirm(io, question) {
  const readline = createInterface({ input: io.stdin, output: io.stdout });
  try {
    const answer = (await readline.question(question)).trim().toLowerCase();
    return answer === "" || answer === "y" || answer === "yes";
  } finally {
    readline.close();
  }
}
export {
  init
};
