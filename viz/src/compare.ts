/** Compare mode: pick 2-4 districts; shared policies and themes, similar programme pairs, side by side. */
import type cytoscape from 'cytoscape';
import { gql } from './api.ts';
import { compareDistricts, type Comparison, type Named } from './compare-data.ts';
import { compareLayout, type CompareShape } from './compare-layout.ts';
import { clear, el } from './dom.ts';
import { showElements, type DrawEdge, type DrawGroup, type DrawNode } from './graph.ts';
import { lang, t } from './i18n.ts';
import { fitView, innerAspect } from './viewport.ts';


const shown = (x: Named) => (lang() === 'en' && x.nameEn ? x.nameEn : x.name);

function list(items: Named[], className: string): HTMLElement {
  if (!items.length) return el('p', { className: `muted ${className}` }, t('none'));
  return el('ul', { className }, ...items.map((x) => el('li', { 'data-id': x.id, title: x.name }, shown(x))));
}

function renderResult(host: HTMLElement, c: Comparison): void {
  const cols = `repeat(${c.districts.length}, minmax(0, 1fr))`;
  const districtName = new Map(c.districts.map((d) => [d.id, d.name]));
  const pairs = c.similarPairs.slice(0, 20).map((p) =>
    el('tr', {},
      el('td', {}, p.a.name, el('div', { className: 'muted' }, districtName.get(p.a.district) ?? '')),
      el('td', { className: 'score' }, p.score.toFixed(2)),
      el('td', {}, p.b.name, el('div', { className: 'muted' }, districtName.get(p.b.district) ?? '')),
    ),
  );
  host.append(
    el('section', { className: 'shared' },
      el('h3', {}, `${t('sharedPolicies')} (${c.sharedPolicies.length})`), list(c.sharedPolicies, 'shared-policies'),
      el('h3', {}, `${t('sharedThemes')} (${c.sharedThemes.length})`), list(c.sharedThemes, 'shared-themes'),
    ),
    el('section', {},
      el('h3', {}, `${t('similarPairs')} (${c.similarPairs.length})`),
      pairs.length ? el('table', { className: 'pairs' }, el('tbody', {}, ...pairs)) : el('p', { className: 'muted' }, t('none')),
    ),
    el('section', { className: 'unique', style: `grid-template-columns:${cols}` },
      ...c.districts.map((d) =>
        el('div', { className: 'column' },
          el('h3', {}, d.name),
          el('div', { className: 'muted' }, `${d.programmeCount} ${t('programmes')} · ${t('uniqueTo')}`),
          list([...c.unique[d.id].policies, ...c.unique[d.id].themes], 'unique-items'),
        ),
      ),
    ),
  );
}

/** Similar pairs drawn in the graph; the pane lists them all. More would not be readable on a screen. */
const PAIRS_DRAWN = 6;
const SHARED_BOX = 'group:shared';

/** The districts, what they share, and the similar programmes between them, as a graph. */
function drawComparison(cy: cytoscape.Core, c: Comparison): Promise<void> {
  const rec = (x: Named) => ({ id: x.id, name: x.name, ...(x.nameEn ? { nameEn: x.nameEn } : {}) });
  const nodes: DrawNode[] = c.districts.map((d) => ({ label: 'District', rec: rec(d) }));
  const edges: DrawEdge[] = [];
  const shared = [...c.sharedPolicies, ...c.sharedThemes];
  // Two districts share everything listed: one box linked to both says it with two edges, not
  // two per item. With more districts each item links to the ones that share it.
  const boxed = c.districts.length === 2 && shared.length > 0;
  const groups: DrawGroup[] = boxed ? [{ id: SHARED_BOX, caption: () => `${t('sharedPolicies')} · ${t('sharedThemes')} (${shared.length})` }] : [];
  for (const p of c.sharedPolicies) nodes.push({ label: 'Policy', rec: rec(p), parent: boxed ? SHARED_BOX : undefined });
  for (const th of c.sharedThemes) nodes.push({ label: 'Theme', rec: rec(th), parent: boxed ? SHARED_BOX : undefined });
  if (boxed) for (const d of c.districts) edges.push({ rel: 'SHARES', source: d.id, target: SHARED_BOX });
  else for (const s of shared) for (const d of s.districts) edges.push({ rel: 'SHARES', source: d, target: s.id });
  const pairs = c.similarPairs.slice(0, PAIRS_DRAWN);
  for (const p of pairs) {
    for (const side of [p.a, p.b]) {
      nodes.push({ label: 'Programme', rec: { id: side.id, name: side.name } });
      edges.push({ rel: 'RUNS', source: side.district, target: side.id });
    }
    edges.push({ rel: 'SIMILAR_TO', source: p.a.id, target: p.b.id });
  }
  const shape: CompareShape = {
    districts: c.districts.map((d) => d.id),
    shared: shared.map((s) => s.id),
    pairs: pairs.map((p) => ({ a: p.a.id, b: p.b.id, aDistrict: p.a.district, bDistrict: p.b.district })),
  };
  drawnShape = shape;
  return showElements(cy, nodes, edges, (size) => compareLayout(shape, size, innerAspect(cy)), groups);
}

