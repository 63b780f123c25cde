import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { RAG_COLOURS, RAGS } from '../../libs/domain/src/rag';

const RAG_CSS_ID = 'virtual:rag-colours.css';

/**
 * The RAG colours live once, in @send/domain. This turns them into CSS classes at build time, so
 * badges and legends are coloured by class (no inline styles, which a strict CSP forbids).
 */
function ragColoursCss(): Plugin {
  const resolved = `\0${RAG_CSS_ID}`;
  return {
    name: 'send-rag-colours-css',
    resolveId: (id) => (id === RAG_CSS_ID ? resolved : undefined),
    load(id) {
      if (id !== resolved) return undefined;
      return RAGS.map((rag) => {
        const { colour, textColour } = RAG_COLOURS[rag];
        return [
          `.app-rag--${rag}{background-color:${colour};color:${textColour}}`,
          `.app-swatch--${rag}{background-color:${colour}}`,
          `.app-border--${rag}{border-left-color:${colour}}`,
          `.app-tile--${rag}{border-top-color:${colour}}`,
        ].join('\n');
      }).join('\n');
    },
  };
}

/**
 * A strict Content-Security-Policy for the built app, as a meta tag so that it holds whichever
 * server hands out index.html. Only in builds: Vite's dev server needs inline scripts.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'send-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  plugins: [react(), ragColoursCss(), contentSecurityPolicy()],
  resolve: {
    alias: {
      // The domain rules are compiled into the bundle from source: one home for each rule.
      '@send/domain': fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)),
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  // govuk-frontend keeps media queries for old browsers that lightningcss refuses; skip those rules, keep the rest.
  css: { lightningcss: { errorRecovery: true } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, reportCompressedSize: true, manifest: true },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
