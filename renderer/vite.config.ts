import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The renderer is served from the app's own scheme (or http on loopback in
// tests): relative URLs, every asset bundled, nothing from a CDN.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 6000,
    sourcemap: false,
  },
  // Packages with a DOM build for browsers (decode-named-character-reference)
  // also ship one for workers, where the engine runs: prefer it everywhere.
  resolve: { conditions: ['worker', 'module', 'browser', 'development|production'] },
  worker: { format: 'es' },
});
