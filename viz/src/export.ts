/**
 * Exports for slides and for Cytoscape Desktop. PNG/SVG show the current view (or the whole
 * graph); the JSON holds what is drawn, in the elements format Cytoscape Desktop imports (.cyjs).
 */
import type cytoscape from 'cytoscape';
import svgExt from 'cytoscape-svg';
import cytoscapeLib from 'cytoscape';
import { download } from './dom.ts';

cytoscapeLib.use(svgExt);

type WithSvg = cytoscape.Core & { svg(options: { full?: boolean; scale?: number; bg?: string }): string };

function stamp(): string {
  return new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
}

export async function exportPng(cy: cytoscape.Core, scale: 2 | 4, full: boolean): Promise<Blob> {
  const blob = await cy.png({ output: 'blob-promise', scale, full, bg: '#ffffff' });
  download(`policy-graph-${stamp()}@${scale}x.png`, blob);
  return blob;
}

export function exportSvg(cy: cytoscape.Core, full: boolean): void {
  const text = (cy as WithSvg).svg({ full, scale: 1, bg: '#ffffff' });
  download(`policy-graph-${stamp()}.svg`, new Blob([text], { type: 'image/svg+xml' }));
}

/** Drawn elements (filtered ones left out), with positions, as Cytoscape Desktop's .cyjs. */
export function cytoscapeJson(cy: cytoscape.Core): object {
  const drawn = cy.elements(':visible');
  const strip = (data: Record<string, unknown>) => {
    const { display: _d, w: _w, h: _h, fs: _f, scale: _s, ...rest } = data;
    return rest;
  };
  return {
    format_version: '1.0',
    generated_by: 'policy-kg viewer',
    target_cytoscapejs_version: '~3.34',
    data: { name: document.title },
    elements: {
      nodes: drawn.nodes().map((n) => ({ data: strip(n.data()), position: { ...n.position() } })),
      edges: drawn.edges().map((e) => ({ data: strip(e.data()) })),
    },
  };
}

export function exportJson(cy: cytoscape.Core): void {
  const text = JSON.stringify(cytoscapeJson(cy), null, 1);
  download(`policy-graph-${stamp()}.cyjs`, new Blob([text], { type: 'application/json' }));
}
