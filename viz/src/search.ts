/** The search box: Chinese names and aliases, through the API's `search` (or name filters until it exists). */
import { gql } from './api.ts';
import { byId, clear, el } from './dom.ts';
import { labelName, t } from './i18n.ts';
import { LABELS, type Label } from './schema-map.ts';
import { LOOKS } from './style.ts';

export interface Hit {
  id: string;
  type: Label;
  name: string;
  districts: { name: string }[];
}

/** The API's full-text search over names and aliases (exact name and alias matches first). */
export async function search(text: string): Promise<Hit[]> {
  const data = await gql<{ search: Hit[] }>(
    `query Search($text: String!) { search(text: $text, limit: 15) { id type name districts { name } } }`,
    { text },
  );
  return data.search.filter((h) => (LABELS as readonly string[]).includes(h.type));
}

/** Builds the search box into `host`; `onPick` receives the chosen hit. */
export function mountSearch(host: HTMLElement, onPick: (hit: Hit) => void): HTMLInputElement {
  const input = el('input', { type: 'search', id: 'search', placeholder: t('search'), autocomplete: 'off', 'aria-label': t('search') });
  const results = el('ul', { id: 'search-results', role: 'listbox', hidden: true });
  let timer: number | undefined;
  let seq = 0;
  let hits: Hit[] = [];
  const pick = (hit: Hit) => {
    results.hidden = true;
    input.value = hit.name;
    onPick(hit);
  };
  const run = async () => {
    const text = input.value.trim();
    const mine = ++seq;
    if (!text) {
      results.hidden = true;
      return;
    }
    const found = await search(text).catch(() => []);
    if (mine !== seq) return;
    hits = found;
    clear(results);
    if (!hits.length) results.appendChild(el('li', { className: 'muted' }, t('noResults')));
    for (const hit of hits) {
      const look = LOOKS[hit.type];
      results.appendChild(
        el('li', { role: 'option', className: 'hit', 'data-id': hit.id, onclick: () => pick(hit) },
          el('span', { className: 'chip', style: `background:${look.fill};color:${look.text}` }, labelName(hit.type)),
          ' ',
          hit.name,
          hit.type !== 'District' && hit.districts.length ? el('span', { className: 'muted' }, ` · ${hit.districts.map((d) => d.name).join('、')}`) : null,
        ),
      );
    }
    results.hidden = false;
  };
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 200);
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter') {
      window.clearTimeout(timer);
      void run().then(() => hits[0] && pick(hits[0]));
    } else if (ev.key === 'Escape') results.hidden = true;
  });
  host.append(el('div', { className: 'search' }, input, results));
  return input;
}

export function searchBox(): HTMLInputElement {
  return byId<HTMLInputElement>('search');
}
