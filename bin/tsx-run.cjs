#!/usr/bin/env node
// Runs one of the project's TypeScript entry points under Node (used by npm scripts).
// Usage: node bin/tsx-run.cjs electron/cli/bench/main.ts [args…]
const path = require('node:path');
require('tsx/cjs/api').register();
const entry = process.argv[2];
if (!entry) {
  console.error('usage: tsx-run.cjs ENTRY.ts [args…]');
  process.exit(2);
}
process.argv.splice(2, 1);
require(path.resolve(__dirname, '..', entry));
