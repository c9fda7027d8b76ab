/**
 * Names written two ways: the name extracted stays canonical and the other form, which the text also
 * writes, is an alias (seed 000 labels both forms of a listed work; the other fixtures one or both).
 */
import { PHASE_SOURCE } from './phases.ts';
import { COUNT } from './programmes.ts';

/** "A、B等3个小区“美丽家园”改造": the work from its count on (3个小区“美丽家园”改造, as DESIGN.md names it) */
const LISTED_COUNT = new RegExp(`(?<=[、和及与].*|等)${COUNT}\\p{Script=Han}`, 'u');
/** "某园二期建设": the phase without its building (某园二期); of 115 such labels 70 give both forms, 19 only this one */
const BUILT_PHASE = new RegExp(`${PHASE_SOURCE}建设$`);
/** "某某二期工程建设": the works without their building (某某二期工程; 8 labels give it, 1 the whole) */
const BUILT_WORKS = /\p{Script=Han}{3,}工程建设$/u;

/**
 * "“某某”行动": the quoted name alone (2,551 of 2,896 such labels give it as an alias, 62 others only
 * it); not a phase or an edition of it (“某某”平台二期), which is a programme of its own.
 */
const QUOTED_WITH_KIND = /^(“[^“”]{2,}”)(?![^期届]*[期届])\p{Script=Han}{2,}$/u;

export function programmeVariants(name: string): string[] {
  const aliases: string[] = [];
  const quoted = QUOTED_WITH_KIND.exec(name);
  if (quoted) aliases.push(quoted[1]);
  const count = LISTED_COUNT.exec(name);
  if (count && name.length - count.index >= count[0].length + 3) aliases.push(name.slice(count.index));
  if (BUILT_PHASE.test(name) || BUILT_WORKS.test(name)) aliases.push(name.slice(0, -2));
  return aliases;
}

/** "某某片区": the area by its own name too (18 labels give the 片区 form, 8 the name alone) */
const AREA = /^(\p{Script=Han}{2,})片区$/u;

export function placeVariants(name: string): string[] {
  const bare = AREA.exec(name);
  return bare ? [bare[1]] : [];
}

/** "区某某局某某科": a section written after its body by its own name too (76 labels give the whole name, 10 the section alone, 8 both) */
const SECTION_OF_BODY = /^(?:[区市镇]\p{Script=Han}{1,8}?(?:局|委员会|委|联|中心))(\p{Script=Han}{2,8}[科处部])$/u;

export function organisationVariants(name: string): string[] {
  const section = SECTION_OF_BODY.exec(name);
  return section ? [section[1]] : [];
}
