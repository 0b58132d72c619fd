import { describe, expect, it } from 'vitest';
import { memoizeText } from './text-memo';

describe('memoizeText', () => {
  it('gives the same results as the function itself, for repeated and distinct texts', () => {
    let calls = 0;
    const key = (text: string) => { calls++; return text.trim().toLowerCase(); };
    const memoized = memoizeText(key);
    const texts = ['Dinas Kesehatan', ' dinas kesehatan', 'Dinas Kesehatan', 'BAPPEDA', 'Dinas Kesehatan', 'BAPPEDA', ''];
    expect(texts.map(memoized)).toEqual(texts.map((t) => t.trim().toLowerCase()));
    // each distinct text computed once: the repeats are answered from the memo
    expect(calls).toBe(new Set(texts).size);
  });

  it('stays bounded: when full it starts over and still answers correctly', () => {
    let calls = 0;
    const memoized = memoizeText((text: string) => { calls++; return text.length; }, 2);
    expect(['a', 'bb', 'ccc', 'a', 'bb'].map(memoized)).toEqual([1, 2, 3, 1, 2]);
    // 'ccc' filled the memo past 2 entries, so 'a' and 'bb' were computed again
    expect(calls).toBe(5);
  });
});
