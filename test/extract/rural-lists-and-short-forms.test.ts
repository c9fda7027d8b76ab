/**
 * Extraction pass 9 (from the round-6 held-out misses): a district's short form kept whole by
 * the segmenter, numbered national roads, places listed before a quoted programme, villages and
 * rivers named by common words when listed with their kind, 和 before a one-character name,
 * rosters with rarer surnames, and what is not a place (新开河道, 和美乡村, 村庄小微绿地).
 * Invented names and gazetteer data, no seed or fixture sentences.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../ingest/extract/index.ts';
import { tokenize } from '../../ingest/extract/tokens.ts';
import type { Extraction } from '../../ingest/types.ts';
import { docFrom, names, plan } from './helpers.ts';


describe('segmentation of district short forms', () => {
  it('keeps a town short form whole, so its last character is not read as a suffix', () => {
    plan('1.预热。');
    const words = tokenize('推进新浜港整治和新浜工业园区减量化', 0).map((t) => t.word);
    expect(words).toContain('新浜');
    const ex = plan('1.推进新浜港、沈巷浜生态清洁小流域建设。', '2.推进新浜工业园区低效用地减量化200亩。');
    expect(names(ex, 'Place')).toEqual(expect.arrayContaining(['新浜港', '新浜工业园区']));
    expect(names(ex, 'Place').some((n) => /^浜/.test(n))).toBe(false);
  });
});

describe('roads and rivers', () => {
  it('names a national road by its number and a programme on a stretch of it', () => {
    const ex = plan('1.实施228国道华新段沿线环境综合整治,整治点位30处。');
    expect(names(ex, 'Place')).toContain('228国道');
    expect(names(ex, 'Programme')).toContain('228国道华新段沿线环境综合整治');
  });

  it('takes a river named by a common word when it is listed with another river', () => {
    const ex = plan('1.实施杨家河、胜利港水系连通工程。');
    expect(names(ex, 'Place')).toEqual(expect.arrayContaining(['杨家河', '胜利港']));
    expect(names(ex, 'Programme')).toContain('杨家河、胜利港水系连通工程');
  });

  it('does not take a newly dug channel (新开河道) for a river', () => {
    const ex = plan('1.新开河道2.1公里,疏浚河道8公里。');
    expect(names(ex, 'Place')).toEqual([]);
  });
});

describe('villages and lists', () => {
  it('takes a village named by a lead verb when listed with another village', () => {
    const ex = plan('1.胜利村与联合村市级美丽乡村示范村创建通过验收。');
    expect(names(ex, 'Place')).toEqual(expect.arrayContaining(['胜利村', '联合村']));
  });

  it('starts a one-character village name with 和 after a list joiner', () => {
    const ex = plan('1.在联合村、和庄村建设湿垃圾处理站2座。');
    expect(names(ex, 'Place')).toContain('和庄村');
    expect(names(ex, 'Place')).not.toContain('庄村');
  });

  it('keeps the places listed before a quoted programme as places', () => {
    const ex = plan('1.完成鲁家二村、蒙山新苑2个小区“美丽家园”改造。');
    expect(names(ex, 'Place')).toEqual(expect.arrayContaining(['鲁家二村', '蒙山新苑']));
  });

  it('makes no place of 和美乡村 or of generic small green spaces', () => {
    const ex = plan('1.建设宜居宜业和美乡村,建设村庄小微绿地15处。');
    expect(names(ex, 'Place')).toEqual([]);
  });
});

describe('bodies', () => {
  it('names a task force from its district over the verbs of its task', () => {
    const ex = plan('1.成立华新镇农村人居环境整治提升工作领导小组,统筹推进各项工作。', '2.成立华新街道民生项目推进工作领导小组。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['华新镇农村人居环境整治提升工作领导小组', '华新街道民生项目推进工作领导小组']));
    expect(names(ex, 'Organisation')).not.toContain('工作领导小组');
  });

  it('names a family farm from its district, and never a generic committee or company', () => {
    const ex = plan('1.支持松江区华新镇郁金根家庭农场发展。', '2.各村民委员会、居民委员会,镇属公司负责代建。');
    expect(names(ex, 'Organisation')).toContain('松江区华新镇郁金根家庭农场');
    expect(names(ex, 'Organisation').some((n) => /^(?:村民委员会|居民委员会|镇属公司)$/.test(n))).toBe(false);
  });
});

describe('rosters', () => {
  it('reads members with rarer surnames', () => {
    const ex = extract(docFrom(['华新镇2025年工作方案', '一、组织领导', '组  长：濮建华  镇党委书记', '副组长：阚立平  镇长', '        宓  丽  副镇长', '成  员：訾永明  镇城建中心主任'].join('\n')));
    expect(names(ex, 'Person')).toEqual(expect.arrayContaining(['濮建华', '阚立平', '宓丽', '訾永明']));
  });
});
