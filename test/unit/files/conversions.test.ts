import { describe, expect, it } from 'vitest';
import { CONVERSION_ID_RE, createConversions } from '../../../src/files/conversions.ts';

const file = (n: number) => ({
  type: 'STL',
  url: `https://cos.example/${n}.stl`,
  previewImageUrl: undefined,
});

describe('conversion records (convertModel results)', () => {
  it('gives each conversion an unguessable id and forgets it once expired', () => {
    const conversions = createConversions();
    const a = conversions.add(file(1), 1000, 2000);
    const b = conversions.add(file(2), 1000, 2000);
    expect(a.id).toMatch(CONVERSION_ID_RE);
    expect(a.id).not.toBe(b.id);
    expect(conversions.get(a.id, 1999)?.file.url).toBe('https://cos.example/1.stl');
    expect(conversions.get(a.id, 2000)).toBeUndefined();
    expect(conversions.size()).toBe(1);
    expect(conversions.get('cnv_AAAAAAAAAAAAAAAA', 0)).toBeUndefined();
  });

  it('keeps at most max records, dropping the oldest', () => {
    const conversions = createConversions({ max: 2 });
    const [a, b, c] = [1, 2, 3].map((n) => conversions.add(file(n), 0, 10_000));
    expect(conversions.size()).toBe(2);
    expect(conversions.get(a?.id ?? '', 1)).toBeUndefined();
    expect(conversions.get(b?.id ?? '', 1)).toBeDefined();
    expect(conversions.get(c?.id ?? '', 1)).toBeDefined();
  });
});
