/**
 * Works named on one or more places: the actions that end such a name (入地, 治理) and a second
 * action joined by 和 (held-out rounds' 街道/镇 documents), each on invented names.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { names, plan } from './helpers.ts';

describe('works on listed places', () => {
  it('burying overhead lines (架空线入地) on counted roads is a programme named with its roads', () => {
    expect(names(plan('1.完成松岚路、梓澜路2条道路架空线入地。'), 'Programme')).toContain(nameKey('松岚路、梓澜路2条道路架空线入地'));
  });

  it('a second action after 和 on a short common object belongs to the same work (架空线入地和合杆整治)', () => {
    expect(names(plan('1.实施梓澜路架空线入地和合杆整治，年内完工。'), 'Programme')).toContain(nameKey('梓澜路架空线入地和合杆整治'));
  });

  it('a kind word closes the name: the work it did after it, or the next phrase, is not part of it; a phase is', () => {
    const done = names(plan('1.梓澜路架空线入地和合杆整治工程入地架空线9.6公里。'), 'Programme');
    expect(done).toContain(nameKey('梓澜路架空线入地和合杆整治工程'));
    expect(done.some((n) => n.endsWith('工程入地'))).toBe(false);
    expect(names(plan('1.启动松岚河综合整治工程一期。'), 'Programme')).toContain(nameKey('松岚河综合整治工程一期'));
  });

  it("a river's ecological treatment (生态治理) on counted rivers is a programme", () => {
    expect(names(plan('1.实施松岚港、梓澜河2条河道生态治理。'), 'Programme')).toContain(nameKey('松岚港、梓澜河2条河道生态治理'));
  });

  it('农村公路 after a road names the road, not a new place', () => {
    const places = names(plan('1.推进松岚公路、梓澜路农村公路提档升级。'), 'Place');
    expect(places).toContain('梓澜路');
    expect(places).not.toContain('梓澜路农村公路');
  });
});
