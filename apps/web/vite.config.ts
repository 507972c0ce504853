import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run dev` (in apps/web) proxies /api to the API started by `npm start` on port 3000.
export default defineConfig({
  plugins: [react()],
  // VIECLAM_API points the dev server at another API (e.g. http://127.0.0.1:3100).
  server: { proxy: { '/api': process.env.VIECLAM_API ?? 'http://127.0.0.1:3000' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    reportCompressedSize: false,
  },
});
