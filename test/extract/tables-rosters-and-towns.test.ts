/**
 * Extraction pass 10 (from the round-7 held-out misses): rosters with a column of duties,
 * compound surnames in running text, the 街道's internal offices by their full names, a town's
 * name without 镇 before a park or a company, a count's measure word starting a programme,
 * 管委会 and 村委会, a road named after a place with a proper two-character word, event kinds.
 * Invented names and gazetteer data, no seed or fixture sentences.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../ingest/extract/index.ts';
import { nameKey } from '../../ingest/extract/normalise.ts';
import type { Extraction } from '../../ingest/types.ts';
import { docFrom, names, plan } from './helpers.ts';


describe('people', () => {
  it('reads a roster whose lines end with a column of duties', () => {
    const ex = extract(docFrom(['华新街道2025年重点工作任务分解', '一、领导分工', '邬卫东　街道党工委书记　主持街道党工委全面工作', '甄　慧　街道办事处副主任　分管城建管理'].join('\n')));
    expect(names(ex, 'Person')).toEqual(expect.arrayContaining(['邬卫东', '甄慧']));
  });

  it('reads a compound surname and its given name after a title', () => {
    const ex = plan('1.由镇长欧阳晨轮流主持,每月举办1期。');
    expect(names(ex, 'Person')).toContain('欧阳晨');
    expect(names(ex, 'Person')).not.toContain('欧阳');
  });
});

describe('bodies', () => {
  it('knows the 街道 offices by their full names', () => {
    const ex = plan('1 | 社区治理 | 培训社区工作者 | 社区党建办公室 | 社区管理办公室 | 2025年12月');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['社区党建办公室', '社区管理办公室']));
  });

  it('names a company founded by a town, with a verb right after the town', () => {
    const ex = plan('1.组建上海新场镇联合发展有限公司,参与厂房建设。');
    expect(names(ex, 'Organisation')).toContain('上海新场镇联合发展有限公司');
  });

  it('takes 管委会 as a body and 村委会 as a place', () => {
    const ex = plan('1.对接临江新片区管委会,支持友谊村村委会利用闲置用房。');
    expect(names(ex, 'Organisation')).toContain('临江新片区管委会');
    expect(names(ex, 'Place')).toContain('友谊村村委会');
  });
});

describe('bodies and the work they are named after', () => {
  it('keeps a parent group short name before the region, and no programme inside a company name', () => {
    const ex = plan('1.会同国网上海南汇供电公司更新配电设施,委托上海华浜水务工程有限公司开展河道保洁。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['国网上海南汇供电公司', '上海华浜水务工程有限公司']));
    expect(names(ex, 'Programme').some((n) => n.includes('水务工程'))).toBe(false);
  });

  it('starts a body at the district word, not at the common words before it', () => {
    const ex = plan('1.调整事项须报街道党工委审定后执行。');
    expect(names(ex, 'Organisation')).toContain('街道党工委');
    expect(names(ex, 'Organisation').some((n) => n.includes('须报'))).toBe(false);
  });
});

describe('places and programmes', () => {
  it('keeps a phase and the work on it in a project name', () => {
    const ex = plan('1.华湾新苑农民集中居住安置项目一期竣工交付。', '2.推进华湾新苑安置项目二期建设,建设安置房4.8万平方米。');
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining(['华湾新苑农民集中居住安置项目一期', '华湾新苑安置项目二期建设']));
  });

  it('reads a town name without 镇 before a park', () => {
    const ex = plan('1.推进大团工业园区标准厂房改造。');
    expect(names(ex, 'Place')).toContain('大团工业园区');
  });

  it('names a road after a place with a proper two-character word (某桥/ns 新路/nz)', () => {
    const ex = plan('1.实施金桥新路道路大修工程,大修长度0.8公里。');
    expect(names(ex, 'Place')).toContain('金桥新路');
  });

  it('starts a counted programme at its count, and at the listed places before it', () => {
    const ex = plan('1.完成东湾村、桃花村2个村高标准农田建设项目,推进3个村高标准农田建设项目。');
    const programmes = names(ex, 'Programme');
    expect(programmes).toEqual(expect.arrayContaining(['东湾村、桃花村2个村高标准农田建设项目', '3个村高标准农田建设项目']));
    expect(programmes.some((n) => n.startsWith('个'))).toBe(false);
  });

  it('knows night markets, summer classes and promotion meetings as kinds of programme', () => {
    const ex = plan('1.打造“南湾烟火集”特色夜市,开办“华宝夏令营”爱心暑托班,举办“智汇南湾”投资推介会3场。');
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining(['“南湾烟火集”特色夜市', '“华宝夏令营”爱心暑托班', '“智汇南湾”投资推介会'].map(nameKey)));
  });
});

describe('targets', () => {
  it('reads scores, hours, days and batches, but not round-the-clock service or a 15-minute life circle', () => {
    const ex = plan('1.打造15分钟社区生活圈,测评得分93.6分,服务时长2.4万小时,审批压缩至2天,完成230批次,实行24小时值守。');
    const targets = ex.entities.filter((e) => e.type === 'Target').map((e) => `${e.value}${e.unit}`);
    expect(targets).toEqual(expect.arrayContaining(['93.6分', '24000小时', '2天', '230批次']));
    expect(targets).not.toContain('24小时');
    expect(targets.some((t) => t.startsWith('15'))).toBe(false);
  });
});
