// GraphiQL as static files in api/graphiql-dist (npm run build:graphiql), served by api/server.ts:
// the page at GET /graphql (Accept: text/html), its assets under /graphiql/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root,
  base: '/graphiql/',
  build: {
    outDir: path.join(root, '..', 'graphiql-dist'),
    emptyOutDir: true,
    // Monaco and GraphiQL are large by nature; splitting them buys nothing for a tool page.
    chunkSizeWarningLimit: 6000,
  },
  worker: { format: 'es' },
});
