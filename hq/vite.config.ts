import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The head-office web UI, served by the head-office server from hq/dist. */
export default defineConfig({
  root: 'web',
  base: '/',
  plugins: [react()],
  build: { outDir: '../dist', emptyOutDir: true, chunkSizeWarningLimit: 3000 },
});
