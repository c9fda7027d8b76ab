/** The legend: each label's colour and shape, as drawn, plus the edge styles that carry meaning. */
import type cytoscape from 'cytoscape';
import { clear, el } from './dom.ts';
import { labelName, relName, t } from './i18n.ts';
import { LABELS, type Label } from './schema-map.ts';
import { LOOKS } from './style.ts';

const SVG = 'http://www.w3.org/2000/svg';
const W = 26;
const H = 18;

const POLYGONS: Partial<Record<string, string>> = {
  'cut-rectangle': '5,1 21,1 25,5 25,13 21,17 5,17 1,13 1,5',
  hexagon: '6,1 20,1 25,9 20,17 6,17 1,9',
  'concave-hexagon': '1,1 25,1 21,9 25,17 1,17 5,9',
  octagon: '8,1 18,1 25,6 25,12 18,17 8,17 1,12 1,6',
};

function svg(tag: string, attrs: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

function swatch(label: Label): SVGElement {
  const look = LOOKS[label];
  const root = svg('svg', { width: W, height: H, viewBox: `0 0 ${W} ${H}`, 'aria-hidden': 'true' });
  const paint = { fill: look.fill, stroke: '#333', 'stroke-width': 1.5, ...(look.border === 'dashed' ? { 'stroke-dasharray': '3 2' } : {}) };
  const points = POLYGONS[look.shape];
  if (points) root.appendChild(svg('polygon', { points, ...paint }));
  else if (look.shape === 'ellipse') root.appendChild(svg('ellipse', { cx: W / 2, cy: H / 2, rx: W / 2 - 1, ry: H / 2 - 1, ...paint }));
  else {
    const rx = look.shape === 'round-rectangle' ? 4 : look.shape === 'barrel' ? 7 : 0;
    root.appendChild(svg('rect', { x: 1, y: 1, width: W - 2, height: H - 2, rx, ...paint }));
    if (look.border === 'double') root.appendChild(svg('rect', { x: 4, y: 4, width: W - 8, height: H - 8, fill: 'none', stroke: '#333', 'stroke-width': 1 }));
  }
  return root;
}

function edgeSwatch(dash: string): SVGElement {
  const root = svg('svg', { width: W, height: H, viewBox: `0 0 ${W} ${H}`, 'aria-hidden': 'true' });
  root.appendChild(svg('line', { x1: 1, y1: H / 2, x2: W - 1, y2: H / 2, stroke: '#555', 'stroke-width': 2.5, 'stroke-dasharray': dash }));
  return root;
}

/** Shows the labels present in the graph (all of them when it is empty). */
export function renderLegend(host: HTMLElement, cy: cytoscape.Core): void {
  clear(host);
  const present = new Set(cy.nodes().map((n) => n.data('label') as string));
  const labels = LABELS.filter((l) => present.size === 0 || present.has(l));
  const rels = new Set(cy.edges().map((e) => e.data('rel') as string));
  host.append(
    el('h3', {}, t('legend')),
    el('ul', {}, ...labels.map((l) => el('li', {}, swatch(l), labelName(l)))),
  );
  const edgeItems = [
    rels.has('SIMILAR_TO') && el('li', {}, edgeSwatch('6 4'), relName('SIMILAR_TO')),
    rels.has('MENTIONED_IN') && el('li', {}, edgeSwatch('2 3'), relName('MENTIONED_IN')),
  ].filter((x): x is HTMLLIElement => Boolean(x));
  if (edgeItems.length) host.appendChild(el('ul', {}, ...edgeItems));
}
