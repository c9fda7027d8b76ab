/** Programme kinds: city-wide kinds of work written as a district's concrete project become its programme. */
import { describe, expect, it } from 'vitest';
import { findKindMentions } from '../../ingest/extract/programme-kinds.ts';
import type { Entity, Extraction } from '../../ingest/types.ts';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { byRules, docFrom, names } from './helpers.ts';

type Programme = Entity & { kinds?: string[] };
const programmes = (ex: Extraction) => ex.entities.filter((e): e is Programme => e.type === 'Programme');
const kindOf = (ex: Extraction, kind: string) => programmes(ex).filter((p) => p.kinds?.includes(kind));

// (rules only, as README says rule tests read: the shipped confidence model is retrained with every rule and fixture)
function plan(town: string, body: string[]): Extraction {
  return byRules(docFrom([`${town}2025年工作计划`, '一、重点工作', ...body].join('\n')));
}

describe('programme kinds', () => {
  it('makes a concrete project of a kind the district’s programme, with RUNS and its target', () => {
    const ex = plan('华新镇', ['1、完成12个住宅小区雨污混接改造工程,推进6个小区电瓶车智能充电桩建设。']);
    const [rain] = kindOf(ex, '雨污分流改造');
    expect(rain?.name).toMatch(/雨污混接改造工程$/);
    expect(rain?.id.startsWith('programme:华新镇:')).toBe(true);
    expect(ex.relations.some((r) => r.type === 'RUNS' && r.to === rain.id && r.from === 'district:华新镇')).toBe(true);
    // (session 29: named from the bare count of its places, as labelled: 16个住宅小区雨污混接改造; the count stays a target)
    expect(kindOf(ex, '电动自行车充电设施').map((p) => p.name)).toEqual(['6个小区电瓶车智能充电桩建设']);
    const [charging] = kindOf(ex, '电动自行车充电设施');
    const target = ex.relations.find((r) => r.type === 'HAS_TARGET' && r.from === charging.id);
    expect(ex.entities.find((e) => e.id === target?.to)).toMatchObject({ value: 6, unit: '个' });
  });

  it('joins the variants a document uses for one kind into one programme with aliases', () => {
    const ex = plan('华新镇', ['1、推进3个小区雨污分流改造。', '2、完成12个住宅小区雨污混接改造。']);
    const rain = kindOf(ex, '雨污分流改造');
    expect(rain).toHaveLength(1);
    expect([rain[0].name, ...(rain[0].aliases ?? [])].sort()).toEqual(['雨污分流改造', '12个住宅小区雨污混接改造'].sort());
  });

  it('does not make generic work a programme when the document does not say where (DESIGN.md)', () => {
    const ex = plan('华新镇', ['1、推进电动自行车集中充电设施建设,做好旧住房综合修缮和雨污分流改造。']);
    expect(programmes(ex).map((p) => p.name)).toEqual([]);
  });

  it('gives two districts two programmes of the same kind', () => {
    const a = kindOf(plan('华新镇', ['1、完成垃圾分类整治项目。']), '垃圾分类');
    const b = kindOf(plan('白鹤镇', ['1、完成垃圾分类整治项目。']), '垃圾分类');
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(1);
    expect(a[0].id).not.toBe(b[0].id);
  });

  it('takes no honour after a kind for a programme (…示范小区创建: 0 of 17 labelled)', () => {
    expect(kindOf(plan('华新镇', ['1、完成垃圾分类示范小区创建。']), '垃圾分类')).toEqual([]);
  });

  it('leaves a bare kind word, a cited title and a generic activity alone', () => {
    const ex = plan('华新镇', ['1、做好垃圾分类和河长制工作,落实《关于推进雨污分流改造工程的实施意见》。']);
    expect(programmes(ex).filter((p) => p.kinds?.length)).toEqual([]);
  });

  it('takes general building-up of a policy kind as taking up the policy, not a programme', () => {
    const ex = plan('华新镇', ['1、推进“一网统管”建设,完成垃圾分类整治项目。']);
    expect(kindOf(ex, '一网统管')).toEqual([]);
    expect(kindOf(ex, '垃圾分类').map((p) => p.name)).toEqual(['垃圾分类整治项目']);
  });

  it('marks the kind of a named programme that contains the kind’s words', () => {
    const ex = plan('华新镇', ['1、启用“华新智治”一网统管平台。']);
    expect(kindOf(ex, '一网统管').map((p) => p.name)).toEqual(['“华新智治”一网统管平台']);
  });

  it('keeps the opening quote when the closing one is inside the name', () => {
    const [m] = findKindMentions('完成“阳光之家”改造工程任务', 100);
    expect(m.name).toBe('“阳光之家”改造工程');
    expect(m.start).toBe(102);
    expect(m.project).toBe(true);
  });
});

