/**
 * National and city policies of 2018–2025 from the sourced lexicon (lexicon.json sources): named in
 * running text, each is a Policy, never a district's programme.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { names, plan } from './helpers.ts';

describe('national and city policies named in the text', () => {
  it('大规模设备更新, 认罪认罚从宽制度, 国家节水行动, 五个新城, 上海国际金融中心', () => {
    const ex = plan('1.抓住大规模设备更新机遇，落实认罪认罚从宽制度，深入实施国家节水行动，服务“五个新城”建设和上海国际金融中心建设。');
    expect(names(ex, 'Policy')).toEqual(expect.arrayContaining(['大规模设备更新', '认罪认罚从宽制度', '国家节水行动', '五个新城', '上海国际金融中心'].map(nameKey)));
  });
});
