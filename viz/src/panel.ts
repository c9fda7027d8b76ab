/** The side panel: a node's properties and the evidence sentences of its relationships. */
import type cytoscape from 'cytoscape';
import { fetchNeighbourhood, type Neighbour } from './api.ts';
import { byId, clear, el } from './dom.ts';
import { labelName, lang, propName, relName, t, valueName } from './i18n.ts';
import { showPassage } from './passage.ts';
import type { Label } from './schema-map.ts';
import { LOOKS } from './style.ts';

export interface PanelActions {
  expand(id: string): void;
  collapse(id: string): void;
  focus(id: string): void;
  close(): void;
  isExpanded(id: string): boolean;
}

const HIDDEN_PROPS = new Set(['id', 'name', 'label', 'parent', 'display', 'w', 'h', 'fs', 'scale', 'districts', 'themes', 'programmeCount', 'aliasText', '__typename', 'withDistrict']);

function formatValue(value: unknown): string {
  if (Array.isArray(value)) return value.join('、');
  if (value === null || value === undefined) return '';
  return String(value);
}

function propertyTable(data: Record<string, unknown>): HTMLElement {
  const rows = Object.entries(data)
    .filter(([k, v]) => !HIDDEN_PROPS.has(k) && formatValue(v) !== '')
    .map(([k, v]) => el('tr', {}, el('th', {}, propName(k)), el('td', {}, valueName(k, formatValue(v)))));
  return el('table', { className: 'props' }, el('tbody', {}, ...rows));
}

/** One list item per evidence sentence: a sentence stating several relationships is shown once. */
function groupBySentence(items: Neighbour[]): Neighbour[][] {
  const groups = new Map<string, Neighbour[]>();
  items.forEach((n, i) => {
    const key = n.props.sentence ? `${String(n.props.docId)}|${String(n.props.sentence)}` : `#${i}`;
    groups.set(key, [...(groups.get(key) ?? []), n]);
  });
  return [...groups.values()];
}

function evidenceItem(group: Neighbour[], passageHost: HTMLElement): HTMLElement {
  const n = group[0];
  const starts = (n.props.spanStarts as number[] | null) ?? [];
  const ends = (n.props.spanEnds as number[] | null) ?? [];
  const docId = (n.props.docId as string | null) ?? (n.rel.rel === 'MENTIONED_IN' ? n.node.id : null);
  const sentence = n.props.sentence as string | null;
  const nameOf = (x: Neighbour) => {
    const name = lang() === 'en' && x.node.nameEn ? String(x.node.nameEn) : x.node.name;
    // a similar programme usually has the same name as this one: whose it is tells them apart
    const runners = x.rel.rel === 'SIMILAR_TO' ? ((x.node.districts as { name?: string }[] | undefined) ?? []).map((d) => d.name).filter(Boolean) : [];
    return runners.length ? `${name}(${runners.join('、')})` : name;
  };
  const head = el('div', { className: 'ev-head' },
    ...group.map((x) => el('span', { className: 'ev-pair' }, el('span', { className: 'ev-rel' }, relName(x.rel.rel)), ' ', nameOf(x))),
  );
  const item = el('li', { className: sentence ? 'evidence has-sentence' : 'evidence' }, head);
  if (sentence) item.appendChild(el('blockquote', { className: 'ev-sentence' }, sentence));
  if (n.rel.props === 'Similarity' && typeof n.props.score === 'number') {
    item.appendChild(el('div', { className: 'muted' }, `${n.props.score.toFixed(2)} · ${formatValue(n.props.reasons)}`));
  }
  if (docId && starts.length) {
    item.appendChild(
      el('button', { type: 'button', className: 'link', onclick: () => void showPassage(passageHost, docId, starts, ends) }, t('source')),
    );
  }
  return item;
}

/** Relationships with a sentence first, then mentions; similarity last. */
function rank(n: Neighbour): number {
  if (n.props.sentence) return 0;
  if (n.rel.rel === 'SIMILAR_TO') return 2;
  return 1;
}

export async function showPanel(cy: cytoscape.Core, id: string, actions: PanelActions): Promise<void> {
  const panel = byId('panel');
  const node = cy.getElementById(id);
  if (node.empty()) return;
  const label = node.data('label') as Label;
  if (!(label in LOOKS)) return; // a box around other nodes, not an entity
  clear(panel);
  panel.hidden = false;
  panel.dataset.node = id;
  const expanded = actions.isExpanded(id);
  const chip = el('span', { className: 'chip', style: `background:${LOOKS[label].fill};color:${LOOKS[label].text}` }, labelName(label));
  panel.append(
    el('div', { className: 'panel-head' },
      chip,
      el('button', { type: 'button', className: 'close', title: t('close'), 'aria-label': t('close'), onclick: () => actions.close() }, '×'),
    ),
    el('h2', {}, lang() === 'en' && node.data('nameEn') ? String(node.data('nameEn')) : String(node.data('name'))),
    el('div', { className: 'actions' },
      el('button', { type: 'button', onclick: () => (expanded ? actions.collapse(id) : actions.expand(id)) }, expanded ? t('collapse') : t('expand')),
      el('button', { type: 'button', onclick: () => actions.focus(id) }, t('focus')),
    ),
    el('h3', {}, t('properties')),
    propertyTable(node.data()),
  );
  const evidenceHead = el('h3', {}, t('evidence'));
  const list = el('ul', { className: 'evidence-list' }, el('li', { className: 'muted' }, t('loading')));
  const passage = el('div', { className: 'passage', hidden: true });
  panel.append(evidenceHead, passage, list);
  const hood = await fetchNeighbourhood(id, label).catch(() => null);
  if (panel.dataset.node !== id) return; // another node was selected meanwhile
  clear(list);
  const items = (hood?.neighbours ?? []).filter((n) => n.props.sentence || (n.props.spanStarts as number[] | null)?.length || n.rel.rel === 'SIMILAR_TO');
  items.sort((a, b) => rank(a) - rank(b));
  if (!items.length) list.appendChild(el('li', { className: 'muted' }, t('noEvidence')));
  for (const group of groupBySentence(items)) list.appendChild(evidenceItem(group, passage));
}

export function hidePanel(): void {
  const panel = byId('panel');
  panel.hidden = true;
  delete panel.dataset.node;
  clear(panel);
}
