/**
 * A school district or an education department is an education party of an agreement (issue 7, point
 * 3; round 13 class 1): the README counts education governance bodies among education institutions,
 * and the tagger types them `education-authority` (or `ministry`) by their names, but an English name
 * ("Upper Lake Union High School District") holds none of the education stems the event scan looks
 * for in names, so an agreement whose only named party was a district was dropped. Rows: real US
 * news (lcn.news's Upper Lake board report, dailydemocrat.com).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { PartnershipEvent } from '../types.js';
import { normName as norm } from './fixtures/events/cases.js';

const ROWS: { id: string; text: string; parties: string[] }[] = [
  {
    id: 'district-board-approved-mou',
    text: 'UPPER LAKE, Calif. – On Tuesday evening the Upper Lake Unified School District Board continued with the work of determining key administrative positions and completing the tasks needed for the district unification to be complete by the end of June.\nIn an open session that ran just short of a half-hour, the board unanimously approved a memorandum of understanding between the new unified district and the Upper Lake Union High School District regarding the business manager position.',
    parties: ['Upper Lake Union High School District'],
  },
  {
    // Control: with a college among the parties it was read before.
    id: 'college-and-district',
    text: 'Sacramento City College (SCC) and the Davis Joint Unified School District (DJUSD) signed a College and Careers Access Pathways MOU to launch a dual enrollment partnership.',
    parties: ['Sacramento City College', 'Davis Joint Unified School District'],
  },
];

describe('an education authority is an education party', () => {
  it.each(ROWS)('$id', ({ text, parties }) => {
    const events = analyze({ text, published: '2021-09-22' }).events.filter((e): e is PartnershipEvent => e.type === 'partnership');
    expect(events.length, JSON.stringify(events)).toBe(1);
    for (const p of parties) expect(events[0].parties.some((x) => norm(x).includes(norm(p))), `${p} in ${events[0].parties.join(' | ')}`).toBe(true);
  });
});
