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
