/**
 * What kind of file is this? Content decides (magic bytes, markup), the extension only
 * breaks ties — a `.txt` that is really HTML is read as HTML, a `.pdf` without `%PDF` is refused.
 */
import { extname } from 'node:path';
import type { SourceFormat } from '../types.ts';
import { looksLikeUtf16 } from './encoding.ts';

export type Sniffed = { format: SourceFormat } | { refuse: string };

const SAMPLE = 64 * 1024;
/** share of control bytes above which a file is binary, not text */
const MAX_CONTROL_SHARE = 0.02;

const startsWith = (bytes: Buffer, sig: string | number[]) =>
  (typeof sig === 'string' ? Buffer.from(sig, 'latin1') : Buffer.from(sig)).equals(bytes.subarray(0, sig.length));

export function sniffFormat(path: string, bytes: Buffer): Sniffed {
  const ext = extname(path).toLowerCase();
  const head = bytes.subarray(0, SAMPLE);
  if (startsWith(head, '%PDF-') || head.subarray(0, 1024).includes('%PDF-')) return { format: 'pdf' };
  if (ext === '.pdf') return { refuse: 'not a PDF (no %PDF header)' };
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    // zip entry names are stored uncompressed, so the main part's name is visible in the bytes
    if (bytes.includes('word/document.xml')) return { format: 'docx' };
    return { refuse: `unsupported format: zip archive${ext ? ` (${ext})` : ''} that is not a DOCX` };
  }
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0])) {
    return { refuse: 'legacy Office binary (.doc/.xls); save it as .docx first' };
  }
  if (ext === '.docx') return { refuse: 'not a DOCX (no zip header)' };
  const binary = binaryReason(head);
  if (binary) return { refuse: binary };
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml' || looksLikeHtml(head)) return { format: 'html' };
  return { format: 'text' };
}

/** NUL bytes or many control characters mean binary — except in UTF-16, where NULs are normal. */
function binaryReason(head: Buffer): string | null {
  if (looksLikeUtf16(head)) return null;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i];
    if (b === 0) return 'binary file (contains NUL bytes)';
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) || b === 0x7f) control++;
  }
  if (head.length && control / head.length > MAX_CONTROL_SHARE) {
    return `binary file (${((100 * control) / head.length).toFixed(1)}% control bytes)`;
  }
  return null;
}

function looksLikeHtml(head: Buffer): boolean {
  const s = head.subarray(0, 4096).toString('latin1').trimStart().toLowerCase();
  if (/^(<\?xml[^>]*>\s*)?<!doctype html/.test(s) || s.startsWith('<html')) return true;
  // markup-heavy files with the usual page tags, even without a doctype
  return /<(html|head|body)[\s>]/.test(s) && /<\/(p|div|body|html|title)>/.test(s);
}
