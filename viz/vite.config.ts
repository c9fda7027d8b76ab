// The viewer: a static Vite build in viz/dist, served by api/server.ts at /.
// In development `npx vite --config viz/vite.config.ts` proxies GraphQL to a `kg serve` on :4100.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root,
  base: './',
  build: {
    outDir: path.join(root, 'dist'),
    emptyOutDir: true,
    // cytoscape + fcose are one large chunk by nature; splitting it buys nothing here.
    chunkSizeWarningLimit: 1500,
  },
  worker: { format: 'es' },
  server: {
    proxy: { '/graphql': process.env.KG_API ?? 'http://localhost:4100' },
  },
});
