/** Tokenizer equivalence and the generic rules added for programmes, places, people and districts. */
import nodejieba from 'nodejieba';
import { describe, expect, it } from 'vitest';
import { extract, loadLexicons } from '../../ingest/extract/index.ts';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { tokenize } from '../../ingest/extract/tokens.ts';
import { findDistrictMentions } from '../../ingest/gazetteer/index.ts';
import { docFrom, names } from './helpers.ts';


describe('tokenize (cut + dictionary tags)', () => {
  it('gives the same words and tags as nodejieba.tag', () => {
    loadLexicons();
    const text = '2023年,完成税收总额7.8亿元;副镇长赵立强牵头推进“美丽家园”行动,B超、AT&T和9个小区。';
    const ours = tokenize(text, 0).map((t) => `${t.word}/${t.tag}`);
    expect(ours).toEqual(nodejieba.tag(text).map((t) => `${t.word}/${t.tag}`));
  });
});

describe('extraction rules', () => {
  const TEXT = [
    '华新镇2024年工作计划',
    '一、重点工作',
    '1、镇党委书记张卫民、镇长刘小红带队走访企业,副镇长赵立强牵头成立营商环境工作专班。',
    '2、探索华润时代、七六广场、世纪汇、龙之梦等大型商圈党建形式。',
    '3、做好凤溪四村、八村和白鹤小区成片区改造示范项目,完成嘉松路36-38号、华腾路61弄等14幢非成套住宅改造。',
    '4、实施“党员连心卡”“党员实事卡”“金党徽”在职党员服务项目;在南门居民区试点“楼道微自治”,深化以“邻里365”为核心的文明实践。',
    '5、按照“能装尽装”原则推进加装电梯。会同华新派出所开展巡查。',
  ].join('\n');
  const ex = extract(docFrom(TEXT));

  it('finds people named right after a title in running text', () => {
    expect(names(ex, 'Person')).toEqual(expect.arrayContaining(['张卫民', '刘小红', '赵立强']));
    const p = ex.entities.find((e) => e.type === 'Person' && e.name === '刘小红') as { titles?: string[] };
    expect(p.titles).toContain('镇长');
  });

  it('reads list members as places when most of the list are places', () => {
    const places = names(ex, 'Place');
    expect(places).toEqual(expect.arrayContaining(['华润时代', '七六广场', '龙之梦', '八村', nameKey('嘉松路36-38号')]));
  });

  it('keeps a list of places inside the project named after it', () => {
    const programmes = names(ex, 'Programme');
    expect(programmes).toContain(nameKey('凤溪四村、八村和白鹤小区成片区改造示范项目'));
    expect(programmes).toContain(nameKey('嘉松路36-38号、华腾路61弄等14幢非成套住宅改造'));
  });

  it('treats back-to-back quotes as one programme, a bare quote as a programme only when the work is built around it (以“某某”为核心), not after a verb', () => {
    const programmes = names(ex, 'Programme');
    expect(programmes).toContain(nameKey('“金党徽”在职党员服务项目'));
    expect(programmes).not.toContain(nameKey('“党员连心卡”'));
    expect(programmes).not.toContain(nameKey('“楼道微自治”'));
    expect(programmes).toContain(nameKey('“邻里365”')); // 以“某某”为核心: the work is built around it
    expect(programmes).not.toContain(nameKey('“能装尽装”'));
  });
});

describe('gazetteer short aliases', () => {
  it('does not read a short alias before an organisation suffix as the unit', () => {
    expect(findDistrictMentions('会同陆家嘴管理局推进工作')).toEqual([]);
    expect(findDistrictMentions('会同陆家嘴街道推进工作').map((m) => m.ref.name)).toEqual(['陆家嘴街道']);
  });
});
