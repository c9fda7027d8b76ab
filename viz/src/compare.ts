/** Compare mode: pick 2-4 districts; shared policies and themes, similar programme pairs, side by side. */
import type cytoscape from 'cytoscape';
import { gql } from './api.ts';
import { compareDistricts, type Comparison, type Named } from './compare-data.ts';
import { clear, el } from './dom.ts';
import { showElements, type DrawEdge, type DrawNode } from './graph.ts';
import { t } from './i18n.ts';


function list(items: Named[], className: string): HTMLElement {
  if (!items.length) return el('p', { className: `muted ${className}` }, t('none'));
  return el('ul', { className }, ...items.map((x) => el('li', { 'data-id': x.id }, x.name)));
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

/** The districts, what they share, and the similar programmes between them, as a graph. */
function drawComparison(cy: cytoscape.Core, c: Comparison): Promise<void> {
  const rec = (x: Named) => ({ id: x.id, name: x.name });
  const nodes: DrawNode[] = c.districts.map((d) => ({ label: 'District', rec: rec(d) }));
  const edges: DrawEdge[] = [];
  for (const p of c.sharedPolicies) nodes.push({ label: 'Policy', rec: rec(p) });
  for (const th of c.sharedThemes) nodes.push({ label: 'Theme', rec: rec(th) });
  for (const d of c.districts) for (const s of [...c.sharedPolicies, ...c.sharedThemes]) edges.push({ rel: 'SHARES', source: d.id, target: s.id });
  for (const p of c.similarPairs.slice(0, 12)) {
    for (const side of [p.a, p.b]) {
      nodes.push({ label: 'Programme', rec: { id: side.id, name: side.name } });
      edges.push({ rel: 'RUNS', source: side.district, target: side.id });
    }
    edges.push({ rel: 'SIMILAR_TO', source: p.a.id, target: p.b.id });
  }
  return showElements(cy, nodes, edges);
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
  const picker = el('fieldset', { className: 'picker' }, el('legend', {}, t('pickDistricts')),
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
  host.append(el('h2', {}, t('compare')), picker, result);
  const refresh = async () => {
    delete host.dataset.ready;
    clear(result);
    if (selected.length < 2) return;
    result.appendChild(el('p', { className: 'muted' }, t('loading')));
    const c = await compareDistricts(selected);
    clear(result);
    renderResult(result, c);
    await drawComparison(cy, c);
    cy.fit(undefined, 40);
    host.dataset.ready = 'true';
  };
  await refresh();
}
