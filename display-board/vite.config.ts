import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Served by the server at /display/ (public/voice/*.wav ends up at /display/voice/). */
export default defineConfig({
  base: '/display/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: { proxy: { '/socket.io': { target: 'http://localhost:3000', ws: true } } },
});
