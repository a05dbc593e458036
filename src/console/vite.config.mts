// Vite build of the web console: src/console → dist/console, served by the API process (src/console-serving.ts).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = import.meta.dirname;
const outDir = process.env.CONSOLE_OUT_DIR ?? resolve(here, '../../dist/console');

/** Writes a .br and a .gz beside each text asset: @fastify/static sends them as they are (preCompressed). */
function precompress(): Plugin {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return {
    name: 'precompress',
    apply: 'build',
    closeBundle() {
      for (const file of walk(outDir).filter((f) => /\.(js|css|html|svg|json)$/.test(f))) {
        const bytes = readFileSync(file);
        if (bytes.length < 1024) continue;
        writeFileSync(`${file}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
      }
    },
  };
}

const api = process.env.CONSOLE_API ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: here,
  base: '/',
  plugins: [react(), precompress()],
  resolve: { alias: { '@libs': resolve(here, '../../libs') } },
  build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 1000 },
  server: {
    port: 5173,
    proxy: {
      '/api': api,
      '/docs': api,
      // The public verification address answers JSON to fetch and the console's page to a browser navigation.
      '/verify': { target: api, bypass: (req) => (req.headers.accept?.includes('text/html') ? '/index.html' : undefined) },
    },
  },
});