describe('observance days and festivals', () => {
  it('national observance days and city festivals a district holds events for are programmes (lexicon programmeTerms)', () => {
    const ex = plan('华新镇', ['1、9月21日全民国防教育日组织警报试鸣，开展“世界水日”“中国水周”宣传，参加上海旅游节，举办第二届“汇澜”宗教界慈善义卖。']);
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining(['全民国防教育日', '世界水日', '中国水周', '上海旅游节', '第二届“汇澜”宗教界慈善义卖'].map(nameKey)));
  });

  it('ends a numbered festival at its kind where jieba glued the 和 after it (邻里节和/x)', () => {
    const ex = plan('华新镇', ['1、举办第九届华新镇社区邻里节和“百年街巷”城市漫步活动20场。']);
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining(['第九届华新镇社区邻里节', '“百年街巷”城市漫步活动'].map(nameKey)));
  });

  it('reads the city expo by its short name, and its numbered edition ends at it (第七届进博会|服务保障)', () => {
    const ex = plan('华新镇', ['1、全力做好进博会城市运行保障，做好第七届进博会服务保障，组织企业参与上海国际电影节相关活动。']);
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining(['第七届进博会', '上海国际电影节'].map(nameKey)));
    expect(names(ex, 'Programme')).not.toContain(nameKey('第七届进博会服务'));
    const expo = programmes(ex).find((p) => p.name === '中国国际进口博览会');
    expect(expo?.aliases).toContain('进博会');
  });
});

describe('an event named by the region that holds it (全国某某锦标赛, 上海市某某运动会, 某区某某运动会)', () => {
  it('is a programme from the region on, without the verb before it', () => {
    const ex = plan('长宁区澔溪街道', ['1.承办全国击剑锦标赛，组织参加上海市学生运动会和长宁区残疾人运动会。']);
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining(['全国击剑锦标赛', '上海市学生运动会', '长宁区残疾人运动会'].map(nameKey)));
    expect(names(ex, 'Programme')).not.toContain(nameKey('承办全国击剑锦标赛'));
  });

  it('is one with a kind that alone names no event (竞赛, 大赛, 冠军赛), but not a city-wide contest or an event’s stage', () => {
    const ex = plan('长宁区华阳路街道', [
      '1.组织选手参加上海市残疾人职业技能竞赛，2名选手参加全国青少年击剑冠军赛，参加全市机关后勤职业技能竞赛，承办城市业余联赛分站赛。',
    ]);
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining(['上海市残疾人职业技能竞赛', '全国青少年击剑冠军赛'].map(nameKey)));
    expect(names(ex, 'Programme')).not.toContain(nameKey('全市机关后勤职业技能竞赛'));
    expect(names(ex, 'Programme')).not.toContain(nameKey('城市业余联赛分站赛'));
  });

  it('is the event where an award was won, named from the region on (获得/获 before it is the sentence’s)', () => {
    const ex = plan('长宁区华阳路街道', ['1.衡沣中学击剑队获上海市中学生击剑锦标赛团体第一名，运动员禾汀获得全国青年击剑锦标赛个人冠军，作品入选全国中小学生艺术展演。']);
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining(['上海市中学生击剑锦标赛', '全国青年击剑锦标赛'].map(nameKey)));
    expect(names(ex, 'Programme')).not.toContain(nameKey('衡沣中学击剑队获上海市中学生击剑锦标赛'));
    expect(names(ex, 'Programme')).not.toContain(nameKey('全国中小学生艺术展演'));
  });

  it('keeps its year, its edition and letters before the region, and reads an abbreviation inside it', () => {
    const ex = plan('长宁区华阳路街道', ['1.服务保障2025年F1中国大奖赛，上海市中小学生/足球联赛如期举行，参加上海城市业余联赛。'.replace('/', '')]);
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining(['2025年F1中国大奖赛', '上海市中小学生足球联赛', '上海城市业余联赛'].map(nameKey)));
  });
});
