/**
 * Stage 1, decode: a file (text in any common Chinese encoding, HTML, PDF, DOCX) → one
 * normalised string that every later offset indexes. Unreadable input raises IngestError with
 * a one-line reason; recoverable trouble (replaced bytes) becomes a warning.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync, type Stats } from 'node:fs';
import { IngestError, type DecodedDocument, type SourceFormat } from '../types.ts';
import { decodeText, UndecodableError } from './encoding.ts';
import { charsetFromHtml, htmlToText } from './html.ts';
import { normaliseText } from './normalise.ts';
import { pdfToText } from './pdf.ts';
import { docxToText } from './docx.ts';
import { sniffFormat } from './sniff.ts';

export { normaliseText, normaliseChar } from './normalise.ts';
export { htmlToText } from './html.ts';
export { metadataLabels, labelToField, type MetadataField } from './labels.ts';

export interface ReadOptions {
  /** files above this size are refused (default: env KG_MAX_FILE_BYTES, else 20 MB) */
  maxBytes?: number;
}

const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** an HTML page with less visible text than this is all script/markup */
const MIN_HTML_TEXT = 10;

export function defaultMaxBytes(): number {
  const env = Number(process.env.KG_MAX_FILE_BYTES);
  return Number.isFinite(env) && env > 0 ? env : DEFAULT_MAX_BYTES;
}

/** share of control characters in decoded text above which it is binary after all */
const MAX_CONTROL_SHARE = 0.02;
const controlShare = (text: string) =>
  (text.slice(0, 65536).match(/[\u0000-\u0008\u000e-\u001a\u001c-\u001f\u007f]/g)?.length ?? 0) /
  Math.max(1, Math.min(text.length, 65536));

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/**
 * Reads and decodes one document. Large files are refused before they are read (a size
 * check, not a stream): later stages hold the whole text in memory several times over, so a
 * clear error beats a slow crash. Raise the limit with `maxBytes` or KG_MAX_FILE_BYTES.
 */
export async function readDocument(path: string, bytes?: Buffer, options: ReadOptions = {}): Promise<DecodedDocument> {
  const maxBytes = options.maxBytes ?? defaultMaxBytes();
  const fail = (reason: string): never => {
    throw new IngestError(path, reason);
  };
  if (!bytes) {
    // synchronous: one small file per call, on a worker thread or a CLI; the promise versions
    // cost several times the CPU in thread-pool hand-offs, which showed in extraction throughput
    let info: Stats;
    try {
      info = statSync(path);
    } catch (e) {
      return fail(`cannot read file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    if (!info.isFile()) fail('not a regular file');
    if (info.size > maxBytes) fail(`file too large (${mb(info.size)} > ${mb(maxBytes)} limit; raise KG_MAX_FILE_BYTES)`);
    bytes = readFileSync(path);
  }
  if (bytes.length === 0) fail('empty file');
  if (bytes.length > maxBytes) fail(`file too large (${mb(bytes.length)} > ${mb(maxBytes)} limit; raise KG_MAX_FILE_BYTES)`);

  const sniffed = sniffFormat(path, bytes);
  if ('refuse' in sniffed) return fail(sniffed.refuse);
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  const { text, encoding, warnings } = await decodeByFormat(path, sniffed.format, bytes).catch((err: unknown) => {
    if (err instanceof IngestError) throw err;
    return fail(err instanceof Error ? err.message : String(err));
  });
  if (controlShare(text) > MAX_CONTROL_SHARE) fail('binary file (decoded text is mostly control characters)');
  const normalised = normaliseText(text);
  if (!/\S/.test(normalised)) fail(sniffed.format === 'text' ? 'empty file (only whitespace)' : `empty ${sniffed.format} (no text)`);
  return { path, format: sniffed.format, encoding, contentHash, text: normalised, warnings };
}

async function decodeByFormat(
  path: string,
  format: SourceFormat,
  bytes: Buffer,
): Promise<{ text: string; encoding: string; warnings: string[] }> {
  switch (format) {
    case 'pdf':
      return { text: await pdfToText(bytes), encoding: 'PDF', warnings: [] };
    case 'docx': {
      const { text, warnings } = await docxToText(bytes);
      return { text, encoding: 'UTF-8', warnings };
    }
    case 'html': {
      const decoded = decodeOrFail(path, bytes, charsetFromHtml(bytes));
      const text = htmlToText(decoded.text);
      if (text.replace(/\s+/g, '').length < MIN_HTML_TEXT) {
        throw new IngestError(path, 'HTML has no readable text (only scripts/markup)');
      }
      return { ...decoded, text };
    }
    case 'text':
      return decodeOrFail(path, bytes);
  }
}

function decodeOrFail(path: string, bytes: Buffer, declared?: string | null) {
  try {
    return decodeText(bytes, declared);
  } catch (err) {
    if (err instanceof UndecodableError) throw new IngestError(path, err.message);
    throw err;
  }
}
