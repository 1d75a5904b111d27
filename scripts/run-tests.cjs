#!/usr/bin/env node
// `npm test`: builds, runs Vitest (unit + contract) and Playwright (e2e), then prints one
// plain line "N passed, N failed, N skipped" — the line CI reads.
const { spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, readFileSync, rmSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const tmp = path.join(root, '.tmp');
const chromium = '/usr/bin/chromium';

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** better-sqlite3 may have been rebuilt for Electron by `npm start`; tests need Node's build. */
function ensureNodeSqlite() {
  const probe = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {
    cwd: root,
  });
  if (probe.status !== 0) {
    console.log('Rebuilding better-sqlite3 for Node (it was built for another runtime)…');
    run('npm', ['rebuild', 'better-sqlite3']);
  }
}

rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
ensureNodeSqlite();

const counts = { passed: 0, failed: 0, skipped: 0 };
/** Names of what failed, printed just above the last line so the tail of a CI log says which tests they were. */
const failures = [];

function firstLine(message) {
  return String(message ?? '')
    .split('\n')
    .find((line) => line.trim() !== '')
    ?.trim()
    .slice(0, 200);
}

function vitestFailures(report) {
  const named = [];
  for (const file of report.testResults ?? []) {
    const where = path.relative(root, file.name);
    const failed = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    for (const test of failed) named.push(`${where} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
    if (file.status === 'failed' && failed.length === 0)
      named.push(`${where} (did not load): ${firstLine(file.message)}`);
  }
  return named;
}

function playwrightFailures(suites, named = []) {
  for (const suite of suites ?? []) {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected') continue;
        const error = test.results?.at(-1)?.error?.message;
        named.push(`${spec.file}:${spec.line} › ${spec.title}: ${firstLine(error)}`);
      }
    }
    playwrightFailures(suite.suites, named);
  }
  return named;
}

const buildStatus = run('npx', ['electron-vite', 'build']);
if (buildStatus !== 0) {
  console.error('The build failed; end-to-end tests cannot run.');
  counts.failed += 1;
}

const vitestJson = path.join(tmp, 'vitest.json');
const vitestStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
const vitest = readJson(vitestJson);
if (vitest) {
  counts.passed += vitest.numPassedTests;
  // A failed test counts once; a file that failed without any failed test (it did not load) counts once too.
  // (numFailedTestSuites also counts each describe around a failed test, which would count it again.)
  const filesFailedWithoutATest = (vitest.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  counts.failed += vitest.numFailedTests + filesFailedWithoutATest;
  counts.skipped += vitest.numPendingTests + vitest.numTodoTests;
  failures.push(...vitestFailures(vitest));
} else if (vitestStatus !== 0) {
  console.error('Vitest did not report results.');
  counts.failed += 1;
}

if (buildStatus === 0 && existsSync(chromium)) {
  const playwrightJson = path.join(tmp, 'playwright.json');
  const status = run('npx', ['playwright', 'test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
  });
  const report = readJson(playwrightJson);
  if (report?.stats) {
    counts.passed += report.stats.expected + report.stats.flaky;
    counts.failed += report.stats.unexpected;
    counts.skipped += report.stats.skipped;
    if (report.errors?.length) counts.failed += report.errors.length;
    failures.push(...playwrightFailures(report.suites));
    for (const error of report.errors ?? []) failures.push(`Playwright: ${firstLine(error.message)}`);
  } else if (status !== 0) {
    console.error('Playwright did not report results.');
    counts.failed += 1;
  }
} else if (buildStatus === 0) {
  const reason = `end-to-end tests skipped: no Chromium at ${chromium} (apt-get install chromium)`;
  if (process.env.FOLIO_REQUIRE_E2E === '1') {
    console.error(`${reason}, but FOLIO_REQUIRE_E2E=1`);
    counts.failed += 1;
  } else console.log(reason);
}

if (failures.length > 0) {
  console.log(`\nFailed (${failures.length}):`);
  for (const failure of failures) console.log(`  ✗ ${failure}`);
}
console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(counts.failed > 0 ? 1 : 0);
