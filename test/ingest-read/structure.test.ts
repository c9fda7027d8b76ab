import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseText, readDocument } from '../../ingest/read/index.ts';
import { structureDocument } from '../../ingest/structure/index.ts';
import type { StructuredDocument } from '../../ingest/types.ts';
import { buildDocx } from './builders.ts';

const SEEDS = {
  s000: '000_cde9a71d8de4f3a8.txt',
  s001: '001_0966fad142695441.txt',
  s002: '002_a21819862bf6781b.txt',
  s003: '003_656eba83b3429dfe.txt',
  s004: '004_013173d67734eaa2.txt',
};
const load = async (file: string) => structureDocument(await readDocument(new URL(`../../seeds/${file}`, import.meta.url).pathname));
const at = (d: StructuredDocument, s: { start: number; end: number }) => d.decoded.text.slice(s.start, s.end);
const fromText = (text: string, path = 'mem.txt') =>
  structureDocument({ path, format: 'text', encoding: 'UTF-8', contentHash: '0', text: normaliseText(text), warnings: [] });

describe('metadata of the seeds', () => {
  it('000 嘉定镇街道: colon lines with several fields', async () => {
    const d = await load(SEEDS.s000);
    expect(d.metadata).toMatchObject({
      title: '2023年嘉定镇街道规划计划', indexNumber: '00001434-9/2023-00000020', docNumber: null, issuer: null,
      publishedAt: '2023-01-04', topic: '重大行动计划', docType: 'work-plan', period: null, year: 2023,
    });
    expect(at(d, d.metadata.titleSpan!)).toBe(d.metadata.title);
    expect(d.district?.id).toBe('district:嘉定镇街道');
  });

  it('001 潍坊新村街道: | table, 发文字号, period', async () => {
    const d = await load(SEEDS.s001);
    expect(d.metadata).toMatchObject({
      indexNumber: 'SY-310115-2023-00728', docNumber: '浦潍委〔2023〕5号', issuer: '潍坊新村街道',
      publishedAt: '2023-02-21', disclosure: '主动公开', docType: 'action-plan', period: '2022-2025',
    });
    expect(d.metadata.title).toBe('关于印发《潍坊新村街道整体提升打造精品城区专项行动计划 (2022-2025)》的通知');
    expect(d.district?.id).toBe('district:潍坊新村街道');
    expect(d.district?.parent).toBe('district:浦东新区');
  });

  it('002 万里街道: a date before 来源', async () => {
    const d = await load(SEEDS.s002);
    expect(d.metadata).toMatchObject({ title: '普陀区万里街道2021年工作计划', issuer: '上海普陀', publishedAt: '2021-02-26', docType: 'work-plan', year: 2021 });
    expect(d.district?.id).toBe('district:万里街道');
  });

  it('003 淞南镇: site-name suffix, bullet list, space-separated label', async () => {
    const d = await load(SEEDS.s003);
    expect(d.metadata).toMatchObject({
      title: '2021年淞南镇人民政府工作报告', issuer: '淞南镇', publishedAt: '2021-01-21', topic: '政务公开',
      disclosure: '主动公开', docNumber: null, docType: 'work-report', year: 2021,
    });
    expect(d.district?.id).toBe('district:淞南镇');
    expect(d.authors).toEqual([]);
  });

  it('004 张江镇: | table with an empty value, spaced author name', async () => {
    const d = await load(SEEDS.s004);
    expect(d.metadata).toMatchObject({
      title: '张江镇第五届人民代表大会第四次会议政府工作报告', indexNumber: null, issuer: '张江镇',
      publishedAt: '2023-08-03', disclosure: '主动公开', docType: 'work-report', year: 2023,
    });
    expect(d.district?.id).toBe('district:张江镇');
    expect(d.authors).toHaveLength(1);
    expect(d.authors[0].name).toBe('李灿');
    expect(at(d, d.authors[0].span)).toBe('李 灿');
  });

  it('warns when a document has no recognisable metadata', async () => {
    const d = structureDocument(await readDocument(new URL('../fixtures/bad-input/no-metadata.txt', import.meta.url).pathname));
    expect(d.warnings.join()).toMatch(/no recognisable metadata/);
    expect(d.district).toBeNull();
    expect(d.metadata.publishedAt).toBeNull();
  });
});

