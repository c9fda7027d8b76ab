/**
 * Names that jieba's segmentation breaks apart: 和 inside a name, a suffix glued to the next
 * word, a brand term that ends like a place, an office abbreviation with a descriptive prefix,
 * and objects joined by 和 before a project's action. Invented names, no seed strings.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../ingest/extract/index.ts';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { tokenize } from '../../ingest/extract/tokens.ts';
import nodejieba from 'nodejieba';
import { names, plan } from './helpers.ts';


describe('names jieba splits', () => {
  it('keeps 和 inside a place name when a single character would be the whole left conjunct', () => {
    const sentence = '1.推进国和一村美丽家园修缮,支持国和路沿街商铺开展促消费活动。';
    const ex = plan(sentence, '2.在国和居民区试点议事机制。');
    // the premise: jieba reads 和 as a conjunction here
    expect(tokenize(sentence, 0).map((t) => t.word)).toEqual(expect.arrayContaining(['国', '和']));
    expect(names(ex, 'Place')).toEqual(expect.arrayContaining(['国和一村', '国和路', '国和居民区']));
    expect(names(ex, 'Place')).not.toContain('一村');
  });

  it('leaves a real conjunction of two words alone', () => {
    const ex = plan('1.加强道路和桥梁养护,做好镇和村两级联动。');
    expect(names(ex, 'Place').filter((n) => n.includes('和'))).toEqual([]);
  });

  it('does not read a policy or programme term that ends like a place (美丽家园) as a place', () => {
    const ex = plan('1.推进青松一村美丽家园修缮二期,同步完成雨污分流改造。');
    expect(names(ex, 'Place')).toContain('青松一村');
    expect(names(ex, 'Place').some((n) => n.endsWith('美丽家园'))).toBe(false);
    expect(names(ex, 'Programme')).toContain(nameKey('青松一村美丽家园修缮二期'));
  });

  it('finds a place whose suffix jieba glued to the next word as an unknown word', () => {
    const sentence = '1.实施东沙塘绿道提升,新建滨河步道2公里。';
    const ex = plan(sentence);
    const glued = tokenize(sentence, 0).find((t) => t.word.startsWith('塘'));
    expect(glued).toMatchObject({ word: '塘绿道', tag: 'x' }); // the premise: 塘 starts an unknown word
    // the greenway named after the river (绿道 is a kind of place since round 15), not a cut-off 东沙
    expect(names(ex, 'Place')).toContain('东沙塘绿道');
    expect(names(ex, 'Place')).not.toContain('滨河步道'); // 滨河 is a description, not a name
    expect(names(ex, 'Programme')).toContain('东沙塘绿道提升');
  });

  it('names an office abbreviation (…办) with its descriptive prefix', () => {
    const ex = plan('1.街道营商服务办会同市场监管所开展走访。');
    expect(names(ex, 'Organisation')).toContain('街道营商服务办');
  });

  it('joins the objects of one action by 和 into the project name, but not two projects', () => {
    const ex = plan('1.推进长宁路、松江路架空线入地和杆箱整治。');
    expect(names(ex, 'Programme')).toContain(nameKey('长宁路、松江路架空线入地和杆箱整治'));
  });

  it('keeps a character jieba read as a verb between characters of an unknown name (潮/n 鸣/v 蜜/n 梨/n 合作社)', () => {
    const ex = plan('1.培育潮鸣蜜梨合作社等市级示范合作社，蚬墩幼儿园通过一级园评估。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['潮鸣蜜梨合作社', '蚬墩幼儿园'].map(nameKey)));
    expect(names(ex, 'Organisation')).not.toContain(nameKey('蜜梨合作社'));
  });

  it('cuts the measure word of a count off the unknown word jieba glued it to (3/个大居/x 基地)', () => {
    const sentence = '1.全镇4个大居基地完成配套建设，建成2个大居社区服务站。';
    // the premise: jieba's model for unknown words reads the measure and 大居 as one word
    expect(nodejieba.cut(sentence, true)).toContain('个大居');
    expect(tokenize(sentence, 0).map((t) => t.word)).toEqual(expect.arrayContaining(['个', '大居']));
    const ex = plan(sentence);
    expect(names(ex, 'Place').filter((n) => /^[个条座处家]/.test(n))).toEqual([]);
  });
});
