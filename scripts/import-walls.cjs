// The import walls: which code may import what. Used by scripts/check-import-walls.cjs and its test.
const fs = require('node:fs');
const path = require('node:path');
const { builtinModules } = require('node:module');

const nodeBuiltins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const specifierPattern =
  /(?:\bimport\s[^'"]*?\bfrom\s*|\bimport\s*\(?\s*|\bexport\s[^'"]*?\bfrom\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;

/** Each wall: the folder it guards, and a check returning a reason when a specifier crosses it. */
const walls = [
  {
    folder: 'electron/core',
    check: (spec, target) => {
      if (spec === 'electron' || spec.startsWith('electron/'))
        return 'the core is plain Node: it never imports electron';
      if (target && /^(electron\/(main|preload|bridge|cli)|renderer)\//.test(target)) {
        return `the core does not import ${target.split('/').slice(0, 2).join('/')}`;
      }
      return null;
    },
  },
  {
    folder: 'renderer',
    check: (spec, target) => {
      if (spec === 'electron' || spec.startsWith('electron/')) return 'the renderer never imports electron';
      if (spec.startsWith('node:') || nodeBuiltins.has(spec.split('/')[0]))
        return 'the renderer never imports Node modules';
      if (target?.startsWith('electron/')) return 'the renderer never imports electron/** code';
      return null;
    },
  },
  {
    folder: 'electron/preload',
    check: (spec, target) => {
      if (spec === 'electron') return null;
      if (target && (target.startsWith('electron/preload/') || ['shared/methods', 'shared/doors'].includes(target)))
        return null;
      return 'the sandboxed preload imports only electron, shared/methods and shared/doors';
    },
  },
  {
    folder: 'shared',
    check: (spec, target) => {
      if (spec.startsWith('.')) return target?.startsWith('shared/') ? null : 'shared imports only shared files';
      return spec === 'zod' ? null : 'shared imports nothing but zod';
    },
  },
];

function* sourceFiles(dir) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (/\.(c|m)?[tj]sx?$/.test(entry.name)) yield full;
  }
}

/** Every import in `root` that crosses a wall: [{ file, line, specifier, reason }]. */
function findWallViolations(root) {
  const violations = [];
  for (const wall of walls) {
    for (const file of sourceFiles(path.join(root, wall.folder))) {
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      lines.forEach((text, i) => {
        for (const match of text.matchAll(specifierPattern)) {
          const spec = match[1];
          const target = spec.startsWith('.')
            ? path
                .relative(root, path.resolve(path.dirname(file), spec))
                .split(path.sep)
                .join('/')
            : null;
          const reason = wall.check(spec, target);
          if (reason) violations.push({ file: path.relative(root, file), line: i + 1, specifier: spec, reason });
        }
      });
    }
  }
  return violations;
}

module.exports = { findWallViolations };
