#!/usr/bin/env node
// Lint step: fails when an import crosses a wall (core ↛ electron, renderer ↛ node/electron, preload ↛ all but electron and shared/methods|doors, shared ↛ all but zod).
const path = require('node:path');
const { findWallViolations } = require('./import-walls.cjs');

const violations = findWallViolations(path.resolve(__dirname, '..'));
for (const v of violations) console.error(`${v.file}:${v.line}: "${v.specifier}": ${v.reason}`);
if (violations.length > 0) {
  console.error(`${violations.length} import(s) cross a wall.`);
  process.exit(1);
}
console.log('Import walls hold.');
