import { sameText } from './voice.service.js';

describe('sameText (is this post on X the draft we sent?)', () => {
  it('reads X’s HTML-escaped text as the draft', () => {
    expect(
      sameText('R&amp;D update: 3 &lt; 5 &gt; 2 &amp; more', 'R&D update: 3 < 5 > 2 & more'),
    ).toBe(true);
  });

  it('ignores rewritten links, spacing, case and Unicode composition', () => {
    expect(
      sameText('Café  notes https://t.co/abc123', 'cafe\u0301 notes https://blog.example/x'),
    ).toBe(true);
  });

  it('tells different words apart', () => {
    expect(sameText('Shipped my first pipeline', 'Shipped my second pipeline')).toBe(false);
  });
});
