/**
 * A quoted programme named in full once and shorter elsewhere in the same document is one node.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { plan } from './helpers.ts';

const programme = (ex: ReturnType<typeof plan>, name: string) => ex.entities.find((e) => e.type === 'Programme' && nameKey(e.name) === nameKey(name));

describe('shorter forms of a quoted programme', () => {
  it('“某某”品牌 is an alias of “某某”企业服务品牌, with its mentions and relations', () => {
    const ex = plan('1.擦亮“松岚管家”企业服务品牌，服务企业120家。', '2.推广“松岚管家”品牌，由华新镇经济发展办公室负责。');
    const full = programme(ex, '“松岚管家”企业服务品牌');
    expect(full).toBeDefined();
    expect(programme(ex, '“松岚管家”品牌')).toBeUndefined();
    expect(full!.aliases).toContain('“松岚管家”品牌');
    expect(full!.mentions).toHaveLength(2);
    expect(ex.relations.filter((r) => r.from === full!.id && r.type === 'INVOLVES').length).toBeGreaterThan(0);
    expect(ex.relations.every((r) => ex.entities.some((e) => e.id === r.from) && ex.entities.some((e) => e.id === r.to))).toBe(true);
  });

  it('a phase of a quoted programme stays a programme of its own', () => {
    const ex = plan('1.建成“松岚云”数据平台，启动“松岚云”数据平台二期建设。');
    expect(programme(ex, '“松岚云”数据平台')).toBeDefined();
    expect(ex.entities.filter((e) => e.type === 'Programme' && e.name.includes('二期'))).toHaveLength(1);
  });
});
