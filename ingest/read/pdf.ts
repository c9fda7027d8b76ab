/**
 * PDF → text through its text layer (unpdf / pdf.js). A PDF with pages but (almost) no text
 * is a scan: we refuse it with a hint to OCR it, rather than ingest an empty document.
 */
import { extractText, getDocumentProxy } from 'unpdf';

export class PdfError extends Error {}

/** fewer visible characters per page than this means there is no real text layer */
const MIN_CHARS_PER_PAGE = 5;

export async function pdfToText(bytes: Buffer): Promise<string> {
  let pages: string[];
  let total: number;
  try {
    // pdf.js takes ownership of (and may detach) the buffer it is given: pass a copy
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    const result = await extractText(pdf, { mergePages: false });
    pages = result.text;
    total = result.totalPages;
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    throw new PdfError(/password/i.test(msg) ? 'encrypted PDF (password required)' : `unreadable PDF: ${msg.split('\n')[0]}`);
  }
  const visible = pages.join('').replace(/\s+/g, '').length;
  if (total === 0 || visible < MIN_CHARS_PER_PAGE * Math.max(1, total)) {
    throw new PdfError('no text layer (scanned PDF?); OCR it first');
  }
  // page breaks become blank lines, so a page never glues two paragraphs together
  return pages.map((p) => p.replace(/[ \t]+\n/g, '\n').trim()).join('\n\n');
}
