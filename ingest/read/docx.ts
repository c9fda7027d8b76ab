/**
 * DOCX → text. mammoth converts to HTML first so that tables (where 发文字号/发布机构 often
 * sit) come out as ` | ` rows like every other source, then the HTML reader flattens it.
 */
import mammoth from 'mammoth';
import { htmlToText } from './html.ts';

export class DocxError extends Error {}

export async function docxToText(bytes: Buffer): Promise<{ text: string; warnings: string[] }> {
  try {
    const result = await mammoth.convertToHtml({ buffer: bytes });
    const warnings = result.messages
      .filter((m) => m.type === 'error')
      .map((m) => `docx: ${m.message}`);
    return { text: htmlToText(`<html><body>${result.value}</body></html>`), warnings };
  } catch (err) {
    throw new DocxError(`unreadable DOCX: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`);
  }
}
