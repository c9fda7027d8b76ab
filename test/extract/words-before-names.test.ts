/**
 * Words of the clause read into the start of a place's name (session 27), each tested on invented names.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { names, plan } from './helpers.ts';

const places = (text: string) => names(plan(text), 'Place');

describe('a verb and its complement 好 before a name', () => {
  it('start no name (用好, 管好), nor does a 的 jieba glued to it', () => {
    const found = places('用好区图书馆微信公众号；用好璩漪中心企业服务站；涉及的鄞翠花园围墙退让已达成一致。');
    for (const none of ['好区图书馆', '好璩漪中心企业服务站', '的鄞翠花园']) expect(found).not.toContain(nameKey(none));
    expect(found).toEqual(expect.arrayContaining(['璩漪中心企业服务站', '鄞翠花园'].map(nameKey)));
  });
});

describe('verbs that open a clause before a place', () => {
  it('are lead verbs (守牢, 加密, 上线), and 服务 opening a clause serves the place after it', () => {
    const found = places('新辟公交线路5条，重点加密珂蘅商务区线路；守牢体育场所安全底线；服务鹭汀花园、棠琚雅苑等新建住宅小区。');
    for (const none of ['加密珂蘅商务区', '守牢体育场', '服务鹭汀花园']) expect(found).not.toContain(nameKey(none));
    expect(found).toContain(nameKey('鹭汀花园'));
  });
});

describe('villages at large', () => {
  it('村(居) and 每村 name no village', () => {
    const found = places('将河长制工作纳入村（居）年度考核；落实长效管护资金每村每年不少于50万元。');
    for (const none of ['纳入村', '资金每村', '每村']) expect(found).not.toContain(nameKey(none));
  });
});

describe('和 between two works', () => {
  it('joins them where an unknown two-character name and its own suffix follow', () => {
    const found = places('完成鹬汀老街风貌提升和钟澈故居周边环境整治。');
    expect(found).not.toContain(nameKey('和钟澈故居'));
  });
});

describe('a sluice named alone', () => {
  it('is a place (某某闸), as a pumping sluice is', () => {
    const found = places('完成仓澧闸、鹭垠港泵闸2座水闸更新改造；实施潮岫闸除险加固工程。');
    expect(found).toEqual(expect.arrayContaining(['仓澧闸', '潮岫闸', '鹭垠港泵闸'].map(nameKey)));
  });
});

describe('words that end names but name no place alone', () => {
  it('溪, 里弄, 街坊, 酒店, 综合体 and 助餐点 are no place suffixes; a stream counted among rivers is a place', () => {
    const found = places('组织泓蘅、栎溪等老街坊参与议事；保护海派里弄风貌；推进璟澜中心两大商业综合体建设；新增村老年助餐点5个。辖区蓼溪、杏澄浜2条河道水质达标。');
    for (const none of ['栎溪', '老街坊', '海派里弄', '璟澜中心两大商业综合体', '村老年助餐点']) expect(found).not.toContain(nameKey(none));
    expect(found).toEqual(expect.arrayContaining(['蓼溪', '杏澄浜'].map(nameKey)));
  });
});

describe('a special shopping street', () => {
  it('is named whole as a 特色商业街区, and as a 商业街 without one', () => {
    const found = places('推进楸澜路特色商业街区建设，打造蘅芷路特色商业街。');
    expect(found).toContain(nameKey('楸澜路特色商业街区'));
    expect(found).not.toContain(nameKey('楸澜路特色商业街'));
  });
});
