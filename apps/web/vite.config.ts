import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // The domain rules are compiled into the bundle from source: one home for each rule.
    alias: { '@send/domain': fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)) },
  },
  // govuk-frontend keeps media queries for old browsers that lightningcss refuses; skip those rules, keep the rest.
  css: { lightningcss: { errorRecovery: true } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, reportCompressedSize: true },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
