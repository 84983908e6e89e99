import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

/**
 * Bundles the Electron main and preload to CommonJS (`electron-dist/main.cjs`, `preload.cjs`).
 * tsc alone cannot: the package is `type: module` so its `.js` output would load as ESM,
 * and a sandboxed preload may not require local files, so it must be one self-contained file.
 * `tsc -p electron/tsconfig.json` runs first as the type check.
 */
export default defineConfig({
  root: import.meta.dirname,
  build: {
    outDir: '../electron-dist',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    ssr: true,
    lib: {
      entry: { main: 'main.ts', preload: 'preload.ts' },
      formats: ['cjs'],
      fileName: (_format, name) => `${name}.cjs`,
    },
    rolldownOptions: {
      external: ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
    },
  },
});
