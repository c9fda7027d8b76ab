/**
 * Section mode: does a section review past work (its numbers are results) or plan ahead (its
 * numbers are targets)? Decided from the heading, in this order:
 *  1. mode keywords (ingest/data/structure-keywords.json): 工作回顾/上半年/主要工作情况 → review,
 *     工作安排/下半年/主要任务 → plan; a heading with both is left to its sub-sections;
 *  2. a year in the heading against the document's year: earlier → review (2020年工作 in a
 *     report of 2021), later → plan;
 *  3. otherwise inherited from the parent; at the top level, 'plan' in a work plan or action
 *     plan and 'neutral' elsewhere.
 */
import type { DocType, Section, SectionMode } from '../types.ts';
import { keywords } from './keywords.ts';

function modeFromHeading(heading: string, referenceYear: number | null): SectionMode | null {
  const review = keywords.sectionModes.review.some((k) => heading.includes(k));
  const plan = keywords.sectionModes.plan.some((k) => heading.includes(k));
  if (review !== plan) return review ? 'review' : 'plan';
  if (review && plan) return null;
  const year = /((?:19|20)\d{2})\s*年/.exec(heading);
  if (year && referenceYear) {
    const y = Number(year[1]);
    if (y < referenceYear) return 'review';
    if (y > referenceYear) return 'plan';
  }
  return null;
}

export function assignModes(sections: Section[], docType: DocType, referenceYear: number | null): void {
  const topDefault: SectionMode = docType === 'work-plan' || docType === 'action-plan' ? 'plan' : 'neutral';
  sections.forEach((s, i) => {
    const own = modeFromHeading(s.heading, referenceYear);
    const inherited = s.parent >= 0 && s.parent < i ? sections[s.parent].mode : topDefault;
    s.mode = own ?? inherited;
  });
}

/** sections that are annexes or glossaries say nothing about plans or results */
export function neutralise(sections: Section[], indices: Iterable<number>): void {
  const set = new Set(indices);
  sections.forEach((s, i) => {
    if (set.has(i) || (s.parent >= 0 && set.has(s.parent))) {
      s.mode = 'neutral';
      set.add(i);
    }
  });
}
