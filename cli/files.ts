import fs from 'node:fs';
import path from 'node:path';

const DOCUMENT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.html', '.htm', '.pdf', '.docx']);

/** Files under the given paths, folders walked recursively, in a stable order. */
export function collectFiles(inputs: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (p: string, explicit: boolean) => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      missing.push(p);
      return;
    }
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) {
        if (!name.startsWith('.')) walk(path.join(p, name), false);
      }
    } else if (explicit || DOCUMENT_EXTENSIONS.has(path.extname(p).toLowerCase())) {
      files.push(p);
    }
  };
  for (const input of inputs) walk(input, true);
  return { files, missing };
}
