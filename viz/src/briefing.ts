/**
 * Briefing mode, for a screen in a meeting room: controls hidden, large type, high contrast,
 * and the keyboard walks from node to node (most connected first).
 */
import type cytoscape from 'cytoscape';
import { byId, clear, el } from './dom.ts';
import { labelName, lang, t } from './i18n.ts';
import type { Label } from './schema-map.ts';

let order: cytoscape.NodeSingular[] = [];
let index = -1;
let keyHandler: ((ev: KeyboardEvent) => void) | null = null;

function tour(cy: cytoscape.Core): cytoscape.NodeSingular[] {
  const nodes: cytoscape.NodeCollection = cy.nodes(':visible').not('.group');
  return nodes.sort((a, b) => b.degree(false) - a.degree(false) || String(a.data('name')).localeCompare(String(b.data('name')))).toArray() as cytoscape.NodeSingular[];
}

function showCaption(node: cytoscape.NodeSingular | null): void {
  const caption = byId('caption');
  clear(caption);
  if (!node) {
    caption.appendChild(el('span', { className: 'hint' }, t('exitHint')));
    return;
  }
  const name = lang() === 'en' && node.data('nameEn') ? String(node.data('nameEn')) : String(node.data('name'));
  caption.append(el('span', { className: 'kind' }, labelName(node.data('label') as Label)), el('span', { className: 'name' }, name));
}

function focusAt(cy: cytoscape.Core, i: number): void {
  if (!order.length) return;
  index = (i + order.length) % order.length;
  const node = order[index];
  const hood = node.closedNeighborhood();
  cy.batch(() => {
    cy.elements().removeClass('faded highlight');
    cy.elements().not(hood).addClass('faded');
    hood.addClass('highlight');
  });
  cy.animate({ fit: { eles: hood, padding: 130 } }, { duration: 400 }); // room for the caption below
  showCaption(node);
}

function zoomBy(cy: cytoscape.Core, factor: number): void {
  const center = { x: cy.width() / 2, y: cy.height() / 2 };
  cy.zoom({ level: cy.zoom() * factor, renderedPosition: center });
}

/** Above this many nodes the pairwise check costs too much: such drawings spread as much as the type grows. */
const CHECK_PAIRS_UP_TO = 400;
const CLEARANCE = 48;

/**
 * How far to spread the drawing (a factor on positions) once its nodes have the briefing size:
 * just enough that no two overlap, and no more than the type grew. Spreading as much as the type
 * would keep the type exactly as small on screen once the view is fitted again.
 */
export function spreadNeeded(cy: cytoscape.Core, grow: number): number {
  const nodes = cy.nodes().not(':parent').not('.filtered').toArray() as cytoscape.NodeSingular[];
  if (nodes.length > CHECK_PAIRS_UP_TO) return grow;
  const box = nodes.map((n) => ({ ...n.position(), w: Number(n.data('w')), h: Number(n.data('h')) }));
  let needed = 1;
  for (let i = 0; i < box.length; i++) {
    for (let j = i + 1; j < box.length; j++) {
      const a = box[i], b = box[j];
      const sx = ((a.w + b.w) / 2 + CLEARANCE) / Math.abs(a.x - b.x);
      const sy = ((a.h + b.h) / 2 + CLEARANCE) / Math.abs(a.y - b.y);
      needed = Math.max(needed, Math.min(sx, sy));
    }
  }
  return Math.min(grow, needed);
}

export function enterBriefing(cy: cytoscape.Core, onExit: () => void): void {
  document.body.classList.add('briefing');
  order = tour(cy);
  index = -1;
  showCaption(null);
  document.documentElement.requestFullscreen?.().catch(() => undefined); // needs a user gesture; a link cannot
  keyHandler = (ev: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => focusAt(cy, index + 1),
      ArrowDown: () => focusAt(cy, index + 1),
      ' ': () => focusAt(cy, index + 1),
      PageDown: () => focusAt(cy, index + 1),
      ArrowLeft: () => focusAt(cy, index - 1),
      ArrowUp: () => focusAt(cy, index - 1),
      PageUp: () => focusAt(cy, index - 1),
      '+': () => zoomBy(cy, 1.25),
      '=': () => zoomBy(cy, 1.25),
      '-': () => zoomBy(cy, 0.8),
      '0': () => {
        index = -1;
        cy.elements().removeClass('faded highlight');
        showCaption(null);
        cy.animate({ fit: { eles: cy.elements(':visible'), padding: 40 } }, { duration: 300 });
      },
      Escape: () => onExit(),
    };
    const action = keys[ev.key];
    if (action) {
      ev.preventDefault();
      action();
    }
  };
  window.addEventListener('keydown', keyHandler);
}

export function exitBriefing(cy: cytoscape.Core): void {
  document.body.classList.remove('briefing');
  if (keyHandler) window.removeEventListener('keydown', keyHandler);
  keyHandler = null;
  cy.elements().removeClass('faded highlight');
  clear(byId('caption'));
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}
