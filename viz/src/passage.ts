/**
 * The source passage of an evidence span: the surrounding sentence(s) of Document.text with the
 * spans marked. Document text is untrusted; it only ever becomes text nodes.
 */
import { fetchDocument } from './api.ts';
import { el, clear } from './dom.ts';
import { t } from './i18n.ts';

const CONTEXT = 160; // characters of context on each side, cut at a sentence end when there is one

function excerptBounds(text: string, start: number, end: number): [number, number] {
  let from = Math.max(0, start - CONTEXT);
  let to = Math.min(text.length, end + CONTEXT);
  const before = text.slice(from, start).search(/[。！？!?\n][^。！？!?\n]*$/);
  if (before >= 0) from += before + 1;
  const after = text.slice(end, to).search(/[。！？!?\n]/);
  if (after >= 0) to = end + after + 1;
  return [from, to];
}

/** Text with every span inside [from, to) wrapped in <mark>; built from text nodes only. */
export function markedText(text: string, from: number, to: number, starts: number[], ends: number[]): DocumentFragment {
  const frag = document.createDocumentFragment();
  const spans = starts
    .map((s, i) => [Math.max(s, from), Math.min(ends[i] ?? s, to)] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  let at = from;
  for (const [s, e] of spans) {
    if (s < at) continue; // overlapping spans: the first one wins
    frag.appendChild(document.createTextNode(text.slice(at, s)));
    frag.appendChild(el('mark', {}, text.slice(s, e)));
    at = e;
  }
  frag.appendChild(document.createTextNode(text.slice(at, to)));
  return frag;
}

/** Renders the passage for (docId, spans) into `host`, with a button for the whole document. */
export async function showPassage(host: HTMLElement, docId: string, starts: number[], ends: number[]): Promise<void> {
  clear(host);
  host.hidden = false;
  host.appendChild(el('p', { className: 'muted' }, t('loading')));
  const doc = await fetchDocument(docId);
  clear(host);
  if (!doc) return;
  const first = Math.min(...starts);
  const last = Math.max(...ends);
  const [from, to] = starts.length ? excerptBounds(doc.text, first, last) : [0, Math.min(doc.text.length, 400)];
  const body = el('div', { className: 'passage-text' });
  body.appendChild(markedText(doc.text, from, to, starts, ends));
  const whole = el('button', {
    type: 'button',
    onclick: () => {
      clear(body);
      body.classList.add('whole');
      body.appendChild(markedText(doc.text, 0, doc.text.length, starts, ends));
      body.querySelector('mark')?.scrollIntoView({ block: 'center' });
      whole.remove();
    },
  }, t('wholeDocument'));
  host.append(
    el('div', { className: 'passage-head' }, el('strong', {}, doc.title), doc.publishedAt ? ` · ${doc.publishedAt}` : ''),
    body,
    whole,
  );
}