let drawnShape: CompareShape | undefined;

/**
 * Arranges the drawn comparison again for the nodes' current sizes and the view's shape (briefing
 * mode enlarges the type and frees the whole screen). False when the drawing is something else.
 */
export function rearrangeComparison(cy: cytoscape.Core): boolean {
  if (!drawnShape) return false;
  const ids = [...drawnShape.districts, ...drawnShape.shared, ...drawnShape.pairs.flatMap((p) => [p.a, p.b])];
  const drawn = new Set(cy.nodes().not(':parent').map((n) => n.id()));
  if (ids.some((id) => !drawn.has(id)) || drawn.size !== new Set(ids).size) return false;
  const size = (id: string) => ({ w: Number(cy.getElementById(id).data('w')) || 0, h: Number(cy.getElementById(id).data('h')) || 0 });
  const positions = compareLayout(drawnShape, size, innerAspect(cy));
  if (!positions) return false;
  cy.batch(() => {
    for (const [id, p] of Object.entries(positions)) cy.getElementById(id).position(p);
  });
  return true;
}

/** Rebuilds the pane's text in the current language, from what it last showed. */
let relabel: (() => void) | undefined;

export function relabelCompare(): void {
  relabel?.();
}

/** Builds the compare pane; `selected` is changed in place and `onChange` called after. */
export async function mountCompare(host: HTMLElement, cy: cytoscape.Core, selected: string[], onChange: () => void): Promise<void> {
  clear(host);
  host.hidden = false;
  const { districts } = await gql<{ districts: { id: string; name: string; programmesConnection: { totalCount: number } }[] }>(
    `query CompareChoices { districts(sort: [{ name: ASC }]) { id name programmesConnection { totalCount } } }`,
  );
  const choices = districts.filter((d) => d.programmesConnection.totalCount > 0 || selected.includes(d.id));
  const result = el('div', { className: 'compare-result' });
  let shownComparison: Comparison | undefined;
  const picker = () => el('fieldset', { className: 'picker' }, el('legend', {}, t('pickDistricts')),
    ...choices.map((d) =>
      el('label', { className: 'check' },
        el('input', { type: 'checkbox', value: d.id, checked: selected.includes(d.id), onchange: (ev) => {
          const box = ev.target as HTMLInputElement;
          if (box.checked && selected.length >= 4) {
            box.checked = false;
            return;
          }
          const next = box.checked ? [...selected, d.id] : selected.filter((x) => x !== d.id);
          selected.splice(0, selected.length, ...next);
          onChange();
          void refresh();
        } }),
        d.name,
      ),
    ),
  );
  relabel = () => {
    if (!host.isConnected || host.hidden) return;
    clear(host);
    clear(result);
    if (shownComparison) renderResult(result, shownComparison);
    host.append(el('h2', {}, t('compare')), picker(), result);
  };
  host.append(el('h2', {}, t('compare')), picker(), result);
  const refresh = async () => {
    delete host.dataset.ready;
    cy.resize(); // the pane has just taken its width
    shownComparison = undefined;
    clear(result);
    if (selected.length < 2) return;
    result.appendChild(el('p', { className: 'muted' }, t('loading')));
    const c = await compareDistricts(selected);
    shownComparison = c;
    clear(result);
    renderResult(result, c);
    await drawComparison(cy, c);
    fitView(cy, cy.nodes());
    host.dataset.ready = 'true';
  };
  await refresh();
}
