/**
 * The issuer in the metadata block: a bare unit is the District that issued the document; a
 * unit's government or office (镇人民政府, 街道办事处, 党工委) is an Organisation of its own,
 * named from the unit on and PART_OF it. Invented documents on real units.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../ingest/extract/index.ts';
import { docFrom } from './helpers.ts';

const withIssuer = (issuer: string) =>
  extract(docFrom([`关于印发《2025年河道养护工作要点》的通知`, `发布机构：${issuer}`, '发布日期：2025-03-01', '', '一、重点工作', '1.完成河道保洁。'].join('\n')));

const issuedBy = (ex: ReturnType<typeof extract>) => {
  const rel = ex.relations.find((r) => r.type === 'ISSUED_BY')!;
  return ex.entities.find((e) => e.id === rel.to)!;
};

describe('the issuer of a document', () => {
  it("a 镇's government written with its parents is an Organisation named from the 镇 on, the full form its alias", () => {
    const ex = withIssuer('上海市宝山区高境镇人民政府');
    const body = issuedBy(ex);
    expect(body.type).toBe('Organisation');
    expect(body.name).toBe('高境镇人民政府');
    expect(body.aliases).toContain('上海市宝山区高境镇人民政府');
    expect(body.mentions.length).toBe(1);
    expect(ex.relations.some((r) => r.type === 'PART_OF' && r.from === body.id && r.to === 'district:高境镇')).toBe(true);
  });

  it("a 街道's office written after its 区's government is the 街道's body", () => {
    const body = issuedBy(withIssuer('上海市杨浦区人民政府控江路街道办事处'));
    expect([body.type, body.name]).toEqual(['Organisation', '控江路街道办事处']);
  });

  it('a bare unit is the District itself', () => {
    const body = issuedBy(withIssuer('张江镇'));
    expect([body.type, body.id]).toEqual(['District', 'district:张江镇']);
  });

  it("a 区's bureau the gazetteer cannot place stays an Organisation under its own name", () => {
    const body = issuedBy(withIssuer('宝山区生态环境局'));
    expect([body.type, body.name]).toEqual(['Organisation', '宝山区生态环境局']);
  });
});

describe("every town's body in a 区's document", () => {
  const bureau = (line: string) => extract(docFrom(['长宁区数据局2025年工作要点', '一、重点工作', line].join('\n')));
  const orgs = (ex: ReturnType<typeof extract>) => ex.entities.filter((e) => e.type === 'Organisation' && e.mentions.length).map((e) => e.name);

  it('镇人民政府, 街道办事处, 街道总工会 and 镇党委 named by their level alone are no body in a 区 bureau\'s document', () => {
    const names = orgs(bureau('1.各街道办事处、镇人民政府，各街道总工会、镇党委，区防火安全委员会各成员单位按职责落实。'));
    expect(names).toContain('区防火安全委员会');
    for (const n of ['镇人民政府', '办事处', '街道办事处', '街道总工会', '总工会', '镇党委']) expect(names).not.toContain(n);
  });

  it("in a 镇's own document its 镇党委 and 镇政府 are its bodies", () => {
    const ex = extract(docFrom(['华新镇2025年工作计划', '一、重点工作', '1.镇党委、镇政府统筹推进。'].join('\n')));
    expect(orgs(ex)).toEqual(expect.arrayContaining(['镇党委', '镇政府']));
  });
});

describe('district mentions in names and in the issuer', () => {
  const districts = (ex: ReturnType<typeof extract>) => ex.entities.filter((e) => e.type === 'District' && e.mentions.length).map((e) => e.name);

  it("a town's short form inside a body's or a place's name is no mention of the town; its full name is", () => {
    const ex = extract(docFrom(['长宁区数据局2025年工作要点', '一、重点工作', '1.推动亭林市场监管所规范化建设，完成车墩新苑改造，朱泾镇社区卫生服务中心配合。'].join('\n')));
    const names = districts(ex);
    expect(names).not.toContain('亭林镇');
    expect(names).not.toContain('车墩镇');
    expect(names).toContain('朱泾镇');
  });

  it('the units an issuer is written with are mentioned there', () => {
    const ex = withIssuer('上海市长宁区人民政府新华路街道办事处');
    expect(districts(ex)).toEqual(expect.arrayContaining(['上海市', '长宁区']));
  });

  it("marks a layout leaves around the issuer's value are no part of it", () => {
    expect(issuedBy(withIssuer('张堰镇人民政府/')).name).toBe('张堰镇人民政府');
  });
});
