import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [
    react(),
    // The public pages (/cek, /kartu/<token>) as an installable PWA. The service worker precaches only
    // their light entry — not the staff app — so installing it costs a phone a few kilobytes, and it
    // answers only their navigations (the staff app keeps going to the network as before).
    VitePWA({
      injectRegister: false,
      registerType: 'autoUpdate',
      manifest: {
        name: 'Lindung — Cek Kepesertaan', short_name: 'Lindung', description: 'Cek kepesertaan BPJS Ketenagakerjaan dan kartu peserta',
        lang: 'id', start_url: '/cek', scope: '/', display: 'standalone', background_color: '#f4f6f4', theme_color: '#1b5e20',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['cek.html', 'assets/cek-*.{js,css}', 'assets/preload-helper-*.js'],
        navigateFallback: '/cek.html',
        navigateFallbackAllowlist: [/^\/cek\/?$/, /^\/kartu\/[\w-]+\.[\w-]+$/],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The server's CSP/static setup only needs files; no source maps in production keeps the build fast.
    sourcemap: false,
    rollupOptions: {
      // the staff app, and the light public entry that shares none of its code
      input: { main: `${root}index.html`, cek: `${root}cek.html` },
      output: {
        // Vendors change rarely; separate chunks let browsers keep them cached across releases.
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          // Charts (recharts with d3 and redux) only load with the pages that draw one.
          if (/node_modules\/(@mantine\/charts|recharts|d3-|victory-vendor|@reduxjs|redux|react-redux|immer|reselect|es-toolkit|decimal\.js-light|internmap)/.test(id)) return 'charts';
          // the card page's QR drawing: loaded only there, precached with the public pages
          if (/node_modules\/(qrcode|dijkstrajs)\//.test(id)) return 'cek-qr';
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
