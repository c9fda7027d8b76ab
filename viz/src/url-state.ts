/**
 * The view lives in the URL (focus, expansions, filters, selection, mode, language, comparison),
 * so a copied link reproduces what the sender saw.
 */
import type { Lang } from './i18n.ts';
import { LABELS, type Label } from './schema-map.ts';

export type Mode = 'explore' | 'compare' | 'briefing';

export interface Filters {
  /** labels not drawn */
  hidden: Label[];
  district?: string;
  theme?: string;
  year?: string;
  status?: string;
}

export interface ViewState {
  mode: Mode;
  /** the entity whose neighbourhood is shown; none: the district overview */
  focus?: string;
  /** nodes whose neighbours were added, in order */
  expanded: string[];
  selected?: string;
  filters: Filters;
  compare: string[];
  lang: Lang;
}

const list = (v: string | null): string[] => (v ? v.split(',').filter(Boolean) : []);

export function readState(search: string = location.search): ViewState {
  const q = new URLSearchParams(search);
  const mode = q.get('mode');
  return {
    mode: mode === 'compare' || mode === 'briefing' ? mode : 'explore',
    focus: q.get('focus') ?? undefined,
    expanded: list(q.get('expand')),
    selected: q.get('select') ?? undefined,
    filters: {
      hidden: list(q.get('hide')).filter((l): l is Label => (LABELS as readonly string[]).includes(l)),
      district: q.get('district') ?? undefined,
      theme: q.get('theme') ?? undefined,
      year: q.get('year') ?? undefined,
      status: q.get('status') ?? undefined,
    },
    compare: list(q.get('compare')).slice(0, 4),
    lang: q.get('lang') === 'en' ? 'en' : 'zh',
  };
}

export function toSearch(s: ViewState): string {
  const q = new URLSearchParams();
  if (s.mode !== 'explore') q.set('mode', s.mode);
  if (s.focus) q.set('focus', s.focus);
  if (s.expanded.length) q.set('expand', s.expanded.join(','));
  if (s.selected) q.set('select', s.selected);
  if (s.filters.hidden.length) q.set('hide', s.filters.hidden.join(','));
  for (const key of ['district', 'theme', 'year', 'status'] as const) {
    const v = s.filters[key];
    if (v) q.set(key, v);
  }
  if (s.compare.length) q.set('compare', s.compare.join(','));
  if (s.lang !== 'zh') q.set('lang', s.lang);
  const text = q.toString();
  return text ? `?${text}` : '';
}

/** Replaces (not pushes) the history entry: every small change need not be a Back step. */
export function writeState(s: ViewState): void {
  const search = toSearch(s);
  if (search !== location.search) history.replaceState(null, '', `${location.pathname}${search}`);
}
