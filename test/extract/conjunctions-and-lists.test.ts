/**
 * Extraction passes 4 and 5: bodies whose names contain 和 or a verb after a region, suffixes glued
 * to a function word, counted lists of places before a programme, road stretches named after a
 * place, a given name ending in 和, the own district's bodies, names starting with 和.
 * Invented names, no seed or fixture strings.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../ingest/extract/index.ts';
import { nameKey } from '../../ingest/extract/normalise.ts';
import type { Extraction } from '../../ingest/types.ts';
import { names, plan } from './helpers.ts';


describe('organisation names with 和 or a verb', () => {
  it('keeps 和 inside a body named after its region, but not between two bodies', () => {
    const ex = plan('1.会同宝山区绿化和市容管理局开展整治。', '2.镇社区卫生服务中心与宝山区中心医院开展合作。');
    expect(names(ex, 'Organisation')).toContain('宝山区绿化和市容管理局');
    expect(names(ex, 'Organisation').some((n) => n.includes('与'))).toBe(false);
  });

  it('takes a verb after 上海 as part of a body name', () => {
    const ex = plan('1.推动园区与上海应用技术大学开展产学研合作。');
    expect(names(ex, 'Organisation')).toContain('上海应用技术大学');
  });

  it('ends a body name before a function word jieba glued to its suffix', () => {
    const ex = plan('1.配合宝山区规划资源局对陈家旧居周边里弄实施微更新。');
    expect(names(ex, 'Organisation')).toContain('宝山区规划资源局');
    expect(names(ex, 'Place')).toContain('陈家旧居');
    expect(names(ex, 'Place').some((n) => n.includes('局'))).toBe(false);
  });

  it('does not start a body name with the 年 of a date', () => {
    const ex = plan('2025年青村镇政府将继续努力。');
    expect(names(ex, 'Organisation').some((n) => n.startsWith('年'))).toBe(false);
  });
});

describe('places and programmes in lists', () => {
  it('reads a doubled 和 as a conjunction followed by a name starting with 和', () => {
    const ex = plan('1.实施金桥四村、丰庄路120弄和和平苑等5个小区旧住房综合修缮。');
    expect(names(ex, 'Place')).toEqual(expect.arrayContaining(['金桥四村', '丰庄路120弄', '和平苑']));
    expect(names(ex, 'Programme')).toContain(nameKey('金桥四村、丰庄路120弄和和平苑等5个小区旧住房综合修缮'));
  });

  it('gives a counted list of places to the programme after it, even without 等', () => {
    const ex = plan('1.完成绿苑新村、光华小区和沪太公寓3个小区旧住房综合修缮。');
    expect(names(ex, 'Programme')).toContain(nameKey('绿苑新村、光华小区和沪太公寓3个小区旧住房综合修缮'));
  });

  it('names a stretch of a road after the place it passes, keeping the road as the place', () => {
    const ex = plan('1.配合区交通委完成沪太公路罗店段拓宽工程。');
    expect(names(ex, 'Place')).toContain('沪太公路');
    expect(names(ex, 'Programme')).toContain(nameKey('沪太公路罗店段拓宽工程'));
  });

  it('takes a list item ending like a known place as a place of the same kind', () => {
    const ex = plan('1.完成中心路、解放路道路大修。');
    expect(names(ex, 'Place')).toEqual(expect.arrayContaining(['中心路', '解放路']));
  });
});

describe('people', () => {
  it('keeps a final 和 of a given name when a verb follows, not when a title does', () => {
    const ex = plan('1.镇人大主席沈玉和带领代表开展视察。', '2.党委书记王立和镇长李明出席。');
    expect(names(ex, 'Person')).toEqual(expect.arrayContaining(['沈玉和', '王立', '李明']));
    expect(names(ex, 'Person')).not.toContain('王立和');
  });
});

describe('pass 5', () => {
  it('keeps 和 inside the name of the own district\'s office, and single characters after 上海', () => {
    const ex = plan('1.由镇规划建设和环境保护办公室牵头。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['镇规划建设和环境保护办公室']));
    expect(names(ex, 'Organisation').some((n) => n.startsWith('由'))).toBe(false);
  });

  it('reads a body of the own district named only by its kind (镇融媒体中心) as an organisation', () => {
    const ex = plan('1.依托镇融媒体中心开展宣传。');
    expect(names(ex, 'Organisation')).toContain('镇融媒体中心');
    expect(names(ex, 'Place')).not.toContain('镇融媒体中心');
  });

  it('keeps a village whose name starts with 和 after a boundary', () => {
    const ex = plan('1.在和平村打造民宿集群。');
    expect(names(ex, 'Place')).toContain('和平村');
  });

  it('does not take a committee-like ending inside a word for a villagers\' committee (农业农村委)', () => {
    const ex = plan('1.会同松江区农业农村委推进尾水治理。');
    expect(names(ex, 'Organisation')).toContain('松江区农业农村委');
  });

  it('measures volumes in 立方米 and names a wetland park', () => {
    const ex = plan('1.河道疏浚土方约8万立方米,建成东湖湿地公园一期。');
    const volumes = ex.entities.filter((e) => e.type === 'Target' && (e as { unit?: string }).unit === '立方米');
    expect(volumes.map((v) => (v as { value?: number }).value)).toContain(80000);
    expect(names(ex, 'Place')).toContain('东湖湿地公园');
  });

  it('gives places joined by 和 to the kind of work named right after them', () => {
    const ex = plan('1.启动东风三村和丰收路88弄旧住房综合修缮。');
    expect(names(ex, 'Programme')).toContain(nameKey('东风三村和丰收路88弄旧住房综合修缮'));
  });
});

describe('pass 6', () => {
  it('keeps 与 inside a cooperative or a faculty, not between two bodies', () => {
    const ex = plan('1.依托上海崇明稻与蟹生态种养专业合作社,与上海交通大学农业与生物学院合作。', '2.镇社区卫生服务中心与宝山区中心医院开展合作。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['上海崇明稻与蟹生态种养专业合作社', '上海交通大学农业与生物学院']));
    expect(names(ex, 'Organisation').some((n) => n.includes('中心与'))).toBe(false);
  });

  it('names villages after common words, and ends a place before the next one named after a person', () => {
    const ex = plan('1.启动东兴村、前进村和兴丰村示范村创建。', '2.修缮胜利村陈德明旧宅。');
    expect(names(ex, 'Place')).toEqual(expect.arrayContaining(['前进村', '陈德明旧宅']));
    expect(names(ex, 'Place').some((n) => n.endsWith('村陈德明旧宅'))).toBe(false);
    expect(names(ex, 'Place')).not.toContain('兴丰村示范村');
  });

  it('finds a person after a title when jieba tags the name, whatever the surname', () => {
    const ex = plan('1.街道党工委书记杭卫东对年度重点工作负总责。');
    expect(names(ex, 'Person')).toContain('杭卫东');
  });

  it('ends a quoted programme at its kind word, before the clause that follows', () => {
    const ex = plan('1.深化“邻里议事厅”协商机制全年形成自治项目32个,推行“周例会、月点评”推进机制,推进“电梯+坡道”同步改造。');
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining([nameKey('“邻里议事厅”协商机制'), nameKey('“周例会、月点评”推进机制'), nameKey('“电梯+坡道”同步改造')]));
    expect(names(ex, 'Programme').some((n) => n.includes('全年'))).toBe(false);
  });
});

describe('pass 7', () => {
  it('reads 和 with nothing to join on its left as the first character of a name', () => {
    const ex = plan('1.东溪村与和兴村示范村创建通过验收。', '2.推动和兴村股份经济合作社盘活闲置农房。', '3.推动生产、生态保护和乡村旅游融合发展。');
    expect(names(ex, 'Place')).toEqual(expect.arrayContaining(['东溪村', '和兴村']));
    expect(names(ex, 'Organisation')).toContain('和兴村股份经济合作社');
    expect(names(ex, 'Place')).not.toContain('和乡村');
  });

  it('reads the person on a contact line and does not take a title into a programme', () => {
    const ex = plan('1.社区服务办主任丁秋萍负责项目台账管理。', '联系人:街道党政办公室 许静雯  联系电话:021-56650000');
    expect(names(ex, 'Person')).toEqual(expect.arrayContaining(['丁秋萍', '许静雯']));
    expect(names(ex, 'Programme').some((n) => n.includes('丁秋萍'))).toBe(false);
  });

  it('leaves the formula words 受/代表 and 积极争取 out of a body name', () => {
    const ex = plan('受镇人民政府委托,我代表镇人民政府报告工作。积极争取区民政局补助资金,引入上海松韵健康管理有限公司。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['镇人民政府', '区民政局', '上海松韵健康管理有限公司']));
    expect(names(ex, 'Organisation').some((n) => /^(?:受|代表|积极)/.test(n))).toBe(false);
  });
});

describe('a listed place whose name jieba cuts with a verb inside (、新/a 渡/v 小区)', () => {
  it('is the whole item, up to where it first ends like a place', () => {
    const text = plan('1.完成岚澄小区、新渡小区等5个小区“美丽家园”综合改造；推进沙汀村、新垦村农村生活污水治理。');
    const places = names(text, 'Place');
    expect(places).toEqual(expect.arrayContaining([nameKey('新渡小区'), nameKey('新垦村')]));
    expect(places).not.toContain(nameKey('新垦村农村'));
    expect(names(text, 'Programme')).toContain(nameKey('岚澄小区、新渡小区等5个小区“美丽家园”综合改造'));
  });
});
