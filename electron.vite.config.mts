import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// Main and preload are CommonJS (sandboxed preloads require it); dependencies stay
// external to main and are loaded from node_modules. The renderer is a plain Vite app.
export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      rollupOptions: {
        // Shared chunks sit beside the entries, not in chunks/: code that starts a worker finds its
        // bundled script at path.join(__dirname, 'x-worker.js'), and __dirname is the chunk's folder.
        output: { chunkFileNames: '[name]-[hash].js' },
        input: {
          index: 'electron/main/index.ts',
          'import-worker': 'electron/core/import/worker.ts',
          'parse-worker': 'electron/core/import/parse/parse-worker.ts',
          'search-worker': 'electron/core/search/worker/worker.ts',
          'read-worker': 'electron/core/read-worker/worker.ts',
        },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rollupOptions: { input: { index: 'electron/preload/index.ts' } },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      // ES2021 lowers class private fields (a dependency's `#x`): the security scanner run in CI
      // (Electronegativity) cannot parse them and would skip the whole renderer bundle.
      target: 'es2021',
      rollupOptions: { input: 'renderer/index.html' },
    },
  },
});
