/** The viewer: wires the graph, the controls and the URL together. */
import type cytoscape from 'cytoscape';
import { prefetchOverview } from './api.ts';
import { enterBriefing, exitBriefing, spreadNeeded } from './briefing.ts';
import { mountCompare, rearrangeComparison, relabelCompare } from './compare.ts';
import { byId } from './dom.ts';
import { exportJson, exportPng, exportSvg } from './export.ts';
import { applyFilters, drawnNodes, mountFilters } from './filters.ts';
import { collapse, createCy, ensureNode, expand, installHover, isExpanded, isGroup, restyle, showFocus, showOverview } from './graph.ts';
import { lang, setLang } from './i18n.ts';
import { renderLegend } from './legend.ts';
import { hidePanel, showPanel } from './panel.ts';
import { prepareLayout } from './layout.ts';
import { labelOfId } from './schema-map.ts';
import { CONTRAST, NORMAL } from './style.ts';
import { mountToolbar } from './toolbar.ts';
import { fitView } from './viewport.ts';
import { readState, writeState, type Mode } from './url-state.ts';

declare global {
  interface Window {
    cy: cytoscape.Core;
    /** for tests and the bench: resolves when no load or layout is in progress */
    viewer: { idle(): Promise<void> };
  }
}

const state = readState();
// the start view's data is on its way while the page is built
if (!state.focus && state.mode !== 'compare') prefetchOverview();
prepareLayout();
setLang(state.lang);
const cy = createCy(byId('cy'));
window.cy = cy;

let pending = Promise.resolve();
/** Runs view changes one after another, reporting failures in the status line. */
function run(task: () => Promise<void>): Promise<void> {
  pending = pending.then(task).catch((err: unknown) => {
    byId('status').textContent = String(err instanceof Error ? err.message : err);
    console.error(err);
  });
  return pending;
}
window.viewer = { idle: () => pending };

function refreshControls(): void {
  applyFilters(cy, state.filters);
  renderLegend(byId('legend'), cy);
  writeState(state);
}

function select(id: string | undefined): void {
  state.selected = id;
  cy.nodes(':selected').unselect();
  if (id && cy.getElementById(id).nonempty()) {
    cy.getElementById(id).select();
    void showPanel(cy, id, panelActions);
  } else hidePanel();
  cy.resize(); // the panel takes or gives back width
  writeState(state);
}

const panelActions = {
  expand: (id: string) => void run(async () => {
    await expand(cy, id);
    if (!state.expanded.includes(id)) state.expanded.push(id);
    refreshControls();
    select(id);
  }),
  collapse: (id: string) => void run(async () => {
    collapse(cy, id);
    state.expanded = state.expanded.filter((x) => x !== id);
    refreshControls();
    select(cy.getElementById(id).nonempty() ? id : undefined);
  }),
  focus: (id: string) => void run(() => loadFocus(id)),
  close: () => select(undefined),
  isExpanded,
};

async function loadFocus(id: string): Promise<void> {
  state.focus = id;
  state.expanded = [];
  if (!(await showFocus(cy, id))) {
    state.focus = undefined;
    await showOverview(cy);
  }
  refreshControls();
  select(state.focus);
  fitView(cy, drawnNodes(cy));
}

async function loadOverview(): Promise<void> {
  state.focus = undefined;
  state.expanded = [];
  await showOverview(cy);
  refreshControls();
  fitView(cy, drawnNodes(cy));
  select(undefined);
}

/** Scales positions (boxes around other nodes follow their contents). */
function spread(cy: cytoscape.Core, factor: number): void {
  cy.nodes().not(':parent').positions((n) => ({ x: n.position('x') * factor, y: n.position('y') * factor }));
}

/** how far entering briefing mode spread the drawing, undone on leaving it */
let briefingSpread = 1;

function setMode(mode: Mode): void {
  const from = state.mode;
  if (state.mode === 'briefing' && mode !== 'briefing') {
    exitBriefing(cy);
    restyle(cy, NORMAL);
    spread(cy, 1 / briefingSpread);
  }
  if (state.mode === 'compare' && mode !== 'compare') byId('compare').hidden = true;
  state.mode = mode;
  if (mode === 'briefing' && !document.body.classList.contains('briefing')) {
    hidePanel();
    restyle(cy, CONTRAST);
    enterBriefing(cy, () => setMode('explore'));
    cy.resize();
    // a comparison is arranged afresh for the whole screen; anything else spreads for the larger type
    briefingSpread = from === 'compare' && rearrangeComparison(cy) ? 1 : spreadNeeded(cy, CONTRAST.fontSize / NORMAL.fontSize);
    spread(cy, briefingSpread);
    fitView(cy, drawnNodes(cy)); // after the caption is shown: the fit leaves room for it
  } else if (mode === 'compare') {
    hidePanel();
    void run(() => mountCompare(byId('compare'), cy, state.compare, () => writeState(state)).then(refreshControls));
  } else {
    cy.resize();
  }
  writeState(state);
}

/** Toolbar and filters; the filters' choices load once `loadAfter` settles. */
function mountControls(loadAfter?: Promise<unknown>): void {
  mountToolbar(byId('toolbar'), {
    overview: () => {
      setMode('explore');
      void run(loadOverview);
    },
    pick: (hit) => {
      setMode('explore');
      void run(() => loadFocus(hit.id));
    },
    compare: () => setMode('compare'),
    briefing: () => setMode('briefing'),
    png: (scale, full) => void exportPng(cy, scale, full),
    svg: (full) => exportSvg(cy, full),
    json: () => exportJson(cy),
    toggleLang: () => {
      state.lang = lang() === 'zh' ? 'en' : 'zh';
      setLang(state.lang);
      restyle(cy, state.mode === 'briefing' ? CONTRAST : NORMAL);
      mountControls();
      if (state.mode === 'compare') relabelCompare();
      refreshControls();
      select(state.selected);
    },
  });
  mountFilters(byId('filters'), state.filters, refreshControls, loadAfter);
}

function installGraphEvents(): void {
  installHover(cy);
  cy.on('tap', 'node', (ev) => {
    const node = ev.target as cytoscape.NodeSingular;
    select(isGroup(node) ? undefined : node.id());
  });
  cy.on('tap', (ev) => {
    if (ev.target === cy) select(undefined);
  });
  cy.on('dbltap', 'node', (ev) => {
    if (isGroup(ev.target as cytoscape.NodeSingular)) return;
    const id = (ev.target as cytoscape.NodeSingular).id();
    if (isExpanded(id)) panelActions.collapse(id);
    else panelActions.expand(id);
  });
}

/** Rebuilds the view the URL describes: focus, expansions in order, filters, selection, mode. */
async function restore(): Promise<void> {
  if (state.mode === 'compare') {
    await mountCompare(byId('compare'), cy, state.compare, () => writeState(state));
    if (cy.elements().empty()) await showOverview(cy);
  } else if (state.focus) {
    const expansions = [...state.expanded];
    const selected = state.selected;
    await loadFocus(state.focus);
    for (const id of expansions) {
      const label = labelOfId(id);
      if (label) await ensureNode(cy, id, label);
      await expand(cy, id);
      state.expanded.push(id);
    }
    state.selected = selected;
  } else {
    await showOverview(cy);
  }
  refreshControls();
  select(state.selected);
  fitView(cy, drawnNodes(cy));
  if (state.mode === 'briefing') setMode('briefing');
}

installGraphEvents();
// the first view's request goes out first; the filter choices wait until it is drawn
const firstView = run(restore);
mountControls(firstView);
void firstView.then(() => {
  performance.mark('kg:ready');
  document.body.dataset.ready = 'true';
});
