import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The staff app (teller, evaluator, lobby console, admin) is served by the server under
 * /staff/ and its index.html answers /counter, /counter/rate, /lobby and /admin.
 * In dev, API and socket traffic go to a locally running server on LOBBY_SERVER_PORT
 * (default 3000, the server's own default PORT).
 */
const serverUrl = `http://localhost:${process.env.LOBBY_SERVER_PORT ?? '3000'}`;

export default defineConfig({
  base: '/staff/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: {
    proxy: {
      '/api': serverUrl,
      '/socket.io': { target: serverUrl, ws: true },
    },
  },
});
