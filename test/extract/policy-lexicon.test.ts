/**
 * Policies named in the lexicon (lexicon.json policies): national and municipal frameworks, found by
 * name or alias wherever a document names them.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { names, plan } from './helpers.ts';

describe('national policies named in the lexicon', () => {
  it('are found by name or alias', () => {
    const found = names(plan('1.严格落实中央八项规定精神，推行研发费用加计扣除政策，发放科技创新券。'), 'Policy');
    expect(found).toContain(nameKey('中央八项规定'));
    expect(found).toContain(nameKey('研发费用加计扣除政策'));
    expect(found).toContain(nameKey('科技创新券'));
  });

  it('a quoted institution of the city and its kind word is the policy, not a programme', () => {
    const text = plan('1.落实“四议两公开”工作法，推行“一村居一法律顾问”制度。');
    expect(names(text, 'Policy')).toContain(nameKey('“四议两公开”工作法'));
    expect(names(text, 'Policy')).toContain(nameKey('“一村居一法律顾问”制度'));
    expect(names(text, 'Programme')).toEqual([]);
  });
});

describe('a policy of the lexicon written out with 制度', () => {
  it('is named with it there', () => {
    const found = names(plan('1.落实长期护理保险制度，做好长期护理保险评估。'), 'Policy');
    expect(found).toEqual(expect.arrayContaining([nameKey('长期护理保险制度'), nameKey('长期护理保险')]));
  });
});

describe('national and city frameworks added in session 16', () => {
  it('are policies wherever they are named', () => {
    const found = names(plan('1.编制“十五五”规划，落实公立医院党委领导下的院长负责制，建设新时代城市建设者管理者之家，推广“申工社”平台。'), 'Policy');
    expect(found).toEqual(expect.arrayContaining(['十五五规划', '公立医院党委领导下的院长负责制', '新时代城市建设者管理者之家', '申工社'].map(nameKey)));
  });
});

describe('national campaigns and laws real documents name bare (lexicon policies)', () => {
  it('are policies: 民法典, 爱国卫生运动, 新发展理念, “雪亮工程”, and 15分钟生活圈 as 15分钟社区生活圈', () => {
    const ex = plan('1.贯彻新发展理念，深化“雪亮工程”建设，开展民法典宣传，广泛开展爱国卫生运动，优化15分钟生活圈。');
    expect(names(ex, 'Policy')).toEqual(expect.arrayContaining(['民法典', '爱国卫生运动', '新发展理念', '雪亮工程', '15分钟社区生活圈'].map(nameKey)));
  });
});

describe('chief systems after 河长制 (湾长制, 链长制)', () => {
  it('are policies, quoted or not', () => {
    const ex = plan('1.全面落实湾长制，深化重点产业“链长制”，推进河长制、林长制落地。');
    expect(names(ex, 'Policy')).toEqual(expect.arrayContaining(['湾长制', '链长制', '河长制', '林长制'].map(nameKey)));
  });
});

describe('the city’s enterprise-service system', () => {
  it('“服务包”制度 is a policy, not a programme of the district', () => {
    const ex = plan('1.落实重点企业“服务包”制度，走访企业120家次。');
    expect(names(ex, 'Policy')).toContain(nameKey('“服务包”制度'));
    expect(names(ex, 'Programme')).not.toContain(nameKey('“服务包”制度'));
  });
});

describe('forms of lexicon policies real reports write', () => {
  it('长江“十年禁渔” and 世界级生态岛 without 崇明 are the lexicon policies', () => {
    const ex = plan('1.严格落实长江“十年禁渔”，服务世界级生态岛建设。');
    expect(names(ex, 'Policy')).toEqual(expect.arrayContaining(['长江十年禁渔', '崇明世界级生态岛'].map(nameKey)));
  });
});

describe('fields of work the labels leave out', () => {
  it('城市更新, 对口支援 and 拿地即开工 written bare are no policy (labelled in 27 of 158, 4 of 17 and 6 of 16 documents)', () => {
    const ex = plan('1.推进城市更新，做好对口支援，推行拿地即开工，深化体教融合，推进宜居宜业和美乡村建设。');
    const policies = names(ex, 'Policy');
    for (const none of ['城市更新', '对口支援', '拿地即开工', '体教融合', '宜居宜业和美乡村']) expect(policies).not.toContain(nameKey(none));
  });
});
