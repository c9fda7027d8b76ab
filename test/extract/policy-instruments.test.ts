/**
 * After a quoted policy, only a campaign, a mechanism or an event is a programme of its own
 * (lexicon.json policyProgrammeKinds); its platform, service or scene is the policy.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { names, plan } from './helpers.ts';

describe('a kind word after a quoted policy', () => {
  it('that names the policy’s instrument gives the policy, not a programme', () => {
    const text = plan('1.依托“一网统管”城运平台，拓展“一网统管”社区治理场景，深化“一网通办”涉企服务。');
    expect(names(text, 'Programme')).toEqual([]);
    expect(names(text, 'Policy').length).toBeGreaterThan(0);
  });

  it('that names a campaign or a mechanism of its own gives a programme', () => {
    const found = names(plan('1.开展“美丽家园”提质行动，建立“跨省通办”协作机制。'), 'Programme');
    expect(found).toContain(nameKey('“美丽家园”提质行动'));
    expect(found).toContain(nameKey('“跨省通办”协作机制'));
  });

  it('on a place named before it gives the project on that place', () => {
    expect(names(plan('1.完成澄枫新村“美丽家园”改造。'), 'Programme')).toContain(nameKey('澄枫新村“美丽家园”改造'));
  });
});
