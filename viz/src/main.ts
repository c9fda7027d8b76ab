/** The viewer: wires the graph, the controls and the URL together. */
import type cytoscape from 'cytoscape';
import { enterBriefing, exitBriefing } from './briefing.ts';
import { mountCompare } from './compare.ts';
import { byId } from './dom.ts';
import { exportJson, exportPng, exportSvg } from './export.ts';
import { applyFilters, drawnNodes, mountFilters } from './filters.ts';
import { collapse, createCy, ensureNode, expand, installHover, isExpanded, restyle, showFocus, showOverview } from './graph.ts';
import { lang, setLang } from './i18n.ts';
import { renderLegend } from './legend.ts';
import { hidePanel, showPanel } from './panel.ts';
import { prepareLayout } from './layout.ts';
import { labelOfId } from './schema-map.ts';
import { CONTRAST, NORMAL } from './style.ts';
import { mountToolbar } from './toolbar.ts';
import { readState, writeState, type Mode } from './url-state.ts';

declare global {
  interface Window {
    cy: cytoscape.Core;
    /** for tests and the bench: resolves when no load or layout is in progress */
    viewer: { idle(): Promise<void> };
  }
}

prepareLayout();
const state = readState();
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
  cy.fit(drawnNodes(cy), 40);
}

async function loadOverview(): Promise<void> {
  state.focus = undefined;
  state.expanded = [];
  await showOverview(cy);
  refreshControls();
  cy.fit(drawnNodes(cy), 40);
  select(undefined);
}

/** Scales positions with the type size, so the larger briefing labels do not overlap. */
function spread(cy: cytoscape.Core, factor: number): void {
  cy.nodes().positions((n) => ({ x: n.position('x') * factor, y: n.position('y') * factor }));
}

function setMode(mode: Mode): void {
  if (state.mode === 'briefing' && mode !== 'briefing') {
    exitBriefing(cy);
    restyle(cy, NORMAL);
    spread(cy, NORMAL.fontSize / CONTRAST.fontSize);
  }
  if (state.mode === 'compare' && mode !== 'compare') byId('compare').hidden = true;
  state.mode = mode;
  if (mode === 'briefing' && !document.body.classList.contains('briefing')) {
    hidePanel();
    restyle(cy, CONTRAST);
    spread(cy, CONTRAST.fontSize / NORMAL.fontSize);
    cy.resize();
    cy.fit(drawnNodes(cy), 40);
    enterBriefing(cy, () => setMode('explore'));
  } else if (mode === 'compare') {
    hidePanel();
    void run(() => mountCompare(byId('compare'), cy, state.compare, () => writeState(state)).then(refreshControls));
  } else {
    cy.resize();
  }
  writeState(state);
}

function mountControls(): void {
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
      refreshControls();
      select(state.selected);
    },
  });
  void mountFilters(byId('filters'), state.filters, refreshControls);
}

function installGraphEvents(): void {
  installHover(cy);
  cy.on('tap', 'node', (ev) => select((ev.target as cytoscape.NodeSingular).id()));
  cy.on('tap', (ev) => {
    if (ev.target === cy) select(undefined);
  });
  cy.on('dbltap', 'node', (ev) => {
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
  cy.fit(drawnNodes(cy), 40);
  if (state.mode === 'briefing') setMode('briefing');
}

mountControls();
installGraphEvents();
void run(restore).then(() => {
  performance.mark('kg:ready');
  document.body.dataset.ready = 'true';
});
