import fc from 'fast-check';
import { applicationMoveProblem, csv, csvField, nextStages, STAGES } from './pipeline.js';

describe('application pipeline', () => {
  it('walks saved → applied → interviewing → offer → accepted', () => {
    const path = ['saved', 'applied', 'interviewing', 'offer', 'accepted'] as const;
    for (let i = 1; i < path.length; i++)
      expect(applicationMoveProblem(path[i - 1], path[i])).toBeNull();
  });

  it('refuses skipping ahead, going back and leaving a closed application', () => {
    expect(applicationMoveProblem('saved', 'offer')).toContain(
      'next steps are: applied, withdrawn',
    );
    expect(applicationMoveProblem('offer', 'saved')).not.toBeNull();
    for (const closed of ['accepted', 'rejected', 'withdrawn'] as const) {
      expect(nextStages(closed)).toEqual([]);
      expect(applicationMoveProblem(closed, 'applied')).toContain('closed');
    }
  });

  it('allows exactly the listed moves', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STAGES), fc.constantFrom(...STAGES), (from, to) => {
        expect(applicationMoveProblem(from, to) === null).toBe(nextStages(from).includes(to));
      }),
    );
  });
});

describe('CSV export', () => {
  it('quotes separators and quotes, and neutralizes formulas', () => {
    expect(csvField('Acme, Inc.')).toBe('"Acme, Inc."');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(null)).toBe('');
    expect(csvField(new Date('2026-11-26T10:00:00Z'))).toBe('2026-11-26T10:00:00.000Z');
    expect(csv(['a', 'b'], [[1, 'x\ny']])).toBe('a,b\r\n1,"x\ny"\r\n');
  });

  it('round-trips any text through a simple RFC 4180 reader', () => {
    const read = (line: string): string => {
      if (!line.startsWith('"')) return line;
      return line.slice(1, -1).replace(/""/g, '"');
    };
    fc.assert(
      fc.property(fc.string(), (text) => {
        const cell = csvField(text);
        const back = read(cell);
        const expected = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
        expect(back).toBe(expected);
      }),
    );
  });
});
