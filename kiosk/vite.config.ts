import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Two pages from one build: the kiosk (`/kiosk/`) and the customer's mobile ticket page,
 * which the server serves for `/t/<token>` (hence absolute `/kiosk/` asset URLs), and that
 * page's service worker for Web Push reminders.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/kiosk/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        index: resolve(import.meta.dirname, 'index.html'),
        mobile: resolve(import.meta.dirname, 'mobile.html'),
        // The ticket page's service worker, at a fixed name: the server serves it at /push-sw.js.
        'push-sw': resolve(import.meta.dirname, 'src/mobile/push-sw.ts'),
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'push-sw' ? 'push-sw.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
});
