import { parseXHandle } from './link-x-handle.input.js';

describe('parseXHandle', () => {
  it('stores the handle without its @ and keeps its case', () => {
    expect(parseXHandle('@Ada_L')).toBe('Ada_L');
    expect(parseXHandle(' ada ')).toBe('ada');
    expect(parseXHandle('a'.repeat(15))).toBe('a'.repeat(15));
  });

  it('refuses what X would refuse, naming the handle field', () => {
    for (const bad of ['', '@', '@@ada', 'ada lovelace', 'ada-l', 'a'.repeat(16), 'adá']) {
      expect(() => parseXHandle(bad)).toThrow(
        expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['handle'] }),
      );
    }
  });
});
