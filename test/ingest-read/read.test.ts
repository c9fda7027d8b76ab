import { mkdtempSync, openSync, readFileSync, rmSync, writeSync, closeSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../ingest/read/index.ts';
import { normaliseText } from '../../ingest/read/normalise.ts';
import { IngestError } from '../../ingest/types.ts';
import { buildDocx, buildPdf } from './builders.ts';

const seed = (n: string) => readFileSync(new URL(`../../seeds/${n}`, import.meta.url));
const SEED = '001_0966fad142695441.txt';
const bad = (n: string) => new URL(`../fixtures/bad-input/${n}`, import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'ingest-read-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function reason(p: Promise<unknown>): Promise<string> {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(IngestError);
  return (err as IngestError).reason;
}

describe('normalisation', () => {
  it('is length-preserving and converts the full-width ASCII block', () => {
    const raw = '（一）加装电梯：竣工２０台，完成率５０％！ＡＢＣ\u3000a\r\nb\rc、。《》“”〔〕';
    const out = normaliseText(raw);
    expect(out.length).toBe(raw.length);
    expect(out).toBe('(一)加装电梯:竣工20台,完成率50%!ABC a \nb\nc、。《》“”〔〕');
  });
});

describe('readDocument: text encodings', () => {
  const text = seed(SEED).toString('utf8');

  it('reads UTF-8 seeds unchanged', async () => {
    const d = await readDocument(join('seeds', SEED), seed(SEED));
    expect(d).toMatchObject({ format: 'text', encoding: 'UTF-8', warnings: [] });
    expect(d.text).toBe(normaliseText(text));
    expect(d.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('strips a UTF-8 BOM', async () => {
    const d = await readDocument('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), seed(SEED)]));
    expect(d.encoding).toBe('UTF-8');
    expect(d.text.startsWith('关于印发')).toBe(true);
  });

  it('detects GB18030 and GBK (not assumed from the extension)', async () => {
    for (const enc of ['gb18030', 'gbk']) {
      const file = join(tmp, `seed-${enc}.txt`);
      writeFileSync(file, iconv.encode(text, enc));
      const d = await readDocument(file);
      expect(d.encoding).toBe('GB18030');
      expect(d.text).toBe(normaliseText(text));
      expect(d.warnings).toEqual([]);
    }
  });

  it('reads UTF-16 with a BOM', async () => {
    const d = await readDocument('u16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]));
    expect(d.encoding).toBe('UTF-16LE');
    expect(d.text).toBe(normaliseText(text));
  });

  it('warns on truncated UTF-8 instead of returning silent garbage', async () => {
    const d = await readDocument(bad('truncated-utf8.txt'));
    expect(d.encoding).toBe('UTF-8');
    expect(d.warnings.join()).toMatch(/truncated UTF-8/);
    expect(d.text.startsWith('上海市浦东新区潍坊新村街道')).toBe(true);
  });

  it('warns about a few invalid bytes in the middle', async () => {
    const bytes = Buffer.concat([Buffer.from(text.slice(0, 2000)), Buffer.from([0xff]), Buffer.from(text.slice(2000))]);
    const d = await readDocument('bad-byte.txt', bytes);
    expect(d.encoding).toBe('UTF-8');
    expect(d.warnings.join()).toMatch(/1 invalid byte sequence/);
  });
});

describe('readDocument: HTML, DOCX, PDF', () => {
  it('keeps the main text of HTML, without scripts, nav, header, footer', async () => {
    const html = `<!DOCTYPE html><html><head><meta charset="gbk"><title>张江镇2023年工作计划_规划计划_浦东新区人民政府门户网站</title>
      <script>var tracking = "不要我";</script><style>.x{}</style></head><body>
      <header><div class="logo">浦东新区人民政府</div></header>
      <nav><ul><li><a href="/">首页</a></li><li><a href="/a">政务公开</a></li><li><a href="/b">互动交流</a></li></ul></nav>
      <div class="xxgk"><table><tr><td>索引号</td><td>SY-1</td><td>发布机构</td><td>张江镇</td></tr></table></div>
      <div class="article"><h1>张江镇2023年工作计划</h1><p>一、总体要求</p><p>（一）加装电梯。年内完成２０台。</p><p>第二段<br>换行</p></div>
      <aside>相关链接</aside><footer>版权所有 © 2023</footer></body></html>`;
    const d = await readDocument('page.html', iconv.encode(html, 'gbk'));
    expect(d.format).toBe('html');
    expect(d.encoding).toBe('GB18030');
    expect(d.text).not.toMatch(/不要我|首页|版权所有|相关链接|浦东新区人民政府\n/);
    expect(d.text).toContain('索引号 | SY-1 | 发布机构 | 张江镇 |');
    expect(d.text).toContain('一、总体要求\n\n(一)加装电梯。年内完成20台。');
    expect(d.text).toContain('第二段\n换行');
    expect(d.text.split('\n')[0]).toBe('张江镇2023年工作计划_规划计划_浦东新区人民政府门户网站');
  });

  it('sniffs HTML by content even with a .txt extension', async () => {
    const d = await readDocument('page.txt', Buffer.from('<html><body><p>潍坊新村街道工作计划正文内容在这里。</p></body></html>'));
    expect(d.format).toBe('html');
  });

  it('reads DOCX paragraphs and tables', async () => {
    const docx = buildDocx(['潍坊新村街道2023年工作计划', '一、指导思想', '（一）加装电梯。年内完成２０台。'], [['索引号', 'SY-1'], ['发布时间', '2023-02-21']]);
    const d = await readDocument('plan.docx', docx);
    expect(d.format).toBe('docx');
    expect(d.text).toContain('索引号 | SY-1 |');
    expect(d.text).toContain('一、指导思想\n\n(一)加装电梯。年内完成20台。');
  });

  it('reads a PDF text layer', async () => {
    const d = await readDocument('plan.pdf', buildPdf(['Shanghai Work Plan 2023', 'Target: 20 elevators (50%)']));
    expect(d.format).toBe('pdf');
    expect(d.text).toBe('Shanghai Work Plan 2023\nTarget: 20 elevators (50%)');
  });
});

describe('readDocument: bad input', () => {
  it('refuses an empty file', async () => {
    expect(await reason(readDocument(bad('empty.txt')))).toBe('empty file');
    expect(await reason(readDocument('ws.txt', Buffer.from(' \n\u3000\n')))).toMatch(/empty file/);
  });

  it('refuses a binary file', async () => {
    expect(await reason(readDocument(bad('binary.dat')))).toMatch(/^binary file/);
    const noisy = Buffer.alloc(4096, 0x41);
    for (let i = 0; i < noisy.length; i += 10) noisy[i] = 0x01;
    expect(await reason(readDocument('noisy.txt', noisy))).toMatch(/^binary file .*control bytes/);
  });

  it('refuses HTML that is only scripts', async () => {
    expect(await reason(readDocument(bad('scripts-only.html')))).toBe('HTML has no readable text (only scripts/markup)');
  });

  it('refuses a scanned PDF without text layer, and a broken PDF', async () => {
    expect(await reason(readDocument('scan.pdf', buildPdf(null)))).toBe('no text layer (scanned PDF?); OCR it first');
    expect(await reason(readDocument('broken.pdf', Buffer.from('%PDF-1.4\nnot really')))).toMatch(/^unreadable PDF/);
    expect(await reason(readDocument('fake.pdf', Buffer.from('纯文本')))).toBe('not a PDF (no %PDF header)');
  });

  it('refuses a missing file and legacy .doc', async () => {
    expect(await reason(readDocument(join(tmp, 'nope.txt')))).toMatch(/cannot read file \(ENOENT\)/);
    expect(await reason(readDocument('old.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])))).toMatch(/legacy Office/);
  });

  it('refuses a 50 MB text quickly by size, and decodes it when the limit is raised', async () => {
    const file = join(tmp, 'big.txt');
    const chunk = Buffer.from(seed(SEED).toString('utf8').repeat(8));
    const fd = openSync(file, 'w');
    let written = 0;
    while (written < 50 * 1024 * 1024) written += writeSync(fd, chunk);
    closeSync(fd);
    const t0 = Date.now();
    expect(await reason(readDocument(file))).toMatch(/^file too large \(5\d\.\d MB > 20\.0 MB limit/);
    expect(Date.now() - t0).toBeLessThan(1000);
    const d = await readDocument(file, undefined, { maxBytes: 64 * 1024 * 1024 });
    expect(d.encoding).toBe('UTF-8');
    expect(d.text.length).toBeGreaterThan(15_000_000);
  });
});
