/**
 * People of associations (a Red Cross society, federations, councils): their council's roster
 * and the members named in running text by an ordinary post (held-out round 26), on invented names.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../ingest/extract/index.ts';
import { byRules, docFrom } from './helpers.ts';

const people = (text: string) => extract(docFrom(text)).entities.filter((e) => e.type === 'Person') as { name: string; titles?: string[] }[];

describe("an association's people", () => {
  it("a council's roster by elected post, a line with a role and a (padded) name alone giving the role as the title", () => {
    const found = people(['某区红十字会2024年工作总结', '一、工作', '1.开展培训。', '附件：某区红十字会第五届理事会领导成员名单', '',
      '名誉会长：东郭振宇（某区人民政府区长）', '常务副会长：仉文博（区红会党组书记）', '副 会 长：钟　离（某区教育局副局长）', '秘 书 长：安　澜', '监 事 长：亓雪梅', ''].join('\n'));
    const byName = new Map(found.map((p) => [p.name, p.titles ?? []]));
    for (const name of ['东郭振宇', '仉文博', '钟离', '安澜', '亓雪梅']) expect(byName.has(name), name).toBe(true);
    expect(byName.get('安澜')).toContain('秘书长');
    expect(byName.get('亓雪梅')).toContain('监事长');
  });

  it('a role line naming a body or a post is no person', () => {
    const found = people(['某区红十字会2024年工作总结', '一、工作', '1.开展培训。', '附件：分工', '', '秘 书 长：区长', '会　　长：各部门', ''].join('\n'));
    expect(found).toEqual([]);
  });

  it('members named in running text by an ordinary post: 保安员, 员工, 培训师', () => {
    const names = people(['某区红十字会2024年工作总结', '一、工作', '1.公园保安员仉立新发现市民倒地。某公司员工闾丘远航成为捐献者。金牌培训师亓澜领衔的工作室编写教材。'].join('\n')).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['仉立新', '闾丘远航', '亓澜']));
  });
});

describe("an association's venues", () => {
  it('a blood-donation house, a relief warehouse, a memorial garden, a Red Cross station and a 村民委员会 are places', () => {
    const ex = byRules(docFrom(['某区红十字会2024年工作总结', '一、工作', '1.松岚广场献血屋延长开放时间，闵行区红十字备灾仓库完成物资轮换，梓溪公园红十字服务站开放，由梓溪村村民委员会负责管理，在闵行区思源纪念园举办活动。'].join('\n')));
    const places = ex.entities.filter((e) => e.type === 'Place').map((e) => e.name);
    expect(places).toEqual(expect.arrayContaining(['松岚广场献血屋', '闵行区红十字备灾仓库', '梓溪公园红十字服务站', '梓溪村村民委员会', '闵行区思源纪念园']));
  });
});

describe('emergency teams and venues named in drills', () => {
  it("a district's specialist and rescue teams are bodies, their task words included; a team's kind (救援队伍) is none", () => {
    const ex = extract(docFrom(['静安区民防办公室2025年工作要点', '一、工作', '1.静安区民防抢险抢修专业队协助转移群众，闵行区红十字应急救援队出动。组建街道应急救援队伍1支。'].join('\n')));
    const orgs = ex.entities.filter((e) => e.type === 'Organisation').map((e) => e.name);
    expect(orgs).toEqual(expect.arrayContaining(['静安区民防抢险抢修专业队', '闵行区红十字应急救援队']));
    expect(orgs.some((n) => n.includes('救援队伍') || n === '街道应急救援队')).toBe(false);
  });

  it('a conjunction jieba glued to the next place after a place (某公园/n 和某苑/x) starts no name', () => {
    const ex = extract(docFrom(['静安区民防办公室2025年工作要点', '一、工作', '1.在樾澜公园和芷澜苑同步开展人员掩蔽疏散。'].join('\n')));
    const places = ex.entities.filter((e) => e.type === 'Place').map((e) => e.name);
    expect(places).toEqual(expect.arrayContaining(['樾澜公园', '芷澜苑']));
  });
});

describe("a council's roster table and contact line", () => {
  it('a 职务 | 姓名 table: every row is a person, titled by the row\'s post (its bracket dropped), even rows whose first cell is a title', () => {
    const found = people(['某区科协2024年工作总结', '一、工作', '1.开展工作。', '附件：领导成员', '', '职务\t姓名\t工作单位及职务',
      '主席\t东野承泽\t某学院院长', '副主席（兼职）\t纳兰清越\t某公司首席科学家', '副主席（兼职）\t湛卫民\t某医院院长', '秘书长\t文章\t区科协', ''].join('\n'));
    const byName = new Map(found.map((p) => [p.name, p.titles ?? []]));
    expect([...byName.keys()]).toEqual(expect.arrayContaining(['东野承泽', '纳兰清越', '湛卫民', '文章']));
    expect(byName.get('纳兰清越')).toContain('副主席');
    expect(byName.get('文章')).toContain('秘书长');
  });

  it('a contact label after another field on the same line', () => {
    const found = people(['某区科协2024年工作总结', '一、工作', '1.开展工作。', '联系地址：某区澄华路1288号　联系人：区科协办公室　亓立夏　联系电话：021-59521786'].join('\n'));
    expect(found.map((p) => p.name)).toContain('亓立夏');
  });

  it('a name with a preposition jieba glued to it, and a name before 团队, after a title', () => {
    const names = people(['某区科协2024年工作总结', '一、工作', '1.某医院主治医师郝静姝以《某某》获一等奖。中国工程院院士祖望舒团队入驻某公司。'].join('\n')).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['郝静姝', '祖望舒']));
    expect(names).not.toContain('郝静姝以');
  });
});

describe('studios and expert stations', () => {
  it("a studio or expert station named by its person or firm is a programme; a kind of studio and a 街道's 工作站 are not", () => {
    const ex = extract(docFrom(['某区科协2024年工作总结', '一、工作', '1.发挥钭国梁技能大师工作室作用，建立禚望舒院士专家工作站，推动上海澄衡智能装备股份有限公司院士专家工作站揭牌，推广书记工作室经验，临汾路街道公共法律服务工作站开放。'].join('\n')));
    const of = (type: string) => ex.entities.filter((e) => e.type === type).map((e) => e.name);
    expect(of('Programme')).toEqual(expect.arrayContaining(['钭国梁技能大师工作室', '禚望舒院士专家工作站', '上海澄衡智能装备股份有限公司院士专家工作站']));
    expect(of('Organisation')).not.toContain('钭国梁技能大师工作室');
    expect(of('Programme')).not.toContain('书记工作室');
    expect(of('Programme').some((n) => n.includes('公共法律服务工作站'))).toBe(false);
  });

  it('an expert station named by its host firm’s brand is a programme, however jieba cut the brand', () => {
    const ex = extract(docFrom(['某区科委2024年工作总结', '一、工作', '1.新建澜禾生物院士专家工作站、穹汐能源院士专家工作站各1家；琨泽生物院士专家工作站挂牌运行；全区院士专家工作站达到30家。'].join('\n')));
    const of = (type: string) => ex.entities.filter((e) => e.type === type).map((e) => e.name);
    expect(of('Programme')).toEqual(expect.arrayContaining(['澜禾生物院士专家工作站', '穹汐能源院士专家工作站', '琨泽生物院士专家工作站']));
    expect(of('Organisation').some((n) => n.endsWith('工作站'))).toBe(false);
    expect(of('Programme').some((n) => n.startsWith('全区'))).toBe(false);
  });
});

describe("a science association's venues and bodies", () => {
  it("science venues (科普e站, 科普站, 体验馆, 科技工作者之家) are places; 科协 and its departments are bodies; a host firm stays a body beside its station", () => {
    const ex = extract(docFrom(['某区科协2024年工作总结', '一、工作', '1.建成清澜居民区科普e站、真新街道社区气象科普站，安亭镇科技工作者之家挂牌，江桥镇科协、上海锦澜汽车电子有限公司科协成立，区科协学会部负责，上海菁澜生物医药有限公司院士专家工作站揭牌。'].join('\n')));
    const of = (type: string) => ex.entities.filter((e) => e.type === type).map((e) => e.name);
    expect(of('Place')).toEqual(expect.arrayContaining(['清澜居民区科普e站', '真新街道社区气象科普站', '安亭镇科技工作者之家']));
    expect(of('Organisation')).toEqual(expect.arrayContaining(['江桥镇科协', '上海锦澜汽车电子有限公司科协', '区科协学会部', '上海菁澜生物医药有限公司']));
  });
});

describe('fire and water teams', () => {
  it("a named venue's micro fire station, a 镇's full-time fire brigade, a market's joint-defence team and a 水务站 are bodies; generic ones are not", () => {
    const ex = extract(docFrom(['奉贤区消防救援支队2025年工作要点', '一、工作', '1.星澜汇商业广场微型消防站、柘林镇专职消防队、福惠市场商户联防队开展演练，金汇镇水务站负责排查，推进街道级微型消防站建设，组建院内义务消防队。'].join('\n')));
    const orgs = ex.entities.filter((e) => e.type === 'Organisation').map((e) => e.name);
    expect(orgs).toEqual(expect.arrayContaining(['星澜汇商业广场微型消防站', '柘林镇专职消防队', '福惠市场商户联防队', '金汇镇水务站']));
    expect(orgs.some((n) => n.includes('街道级') || n.includes('义务消防队'))).toBe(false);
  });
});
