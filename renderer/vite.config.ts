import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

// The shipped fonts (styles/fonts.ts) come from @fontsource packages, whose CSS names a .woff
// fallback beside each .woff2. Chromium (Electron) always takes the .woff2, so the fallbacks are
// dropped before bundling instead of being copied into the app as dead weight.
const woff2Only: Plugin = {
  name: 'powermap-woff2-only',
  enforce: 'pre',
  transform(code, id) {
    if (!/[\\/]@fontsource[\\/].+\.css$/.test(id)) return null;
    return { code: code.replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g, ''), map: null };
  },
};

// The renderer is built to dist/renderer and loaded by Electron from the app's own files;
// tests serve the same build on 127.0.0.1 (see tests/e2e/playwright.config.ts).
export default defineConfig({
  root: here,
  base: './',
  plugins: [woff2Only, react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome130',
    chunkSizeWarningLimit: 4000,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
