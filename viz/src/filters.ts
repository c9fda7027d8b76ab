/** Filters by label, district, theme, year and status: filtered elements stay in the graph, undrawn. */
import type cytoscape from 'cytoscape';
import { gql } from './api.ts';
import { clear, el } from './dom.ts';
import { labelName, lang, t, type StringKey } from './i18n.ts';
import { LABELS, type Label } from './schema-map.ts';
import type { Filters } from './url-state.ts';

interface Options {
  districts: { id: string; name: string }[];
  themes: { id: string; name: string; nameEn?: string }[];
  years: string[];
  statuses: string[];
}

const NO_OPTIONS: Options = { districts: [], themes: [], years: [], statuses: [] };
let options: Promise<Options> | undefined;
let loaded: Options | undefined;

function loadOptions(): Promise<Options> {
  options ??= gql<{ districts: Options['districts']; themes: Options['themes']; programmes: { year?: number; status?: string }[] }>(
    `query FilterOptions { districts(sort: [{ name: ASC }]) { id name } themes(sort: [{ name: ASC }]) { id name nameEn } programmes { year status } }`,
  ).then((d) => ({
    districts: d.districts,
    themes: d.themes,
    years: [...new Set(d.programmes.map((p) => p.year).filter((y): y is number => typeof y === 'number'))].sort().map(String),
    statuses: [...new Set(d.programmes.map((p) => p.status).filter((s): s is string => Boolean(s)))].sort(),
  }));
  return options;
}

const has = (list: unknown, id: string): boolean => Array.isArray(list) && list.includes(id);

function hiddenByFilters(n: cytoscape.NodeSingular, f: Filters): boolean {
  const d = n.data() as Record<string, unknown>;
  const label = d.label as Label;
  if (f.hidden.includes(label)) return true;
  if (label === 'Programme') {
    if (f.district && !has(d.districts, f.district)) return true;
    if (f.theme && !has(d.themes, f.theme)) return true;
    if (f.year && String(d.year) !== f.year) return true;
    if (f.status && d.status !== f.status) return true;
  }
  if (label === 'Theme' && f.theme && d.id !== f.theme) return true;
  if (label === 'Target' && f.year && d.year && String(d.year) !== f.year) return true;
  if (label === 'Document' && f.year && d.publishedAt && !String(d.publishedAt).startsWith(f.year)) return true;
  return false;
}

/** Districts other than the chosen one and its ancestors and descendants are not drawn. */
function districtLine(cy: cytoscape.Core, id: string): Set<string> {
  const start = cy.getElementById(id);
  const partOf = (c: cytoscape.Collection) => c.filter((e) => e.isNode() || e.data('rel') === 'PART_OF');
  return new Set([id, ...partOf(start.successors()).nodes().map((n) => n.id()), ...partOf(start.predecessors()).nodes().map((n) => n.id())]);
}

/** Nodes not hidden by a filter (cheaper than ':visible', which computes every element's style). */
export function drawnNodes(cy: cytoscape.Core): cytoscape.NodeCollection {
  return cy.nodes().filter((n) => !n.hasClass('filtered'));
}

export function applyFilters(cy: cytoscape.Core, f: Filters): void {
  const programmeFilter = Boolean(f.district || f.theme || f.year || f.status);
  const line = f.district && cy.getElementById(f.district).nonempty() ? districtLine(cy, f.district) : null;
  const active = programmeFilter || f.hidden.length > 0 || line !== null;
  if (!active && cy.$('.filtered').empty()) return; // nothing to do: skip touching thousands of elements
  cy.batch(() => {
    cy.$('.filtered').removeClass('filtered');
    cy.nodes().forEach((n) => {
      const outOfLine = line !== null && n.data('label') === 'District' && !line.has(n.id());
      if (outOfLine || hiddenByFilters(n, f)) n.addClass('filtered');
    });
    // what hangs only off filtered programmes (their places, targets, bodies) goes with them
    if (programmeFilter) {
      cy.nodes().not('.filtered').forEach((n) => {
        if (n.hasClass('focus') || n.data('label') === 'District' || n.data('label') === 'Programme') return;
        const around = n.neighborhood().nodes();
        if (around.nonempty() && around.filter((m) => !m.hasClass('filtered')).empty()) n.addClass('filtered');
      });
    }
    // a box (compound node) whose contents are all filtered goes too
    cy.nodes(':parent').forEach((box) => {
      if (box.children().filter((c) => !c.hasClass('filtered')).empty()) box.addClass('filtered');
    });
  });
}

