import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { routePreload } from './build/routePreload.ts';
import { precompress } from './build/precompress.ts';

const apiTarget = process.env.CUNZHI_API ?? 'http://localhost:3000';

export default defineConfig({
  // routePreload: the phone's pages start their code and first answers from the HTML;
  // precompress: every text file also as .br and .gz, which the server sends as they are
  plugins: [react(), routePreload(), precompress()],
  server: {
    port: 5173,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: the bench reads which chunks each page loads first
    manifest: true,
    chunkSizeWarningLimit: 1200,
  },
});