describe('outline and section modes', () => {
  it('nests 一、 (一) 1. and keeps headings offset-exact', async () => {
    const d = await load(SEEDS.s000);
    const top = d.sections.filter((s) => s.parent === -1);
    expect(top.map((s) => s.heading.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、']);
    const child = d.sections.find((s) => s.heading === '1.积极改善群众居住环境')!;
    expect(child.level).toBe(3);
    expect(d.sections[child.parent].heading).toBe('(二)补齐民生基础设施短板');
    expect(d.sections[d.sections[child.parent].parent].level).toBe(1);
    for (const s of d.sections) {
      expect(at(d, s.headingSpan)).toBe(s.heading);
      if (s.parent >= 0) {
        const p = d.sections[s.parent].span;
        expect(p.start <= s.span.start && s.span.end <= p.end).toBe(true);
      }
    }
    expect(d.sections.every((s) => s.mode === 'plan')).toBe(true); // a work plan plans
  });

  it('reads review and plan parts of a report (第一部分 上半年 / 第二部分 下半年)', async () => {
    const d = await load(SEEDS.s004);
    const part1 = d.sections.findIndex((s) => s.heading.startsWith('第一部分'));
    const part2 = d.sections.findIndex((s) => s.heading.startsWith('第二部分'));
    expect(d.sections[part1].mode).toBe('review');
    expect(d.sections[part2].mode).toBe('plan');
    const firstChild = d.sections[part1 + 1];
    expect(firstChild.parent).toBe(part1);
    expect(firstChild.level).toBe(1);
    expect(d.sections.filter((s) => s.parent === part1).every((s) => s.mode === 'review')).toBe(true);
    const sentence = d.sentences.find((s) => s.text.includes('共计完成税收20.17亿元'))!;
    expect(d.sections[sentence.section].mode).toBe('review');
  });

  it('uses the year in a heading against the report year (2020年工作回顾 / 2021年工作打算)', async () => {
    const d = await load(SEEDS.s003);
    expect(d.sections.find((s) => s.heading === '一、2020年工作回顾')?.mode).toBe('review');
    expect(d.sections.find((s) => s.heading === '三、2021年工作打算')?.mode).toBe('plan');
    const s = d.sections.find((x) => x.heading.startsWith('(一)全力打好疫情阻击战'))!;
    expect(s.mode).toBe('review');
    expect(fromText('2022年工作报告\n一、去年工作\n(一)经济\n二、2023年重点\n').sections.map((x) => x.mode)).toEqual(['review', 'review', 'plan']);
  });

  it('treats (一) and （一） alike and ignores 1.5亿', () => {
    const text = '某街道2023年工作计划\n（一）第一项\n1.5亿元投入完成。\n(二)第二项\n（1）细项\n';
    const expected = [['(一)第一项', 2, -1], ['(二)第二项', 2, -1], ['(1)细项', 4, 1]];
    expect(fromText(text).sections.map((s) => [s.heading, s.level, s.parent])).toEqual(expected);
    // without normalisation the full-width forms are still headings
    const raw = structureDocument({ path: 'raw.txt', format: 'text', encoding: 'UTF-8', contentHash: '0', text, warnings: [] });
    expect(raw.sections.map((s) => s.level)).toEqual([2, 2, 4]);
  });
});

describe('sentences and list items', () => {
  it('splits on 。;!? and lines, spans exact, list items marked', async () => {
    const d = await load(SEEDS.s000);
    for (const s of d.sentences) expect(at(d, s.span)).toBe(s.text);
    const item = d.sentences.find((s) => s.text.startsWith('2.大力推进加装电梯工作'))!;
    expect(item.text).toBe('2.大力推进加装电梯工作。');
    expect(item.isListItem).toBe(true);
    const target = d.sentences.find((s) => s.text.includes('竣工不少于20台'))!;
    expect(target.isListItem).toBe(true);
    expect(d.sections[target.section].heading).toBe('2.大力推进加装电梯工作');
    expect(d.sentences.some((s) => s.text.includes('索引号'))).toBe(false); // metadata is not body
  });

  it('does not split inside 《》 and keeps closing quotes', () => {
    const d = fromText('一、总则\n贯彻《关于推进“15分钟社区生活圈”的意见。试行》精神。完成“美丽家园”建设。”下一句!\n');
    expect(d.sentences.map((s) => s.text)).toEqual(['贯彻《关于推进“15分钟社区生活圈”的意见。试行》精神。', '完成“美丽家园”建设。”', '下一句!']);
  });
});

describe('glossary', () => {
  it('links 名词解释 entries to the ①② marks in the body (seed 004)', async () => {
    const d = await load(SEEDS.s004);
    expect(d.glossary).toHaveLength(18);
    const e = d.glossary.find((g) => g.term === '一路三园')!;
    expect(e.mark).toBe('⑫');
    expect(e.definition.startsWith('一路:张江路;三园:')).toBe(true);
    expect(at(d, e.termSpan)).toBe('一路三园');
    expect(at(d, e.definitionSpan)).toBe(e.definition);
    expect(e.markSpans).toHaveLength(1);
    expect(d.decoded.text.slice(e.markSpans[0].start - 6, e.markSpans[0].end)).toBe('“一路三园”⑫');
    const glossarySection = d.sections.find((s) => s.heading.includes('名词解释'))!;
    expect(glossarySection.mode).toBe('neutral');
  });

  it('reads entries that start with the mark, without a heading', () => {
    const text = '一、党建\n合力推进“四责协同”机制①,落实河长制②。\n\n①“四责协同”机制:党委主体责任、纪委监督责任协同。\n②河长制:由各级党政负责人担任河长。\n';
    const d = fromText(text);
    expect(d.glossary.map((g) => [g.mark, g.term, g.definition])).toEqual([
      ['①', '“四责协同”机制', '党委主体责任、纪委监督责任协同。'],
      ['②', '河长制', '由各级党政负责人担任河长。'],
    ]);
    expect(text.slice(d.glossary[0].markSpans[0].start - 1, d.glossary[0].markSpans[0].end)).toBe('制①');
  });
});

describe('other formats through structure', () => {
  it('finds metadata in a DOCX table', async () => {
    const docx = buildDocx(['2023年张江镇工作计划', '一、总体要求', '（一）加装电梯。年内完成２０台。'], [['索引号', 'SY-1', '发布机构', '张江镇'], ['发布时间', '2023年3月1日', '公开类别', '主动公开']]);
    const d = structureDocument(await readDocument('plan.docx', docx));
    expect(d.metadata).toMatchObject({ title: '2023年张江镇工作计划', indexNumber: 'SY-1', issuer: '张江镇', publishedAt: '2023-03-01', disclosure: '主动公开', docType: 'work-plan' });
    expect(d.district?.id).toBe('district:张江镇');
  });

  it('reads GB18030 seeds to the same structure as UTF-8', async () => {
    const { default: iconv } = await import('iconv-lite');
    const raw = readFileSync(new URL(`../../seeds/${SEEDS.s003}`, import.meta.url));
    const a = await load(SEEDS.s003);
    const b = structureDocument(await readDocument('x.txt', iconv.encode(raw.toString('utf8'), 'gb18030')));
    expect(b.metadata).toEqual(a.metadata);
    expect(b.sections).toEqual(a.sections);
  });
});

describe('a metadata table exported one cell per line', () => {
  const d = fromText(
    ['临汾路街道2025年社区治理工作要点_上海市静安区人民政府', '', '信息名称', '临汾路街道2025年社区治理工作要点', '索引号', 'SY-310106-2025-00001', '发布机构', '临汾路街道', '文号', '静临委〔2025〕3号', '生成日期', '2025-03-01', '公开方式', '主动公开', '', '一、工作目标', '全年完成治理项目10个。'].join('\n'),
  );

  it('reads each label with the value on the next line, and cuts a government site suffix off the title', () => {
    expect(d.metadata).toMatchObject({
      title: '临汾路街道2025年社区治理工作要点', indexNumber: 'SY-310106-2025-00001', issuer: '临汾路街道',
      docNumber: '静临委〔2025〕3号', publishedAt: '2025-03-01', disclosure: '主动公开',
    });
  });

  it('takes no metadata label for a report author (文号 starts with a surname)', () => {
    expect(d.authors).toEqual([]);
  });
});

describe('a speaker line under a report title', () => {
  it('names the speaker whatever the surname, from the surnames extraction reads people by (names.json)', () => {
    const d = fromText(['某镇2025年政府工作报告', '——2025年1月8日在某镇第十八届人民代表大会第五次会议上', '镇长　郜启明', '各位代表：', '现在，我代表镇人民政府作工作报告。'].join('\n'));
    expect(d.authors.map((a) => a.name)).toEqual(['郜启明']);
  });
});
