#!/usr/bin/env node
// Runs Electronegativity (Doyensec's Electron security scanner) on the built app (out/) and
// fails on any HIGH or MEDIUM finding that scripts/electronegativity-justified.json does not
// justify. Usage: npx electron-vite build && node scripts/check-electronegativity.cjs
// It scans the bundles, not the TypeScript: its TypeScript parser needs the TypeScript 4 it
// ships, which the project's TypeScript 7 (no JS API) would otherwise shadow (see below).
const Module = require('node:module');
const path = require('node:path');
const { existsSync, readFileSync } = require('node:fs');

const root = path.resolve(__dirname, '..');
const scannerRoot = path.join(root, 'node_modules', '@doyensec', 'electronegativity');
const justifiedFile = path.join(__dirname, 'electronegativity-justified.json');
const electronVersion = require(path.join(root, 'node_modules', 'electron', 'package.json')).version;
/** Looks up Electron releases online; the version is pinned and checked by review instead. */
const skippedChecks = ['availablesecurityfixesglobalcheck'];

/**
 * Two redirections, for this process only: @typescript-eslint (hoisted) gets the scanner's
 * own TypeScript 4, not the project's 7; and the scanner's HTTP client (it downloads fresh
 * translations of its messages at start) is an offline stand-in, so the scan makes no request.
 */
function prepareScanner() {
  const typescript4 = require.resolve('typescript', { paths: [scannerRoot] });
  const offlineGot = path.join(__dirname, 'electronegativity-offline-got.cjs');
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, parent, ...rest) {
    const from = parent?.filename ?? '';
    if (request === 'typescript' && from.includes(`${path.sep}@typescript-eslint${path.sep}`)) return typescript4;
    if (request === 'got' && from.includes(`${path.sep}electronegativity${path.sep}`)) return offlineGot;
    return resolve.call(this, request, parent, ...rest);
  };
}

/** @returns {Promise<{ blocking: object[], justified: object[], others: object[], errors: object[] }>} */
async function checkElectronegativity(input = path.join(root, 'out')) {
  if (!existsSync(input)) throw new Error(`${input} is missing: run npx electron-vite build first`);
  prepareScanner();
  const run = require(path.join(scannerRoot, 'dist', 'runner.js'));
  const result = await run({
    input,
    electronVersionOverride: electronVersion,
    isRelative: true,
    excludeFromScan: skippedChecks,
  });
  const justifications = JSON.parse(readFileSync(justifiedFile, 'utf8')).findings;
  const findings = result.issues.map((issue) => ({
    id: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    file: issue.file,
    line: issue.location.line,
  }));
  const isJustified = (f) => justifications.some((j) => j.id === f.id && j.file === f.file);
  const serious = (f) => f.severity === 'HIGH' || f.severity === 'MEDIUM';
  return {
    blocking: findings.filter((f) => serious(f) && !isJustified(f)),
    justified: findings.filter(isJustified),
    others: findings.filter((f) => !serious(f) && !isJustified(f)),
    errors: result.errors.filter((e) => !e.tolerable),
  };
}

module.exports = { checkElectronegativity };

if (require.main === module) {
  checkElectronegativity().then(
    (report) => {
      for (const f of report.justified) console.log(`justified: ${f.id} ${f.severity} ${f.file}:${f.line}`);
      for (const f of report.others) console.log(`low: ${f.id} ${f.severity} ${f.file}:${f.line}`);
      for (const f of report.blocking) console.error(`BLOCKING: ${f.id} ${f.severity} ${f.file}:${f.line}`);
      for (const e of report.errors) console.error(`could not scan ${e.file}: ${e.message}`);
      const failed = report.blocking.length > 0 || report.errors.length > 0;
      console.log(
        failed ? 'Electronegativity: findings to fix or justify.' : 'Electronegativity: 0 high/medium findings.',
      );
      process.exitCode = failed ? 1 : 0;
    },
    (error) => {
      console.error(`Electronegativity could not run: ${error.message}`);
      process.exitCode = 1;
    },
  );
}
