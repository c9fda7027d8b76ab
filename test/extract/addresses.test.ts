/**
 * Addresses: a contact or location address names its road (labelled fixtures: 20 of 21 contact
 * addresses are labelled as the road alone), and a road is named without its district.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { names, plan } from './helpers.ts';

describe('a numbered address', () => {
  it('after 地址 names the road, without its district', () => {
    const found = names(plan('联系人：区办公室　联系电话：021-12345678　地址：宝山区澄岚路1588号'), 'Place');
    expect(found).toContain(nameKey('澄岚路'));
    expect(found).not.toContain(nameKey('澄岚路1588号'));
    expect(found).not.toContain(nameKey('宝山区澄岚路'));
  });

  it('after 位于 names the road', () => {
    const found = names(plan('1.服务大厅迁址，新址位于汀澜路288号，建筑面积2000平方米。'), 'Place');
    expect(found).toContain(nameKey('汀澜路'));
    expect(found).not.toContain(nameKey('汀澜路288号'));
  });

  it('names the site itself when it has no other name', () => {
    const found = names(plan('1.医院迁建工程竣工，位于澄芷路358号的新院区核定床位450张。'), 'Place');
    expect(found).toContain(nameKey('澄芷路358号'));
  });

  it('elsewhere a numbered building keeps its number', () => {
    expect(names(plan('1.完成澄芷路88号校舍大修。'), 'Place')).toContain(nameKey('澄芷路88号'));
  });
});

describe('the road of an address or a plot', () => {
  it('is a place of its own beside the address', () => {
    const found = names(plan('1.在汀澜路1288号新建慈善超市，秋蘅路北侧地块完成出让。'), 'Place');
    expect(found).toEqual(expect.arrayContaining([nameKey('汀澜路'), nameKey('秋蘅路')]));
  });

  // real-style labels name the road of a lane written nowhere else 26 times in 30 (rs 16 of 20, rst 10 of 10)
  it('and so is the road of a lane (弄), beside the lane', () => {
    const found = names(plan('2.完成澄霁路318弄旧住房成套改造，启动苕溪路46弄成套改造。'), 'Place');
    expect(found).toEqual(expect.arrayContaining(['澄霁路', '澄霁路318弄', '苕溪路', '苕溪路46弄'].map(nameKey)));
  });
});
