/**
 * Where a person's name and a programme's meet: a given name that is a work word (建设, 改造)
 * makes no programme of the title before it.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { names, plan } from './helpers.ts';

describe('a titled person whose given name is a work word', () => {
  it('is a person, and the village and title before them name no programme', () => {
    const text = plan('1.澄浦村党总支书记隗建设、汀湾村党总支书记仉立秋分别牵头开展工作。');
    expect(names(text, 'Person')).toContain(nameKey('隗建设'));
    expect(names(text, 'Programme')).toEqual([]);
  });
});
