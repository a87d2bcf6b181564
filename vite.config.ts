import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The client lives in client/ and builds into dist/client, which the game server serves. In development
 * the server runs on :3000 and Vite proxies the socket and the health check to it.
 */
const SERVER = process.env.LEVERAGE_SERVER_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: {
      '/socket.io': { target: SERVER, ws: true },
      '/healthz': { target: SERVER },
    },
  },
});
