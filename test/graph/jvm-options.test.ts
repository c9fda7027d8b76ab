import { describe, expect, it } from 'vitest';
import { jvmOptions } from '../../graph/local-neo4j.ts';

const collectors = (options: string[]) => options.filter((o) => /^-XX:[+-]Use\w+GC$/.test(o));

describe("the local Neo4j's JVM options", () => {
  it('run the parallel collector by default, with the launcher flags Java 17 needs', () => {
    const options = jvmOptions(undefined, undefined);
    expect(collectors(options)).toEqual(['-XX:+UseParallelGC']);
    expect(options).toContain('--add-opens=java.base/java.nio=ALL-UNNAMED');
    expect(options.slice(0, 2)).toEqual(['-Xms512m', '-Xmx1024m']);
  });

  it("let a collector named in KG_NEO4J_JVM_OPTS replace the default (the JVM refuses two)", () => {
    expect(collectors(jvmOptions(undefined, '-Xmx4g -XX:+UseG1GC'))).toEqual(['-XX:+UseG1GC']);
  });

  it("keep the user's other options last, so that they override the defaults", () => {
    const options = jvmOptions(2048, ' -Xmx4g  -XX:TieredStopAtLevel=1 ');
    expect(options.slice(-2)).toEqual(['-Xmx4g', '-XX:TieredStopAtLevel=1']);
    expect(options).toContain('-Xmx2048m');
    expect(collectors(options)).toEqual(['-XX:+UseParallelGC']);
  });
});