function select(name: keyof Filters, key: StringKey, items: { value: string; text: string }[], f: Filters, onChange: () => void): HTMLElement {
  const current = f[name] as string | undefined;
  const sel = el('select', { name, 'data-filter': name, onchange: (ev) => {
    const v = (ev.target as HTMLSelectElement).value;
    (f as unknown as Record<string, string | undefined>)[name] = v || undefined;
    onChange();
  } },
    el('option', { value: '' }, t('any')),
    ...items.map((i) => el('option', { value: i.value, selected: i.value === current }, i.text)),
  );
  return el('label', { className: 'field' }, el('span', {}, t(key)), sel);
}

/**
 * Builds the filter controls at once; the district, theme, year and status choices fill in once
 * `loadAfter` has settled (the first view's data is not kept waiting by them). `onChange` runs
 * after `f` was changed in place.
 */
export function mountFilters(host: HTMLElement, f: Filters, onChange: () => void, loadAfter: Promise<unknown> = Promise.resolve()): void {
  render(host, f, onChange, loaded ?? NO_OPTIONS);
  if (loaded) return;
  void loadAfter.then(loadOptions).then(
    (opts) => {
      loaded = opts;
      // only the choices change: the checkboxes stay the same elements, so a click on one while
      // the choices arrive is never lost on a replaced element
      if (!host.isConnected) return;
      for (const field of selectFields(f, onChange, opts)) {
        const name = field.querySelector('select')?.dataset.filter;
        host.querySelector(`select[data-filter="${name}"]`)?.closest('label')?.replaceWith(field);
      }
    },
    () => undefined, // without options the selects stay empty; the rest still works
  );
}

/** The district, theme, year and status fields (labels around selects named by data-filter). */
function selectFields(f: Filters, onChange: () => void, opts: Options): HTMLElement[] {
  return [
    select('district', 'district', opts.districts.map((d) => ({ value: d.id, text: d.name })), f, onChange),
    select('theme', 'theme', opts.themes.map((d) => ({ value: d.id, text: lang() === 'en' && d.nameEn ? d.nameEn : d.name })), f, onChange),
    select('year', 'year', opts.years.map((y) => ({ value: y, text: y })), f, onChange),
    select('status', 'status', opts.statuses.map((s) => ({ value: s, text: (['planned', 'ongoing', 'completed'] as const).includes(s as 'planned') ? t(s as 'planned') : s })), f, onChange),
  ];
}

function render(host: HTMLElement, f: Filters, onChange: () => void, opts: Options): void {
  clear(host);
  const boxes = LABELS.map((label) =>
    el('label', { className: 'check' },
      el('input', { type: 'checkbox', 'data-label': label, checked: !f.hidden.includes(label), onchange: (ev) => {
        const on = (ev.target as HTMLInputElement).checked;
        f.hidden = on ? f.hidden.filter((l) => l !== label) : [...f.hidden, label];
        onChange();
      } }),
      labelName(label),
    ),
  );
  host.append(
    el('h3', {}, t('filters')),
    el('fieldset', {}, el('legend', {}, t('labels')), ...boxes),
    ...selectFields(f, onChange, opts),
    el('button', { type: 'button', className: 'reset', onclick: () => {
      f.hidden = [];
      f.district = f.theme = f.year = f.status = undefined;
      onChange();
      render(host, f, onChange, loaded ?? NO_OPTIONS);
    } }, t('reset')),
  );
}
