/**
 * An agreement signed by education institutions the text does not name is still one signed (issue 7,
 * point 3; round 13 class 2, the frame): "Leaders from the colleges signed an agreement Thursday to
 * officially begin the Missouri Community College Workforce Development Network" records a partnership
 * with no named party, although no date the extractor reads ("Thursday") or place is in its sentence.
 * Only one agreement signed: agreements in general between unnamed universities and companies stay
 * talk ("The agreements between universities and companies … are often difficult to negotiate").
 * Rows: fox2now.com (AP), ginzburglawoffice.com, europe-internship.com.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { PartnershipEvent } from '../types.js';

const partnerships = (text: string): PartnershipEvent[] =>
  analyze({ text, published: '2017-03-12' }).events.filter((e): e is PartnershipEvent => e.type === 'partnership');

const ROWS: { id: string; text: string; events: number }[] = [
  {
    id: 'leaders-from-the-colleges-signed',
    text: '× Missouri’s community colleges to share training program\n\nST. LOUIS (AP) _ Missouri’s 12 community college systems are working together to train students for jobs offered by the state’s businesses.\n\nLeaders from the colleges signed an agreement Thursday to officially begin the Missouri Community College Workforce Development Network.',
    events: 1,
  },
  { id: 'agreements-in-general', text: 'The agreements between universities and companies for student experiential learning programs are, unfortunately, often difficult to negotiate.', events: 0 },
  { id: 'agreement-as-a-kind', text: 'The agreement is signed by the sending institution (university), the host organization (the company) and the intern.', events: 0 },
];

describe('unnamed education signers of one agreement', () => {
  it.each(ROWS)('$id', ({ text, events }) => {
    const got = partnerships(text);
    expect(got.length, JSON.stringify(got)).toBe(events);
    for (const e of got) {
      expect(e.status).toBe('signed');
      expect(e.parties).toEqual([]);
    }
  });
});
