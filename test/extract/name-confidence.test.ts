import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extract, RULES_ONLY, type NameConfidenceFile } from '../../ingest/extract/index.ts';
import { docFrom, names } from './helpers.ts';

const text = ['华新镇2025年工作计划', '一、重点工作', '推进澄溪村文化礼堂新建工程,由华新镇城建中心负责,落实《上海市城市更新条例》。'].join('\n');
/** a model that finds every programme ending in 工程 wrong */
const againstWorks: NameConfidenceFile = { about: 'test', models: { Programme: { threshold: 0.5, bias: 2, weights: { 'end2=工程': -10 } } } };

describe('names the confidence model finds unlikely', () => {
  it('drops a programme that scores below its threshold, with every relation at it', () => {
    const doc = docFrom(text);
    const kept = extract(doc, undefined, RULES_ONLY);
    const work = kept.entities.find((e) => e.type === 'Programme' && e.name.endsWith('工程'));
    expect(work, 'the rules find the work').toBeDefined();
    expect(kept.relations.some((r) => r.from === work!.id || r.to === work!.id)).toBe(true);

    const judged = extract(doc, undefined, againstWorks);
    expect(judged.entities.some((e) => e.id === work!.id)).toBe(false);
    expect(judged.relations.some((r) => r.from === work!.id || r.to === work!.id)).toBe(false);
    // the model has no say over the other labels
    expect(names(judged, 'Organisation')).toEqual(names(kept, 'Organisation'));
    expect(names(judged, 'Policy')).toEqual(names(kept, 'Policy'));
  });

  it('never judges a programme written wholly in quotes: the guide counts a quoted brand as a programme', () => {
    const quoted = ['华新镇2025年工作计划', '一、重点工作', '深化“邻里守望行动”,持续开展“双月讲堂”。'].join('\n');
    const doc = docFrom(quoted);
    const brand = (ex: ReturnType<typeof extract>) => ex.entities.filter((e) => e.type === 'Programme' && /^“[^”]+”$/.test(e.name)).map((e) => e.name);
    const againstBrands: NameConfidenceFile = { about: 'test', models: { Programme: { threshold: 0.5, bias: -10, weights: {} } } };
    expect(brand(extract(doc, undefined, RULES_ONLY))).toEqual(['“邻里守望行动”', '“双月讲堂”']);
    expect(brand(extract(doc, undefined, againstBrands))).toEqual(brand(extract(doc, undefined, RULES_ONLY)));
  });

  it('never judges a place the gazetteer data names (standalonePlaces: 淀山湖, 吴淞口国际邮轮港), as it never judges a standing body', () => {
    const lines = ['华新镇2025年工作计划', '一、重点工作', '做好淀山湖水环境保护，配合吴淞口国际邮轮港旅游旺季保障，推进澄溪村文化礼堂新建工程。'].join('\n');
    const doc = docFrom(lines);
    const againstPlaces: NameConfidenceFile = { about: 'test', models: { Place: { threshold: 0.5, bias: -10, weights: {} } } };
    expect(names(extract(doc, undefined, RULES_ONLY), 'Place')).toContain('澄溪村文化礼堂');
    const judged = names(extract(doc, undefined, againstPlaces), 'Place');
    expect(judged).toEqual(expect.arrayContaining(['淀山湖', '吴淞口国际邮轮港']));
    expect(judged).not.toContain('澄溪村文化礼堂');
  });

  it('weighs the relations a name takes part in: an organisation no work involves is judged apart from one that runs it', () => {
    const lines = ['华新镇2025年工作计划', '一、重点工作', '推进澄溪村文化礼堂新建工程,由华新镇城建中心负责。', '华新镇档案室整理卷宗。'].join('\n');
    const doc = docFrom(lines);
    const roles = (ex: ReturnType<typeof extract>, name: string) => {
      const org = ex.entities.find((e) => e.type === 'Organisation' && e.name === name);
      return org ? ex.relations.filter((r) => r.type !== 'MENTIONED_IN' && (r.from === org.id || r.to === org.id)).length : -1;
    };
    const rules = extract(doc, undefined, RULES_ONLY);
    expect(roles(rules, '华新镇城建中心')).toBeGreaterThan(0);
    expect(roles(rules, '华新镇档案室')).toBe(0);
    const againstLoneBodies: NameConfidenceFile = { about: 'test', models: { Organisation: { threshold: 0.5, bias: 2, weights: { 'link=none': -10 } } } };
    const judged = names(extract(doc, undefined, againstLoneBodies), 'Organisation');
    expect(judged).toContain('华新镇城建中心');
    expect(judged).not.toContain('华新镇档案室');
  });

  it('keeps a plainly named work with the shipped model', () => {
    expect(names(extract(docFrom(text)), 'Programme')).toContain('澄溪村文化礼堂新建工程');
  });

  it('ships a model for programmes, places and organisations, trained without the held-out documents', () => {
    const file = JSON.parse(readFileSync(new URL('../../ingest/data/name-confidence.json', import.meta.url), 'utf8')) as NameConfidenceFile;
    expect(Object.keys(file.models).sort()).toEqual(['Organisation', 'Place', 'Programme']);
    for (const model of Object.values(file.models)) {
      expect(model.threshold).toBeGreaterThan(0);
      expect(model.threshold).toBeLessThan(1);
      expect(Object.keys(model.weights).length).toBeGreaterThan(100);
    }
    expect(file.about).toMatch(/not in held-out\.txt/);
  });
});

describe('the cut of a name the model reads', () => {
  it('follows a change to the dictionary after the name was read once (the shapes are memoised)', async () => {
    const { nameFeatures } = await import('../../ingest/extract/name-confidence.ts');
    const { insertWord } = await import('../../ingest/extract/tokens.ts');
    // rare characters no other test reads: jieba cuts them one by one until they are a word
    const name = '龘靐齉工程';
    const words = () => nameFeatures(name, '', '', 1).find((f) => f.startsWith('words='));
    expect(words()).not.toBe('words=2');
    insertWord('龘靐齉', 'nz');
    expect(nameFeatures(name, '', '', 1)).toContain('firstWord=nz3');
    expect(words()).toBe('words=2');
  });
});
