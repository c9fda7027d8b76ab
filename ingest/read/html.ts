/**
 * HTML → plain text that keeps the block structure: every block element starts a line,
 * table cells are joined with ` | ` (the layout the structure stage reads metadata tables in),
 * and boilerplate goes: script/style, nav/header/footer/aside, hidden elements, and link
 * lists (menus, "related links") found by link density. Blocks carrying metadata labels
 * (索引号, 发布机构 …) are kept even when they sit in a header, because the metadata lives there.
 */
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { metadataLabelPattern } from './labels.ts';

const DROP = 'script, style, noscript, template, iframe, svg, canvas, object, embed, button, select, input, textarea, link, meta, [hidden], [aria-hidden="true"]';
const BOILERPLATE_TAGS = 'nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"]';
const BOILERPLATE_CLASS =
  /(^|[-_\s])(nav|navbar|menu|footer|foot|header|head|top|topbar|breadcrumb|crumbs?|sidebar|side|share|copyright|toolbar|search|login|weixin|wechat|qrcode)([-_\s\d]|$)/i;
const BLOCK = new Set(
  'address article aside blockquote body center dd details dialog div dl dt fieldset figcaption figure form h1 h2 h3 h4 h5 h6 hr html li main ol p pre section summary table tbody thead tfoot ul'.split(' '),
);
/** link text share above which a block is a menu / link list */
const MAX_LINK_DENSITY = 0.5;

export function charsetFromHtml(head: Buffer): string | null {
  const s = head.subarray(0, 4096).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(s);
  return m ? m[1] : null;
}

const visibleLength = (s: string) => s.replace(/\s+/g, '').length;

export function htmlToText(html: string): string {
  const $ = cheerio.load(html);
  $(DROP).remove();
  $('[style]').each((_, el) => {
    if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test($(el).attr('style') ?? '')) $(el).remove();
  });
  const keeps = (el: Element) => metadataLabelPattern.test($(el).text());
  const bodyLength = visibleLength($('body').text()) || 1;
  $(BOILERPLATE_TAGS).each((_, el) => {
    if (!keeps(el as Element)) $(el).remove();
  });
  $('div, ul, ol, section, table, dl, p, span').each((_, el) => {
    const node = $(el);
    const marker = `${node.attr('class') ?? ''} ${node.attr('id') ?? ''}`;
    const len = visibleLength(node.text());
    if (!len || keeps(el as Element)) return;
    const named = BOILERPLATE_CLASS.test(marker) && len < bodyLength * 0.3;
    const linkLen = visibleLength(node.find('a').text());
    const linkList = linkLen / len > MAX_LINK_DENSITY && len < bodyLength * 0.5;
    if (named || linkList) node.remove();
  });

  const title = $('title').first().text().replace(/\s+/g, ' ').trim();
  const root = $('body').length ? $('body')[0] : $.root()[0];
  const parts: string[] = [];
  walk(root, parts, false);
  let text = parts
    .join('')
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (title && !text.slice(0, 500).includes(title)) text = `${title}\n\n${text}`;
  return text;
}

/** inside a table cell, paragraphs are joined by spaces so a row stays on one line */
function walk(node: AnyNode, out: string[], inCell: boolean) {
  if (node.type === 'text') {
    out.push(node.data.replace(/[\s\u00a0]+/g, ' '));
    return;
  }
  if (node.type !== 'tag' && node.type !== 'root') return;
  const el = node as Element;
  const name = el.type === 'tag' ? el.name.toLowerCase() : '';
  if (name === 'br') {
    out.push(inCell ? ' ' : '\n');
    return;
  }
  if (name === 'pre') {
    out.push('\n', textOf(el), '\n');
    return;
  }
  const cell = name === 'td' || name === 'th';
  const block = BLOCK.has(name) && name !== 'table';
  const breakWith = inCell ? ' ' : '\n';
  if (block || name === 'tr') out.push(breakWith);
  for (const child of el.children) walk(child, out, inCell || cell);
  if (cell) out.push(' | ');
  if (block || name === 'tr') out.push(breakWith);
}

function textOf(el: Element): string {
  const parts: string[] = [];
  for (const c of el.children) if (c.type === 'text') parts.push(c.data);
  else if (c.type === 'tag') parts.push(textOf(c as Element));
  return parts.join('');
}
