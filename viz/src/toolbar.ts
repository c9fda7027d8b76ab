/** The toolbar: overview, search, compare, briefing, export and the language toggle. */
import { clear, el } from './dom.ts';
import { lang, t } from './i18n.ts';
import { mountSearch, type Hit } from './search.ts';

export interface ToolbarActions {
  overview(): void;
  pick(hit: Hit): void;
  compare(): void;
  briefing(): void;
  png(scale: 2 | 4, full: boolean): void;
  svg(full: boolean): void;
  json(): void;
  toggleLang(): void;
}

export function mountToolbar(host: HTMLElement, a: ToolbarActions): void {
  clear(host);
  const whole = el('input', { type: 'checkbox', id: 'export-full' });
  const full = () => whole.checked;
  const button = (id: string, text: string, onclick: () => void, title?: string) => el('button', { type: 'button', id, title, onclick }, text);
  host.append(el('h1', {}, t('title')), button('btn-overview', t('overview'), a.overview));
  mountSearch(host, a.pick);
  host.append(
    button('btn-compare', t('compare'), a.compare),
    button('btn-briefing', t('briefing'), a.briefing),
    el('span', { className: 'export' },
      button('btn-png2', t('exportPng2'), () => a.png(2, full())),
      button('btn-png4', t('exportPng4'), () => a.png(4, full())),
      button('btn-svg', t('exportSvg'), () => a.svg(full())),
      button('btn-json', t('exportJson'), a.json),
      el('label', { className: 'check' }, whole, t('wholeGraph')),
    ),
    button('btn-lang', lang() === 'zh' ? 'EN' : '中文', a.toggleLang, lang() === 'zh' ? 'English interface' : '中文界面'),
  );
}
