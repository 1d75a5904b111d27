#!/usr/bin/env node
// `npm start`: builds if needed, then runs Folio in Electron; where the Electron binary
// cannot be had (offline machines), serves the same reader on loopback instead.
const { spawn, spawnSync } = require('node:child_process');
const { existsSync, readFileSync, readdirSync, statSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const outputs = ['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html'].map((f) => path.join(root, f));
const sources = ['electron', 'renderer', 'shared', 'electron.vite.config.mts'].map((f) => path.join(root, f));

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const info = statSync(p);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(p).reduce((max, name) => Math.max(max, newestMtime(path.join(p, name))), info.mtimeMs);
}

function buildIfNeeded() {
  const built = outputs.every(existsSync) ? Math.min(...outputs.map((f) => statSync(f).mtimeMs)) : 0;
  if (built > Math.max(...sources.map(newestMtime))) return;
  console.log('Building Folio…');
  const result = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('The build failed (see above).');
    process.exit(1);
  }
}

/** The Electron executable, found without require('electron') (which would try to download it). */
function electronBinary() {
  const pkg = path.join(root, 'node_modules', 'electron');
  const pathTxt = path.join(pkg, 'path.txt');
  if (!existsSync(pathTxt)) return null;
  const binary = path.join(pkg, 'dist', readFileSync(pathTxt, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** better-sqlite3 must be built for Electron's ABI to load in the app's main process. */
function ensureElectronSqlite(binary) {
  const probe = spawnSync(binary, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {
    cwd: root,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
  if (probe.status === 0) return;
  console.log('Rebuilding better-sqlite3 for Electron (npm test switches it back to Node)…');
  const env = { ...process.env };
  delete env.npm_config_nodedir;
  delete env.NPM_CONFIG_NODEDIR;
  spawnSync('npx', ['electron-builder', 'install-app-deps'], { cwd: root, stdio: 'inherit', env });
}

buildIfNeeded();
const binary = electronBinary();
if (binary) {
  ensureElectronSqlite(binary);
  const child = spawn(binary, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    [
      '',
      'The Electron binary is not installed here: it downloads from outside the npm registry, and this',
      'machine cannot reach it. Folio will serve the same reader on this computer only (127.0.0.1) instead;',
      'open the address below in a browser. Where Electron can be installed, `npm start` opens the desktop app.',
      '',
    ].join('\n'),
  );
  const child = spawn(process.execPath, [path.join(root, 'bin', 'folio.cjs'), 'serve', ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  child.on('exit', (code) => process.exit(code ?? 0));
}
