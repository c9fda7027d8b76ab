/**
 * GraphiQL for people who open /graphql in a browser; bundled by vite.config.ts into
 * api/graphiql-dist so the page loads nothing from a CDN.
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

// The page is served by the GraphQL endpoint itself, so it posts to the address it was loaded from.
const fetcher = createGraphiQLFetcher({ url: `${location.origin}${location.pathname}` });

const EXAMPLE = `# Programmes about elevators (加装电梯), with the districts that run them
query Search {
  search(text: "电梯", types: [Programme], limit: 10) {
    id
    name
    score
    districts { name }
    snippet
  }
}
`;

createRoot(document.getElementById('graphiql')!).render(
  createElement(GraphiQL, { fetcher, defaultQuery: EXAMPLE, defaultEditorToolsVisibility: true }),
);
