/**
 * Rules from session 14's reading of tuned documents' boundary misses, each on invented names.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { names, plan } from './helpers.ts';

describe('a place whose first character jieba read as a word of its own', () => {
  it('a list item begins with the character, even one jieba reads as a verb', () => {
    const found = names(plan('1.组织汇泉大酒店、会澜楼饭店等15家星级饭店开展培训。'), 'Place');
    expect(found).toContain(nameKey('会澜楼饭店'));
    expect(found).not.toContain(nameKey('澜楼饭店'));
  });

  it('the adjective 新 before a proper name after a verb belongs to the name', () => {
    const found = names(plan('1.察看新汾河绿道和体育公园。'), 'Place');
    expect(found).toContain(nameKey('新汾河绿道'));
  });

  it('原, the former use of a site, stays out of the name', () => {
    const found = names(plan('1.完成北侧地块、原普丰印染厂地块收储。'), 'Place');
    expect(found).toContain(nameKey('普丰印染厂'));
    expect(found).not.toContain(nameKey('原普丰印染厂'));
  });
});

describe('a phase in brackets', () => {
  it('names a project of its own with the project it follows', () => {
    const found = names(plan('1.推进桂澜河滨水空间贯通工程（二期）建设。'), 'Programme');
    expect(found).toContain(nameKey('桂澜河滨水空间贯通工程（二期）'));
    expect(found).not.toContain(nameKey('桂澜河滨水空间贯通工程'));
  });
});

describe('a day or month named after the work', () => {
  it('belongs to the quoted programme when an event word follows', () => {
    expect(names(plan('1.开展“家门口”服务日活动。'), 'Programme')).toContain(nameKey('“家门口”服务日活动'));
    expect(names(plan('1.举办“云品入沪”消费帮扶月活动。'), 'Programme')).toContain(nameKey('“云品入沪”消费帮扶月活动'));
  });
});

describe('a verb right before the place a project is on', () => {
  it('is the sentence’s verb, not part of the project’s name', () => {
    const found = names(plan('1.视察团重点察看桂澜河滨江公共空间贯通工程，提出建议。'), 'Programme');
    expect(found).toContain(nameKey('桂澜河滨江公共空间贯通工程'));
    expect(found).not.toContain(nameKey('视察团重点察看桂澜河滨江公共空间贯通工程'));
  });
});
