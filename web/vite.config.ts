import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The server's CSP/static setup only needs files; no source maps in production keeps the build fast.
    sourcemap: false,
    rollupOptions: {
      output: {
        // Vendors change rarely; separate chunks let browsers keep them cached across releases.
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          // Charts (recharts with d3 and redux) only load with the pages that draw one.
          if (/node_modules\/(@mantine\/charts|recharts|d3-|victory-vendor|@reduxjs|redux|react-redux|immer|reselect|es-toolkit|decimal\.js-light|internmap)/.test(id)) return 'charts';
          if (id.includes('@mantine')) return 'mantine';
          if (id.includes('i18next')) return 'i18n';
          if (id.includes('@tanstack')) return 'query';
          return 'vendor';
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
