/**
 * Extraction pass 8: registered bodies named region first whatever jieba makes of the middle,
 * 和 at a clause's start, given names cut in two, drafters' lines, lists of river stretches
 * before a programme, dictionary words for roads in a list, the 街道's internal offices,
 * and what must not become a place (镇村, 乡村, a body's name, a word ending in a preposition).
 * Invented names, no seed or fixture strings.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../ingest/extract/index.ts';
import type { Extraction } from '../../ingest/types.ts';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { docFrom, names, plan } from './helpers.ts';


describe('registered bodies', () => {
  it('runs a company or co-operative name from 上海 over 和, verbs and single characters', () => {
    const ex = plan(
      '1.支持上海瑞康和达智能科技有限公司建设研发总部。',
      '2.委托上海安和颐养服务有限公司专业化运营。',
      '3.推动上海和煦物业管理有限公司等8家物业企业签订承诺书。',
      '4.引入上海邻与里社会工作服务社参与治理。',
    );
    const orgs = names(ex, 'Organisation');
    expect(orgs).toEqual(expect.arrayContaining(['上海瑞康和达智能科技有限公司', '上海安和颐养服务有限公司', '上海和煦物业管理有限公司', '上海邻与里社会工作服务社']));
    expect(orgs.some((n) => /^(?:科技|服务|煦)/.test(n))).toBe(false);
  });

  it('starts a co-operative name with 和 at the start of a clause', () => {
    const ex = plan('1.完成示范村创建;和康村股份经济合作社盘活闲置农房12处。');
    expect(names(ex, 'Organisation')).toContain('和康村股份经济合作社');
  });

  it('knows the internal offices of a 街道 by their standard names', () => {
    const ex = plan('1.由社区服务办牵头,社区管理办配合。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['社区服务办', '社区管理办']));
  });

  it('does not take a verb complement into a body name (用好某某基金会)', () => {
    const ex = plan('1.用好华新镇社区基金会,孵化社会组织6家。');
    expect(names(ex, 'Organisation')).toContain('华新镇社区基金会');
  });
});

describe('people', () => {
  it('joins a given name jieba cut into a word and one character', () => {
    const ex = plan('1.街道党工委书记严立群对全年工作负总责。');
    expect(names(ex, 'Person')).toContain('严立群');
    expect(names(ex, 'Person')).not.toContain('严立');
  });

  it('reads the drafter of a report from a bracketed 执笔 line', () => {
    const ex = extract(docFrom(['华新镇2024年工作总结', '一、主要工作', '全年完成各项任务。', '(执笔:镇党政办公室 芮  萍  联系电话:021-12345678)'].join('\n')));
    expect(names(ex, 'Person')).toContain('芮萍');
  });
});

describe('places and the programmes on them', () => {
  it('names a programme on a list of river stretches and rivers', () => {
    const ex = plan('1.实施龙溪港华新段、紫荆浜河道综合整治,完成荡湾港、西厍河河道轮疏。');
    const programmes = names(ex, 'Programme');
    expect(programmes).toContain('龙溪港华新段、紫荆浜河道综合整治');
    // the yearly rotation of dredging (轮疏) names routine work, no programme (session 28: 9 of 27 such predictions labelled)
    expect(programmes).not.toContain('荡湾港、西厍河河道轮疏');
  });

  it('takes a dictionary word for a road as a place when listed with a road or followed by 沿线', () => {
    const ex = plan('1.实施华新路和漕宝路积水点位改造。', '2.在漕宝路沿线新增泊位50个。');
    expect(names(ex, 'Place')).toEqual(expect.arrayContaining(['华新路', '漕宝路']));
  });

  it('does not make places of 镇村, 乡村, a body before a place word, or a word ending in a preposition', () => {
    const ex = plan(
      '1.会同金山区交通委新开通镇村公交线路2条。',
      '2.稳增长、强产业、兴乡村、惠民生。',
      '3.一村一品:指以村为基本单位发展特色产业。',
    );
    const places = names(ex, 'Place');
    expect(places.some((n) => /镇村|乡村|交通委|以村/.test(n))).toBe(false);
    expect(names(ex, 'Organisation')).toContain('金山区交通委');
  });

  it('ends a place at a village suffix glued to the next name (某村施/x 某某/x 故居)', () => {
    const ex = plan('1.钱桥村施少梅故居修缮后对外开放。');
    expect(names(ex, 'Place')).toContain('施少梅故居');
    expect(names(ex, 'Place').some((n) => n.startsWith('村'))).toBe(false);
  });

  it('finds a market and the road before it', () => {
    const ex = plan('1.推进浦北路菜市场标准化改造。');
    expect(names(ex, 'Place')).toContain('浦北路菜市场');
    expect(names(ex, 'Programme')).toContain('浦北路菜市场标准化改造');
  });
});

describe('targets', () => {
  it('reads measure words of things counted in government reports (根, 门, 只, 亩次)', () => {
    const ex = plan('1.拔除废弃杆件90根,开设课程36门,储备沙袋3000只,代耕代收1.9万亩次。');
    const targets = ex.entities.filter((e) => e.type === 'Target').map((e) => `${e.value}${e.unit}`);
    expect(targets).toEqual(expect.arrayContaining(['90根', '36门', '3000只', '19000亩次']));
  });
});

describe('a road work whose kind word jieba joins to the next word', () => {
  it('ends at the kind word (…新建工程建设, …改建工程项目)', () => {
    const ex = plan('推进澔北路(钤科路—澔黄路)新建工程建设；完成钤桥路(澔民路—澔北路)改建工程项目清盘。');
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining(['澔北路(钤科路—澔黄路)新建工程', '钤桥路(澔民路—澔北路)改建工程'].map(nameKey)));
  });
});

describe('the road whose stretch is given in brackets', () => {
  it('is a place however jieba cut it, without a preposition glued to it', () => {
    const ex = plan('1.实施汇康路（周澜路至瑞浦路段）拓宽工程；对瑶光路（汇珑路至沁河路段）开展整治。');
    const places = names(ex, 'Place');
    expect(places).toEqual(expect.arrayContaining(['汇康路', '瑶光路'].map(nameKey)));
    expect(places).not.toContain(nameKey('对瑶光路'));
    expect(names(ex, 'Programme')).toContain(nameKey('汇康路(周澜路至瑞浦路段)拓宽工程'));
  });
});
