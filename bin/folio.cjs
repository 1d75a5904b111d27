#!/usr/bin/env node
// The `folio` command: runs the CLI from its TypeScript source through tsx.
const path = require('node:path');
require('tsx/cjs/api').register();
require(path.join(__dirname, '..', 'electron', 'cli', 'main.ts'));
