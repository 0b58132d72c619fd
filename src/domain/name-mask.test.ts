import { describe, expect, it } from 'vitest';
import { maskName } from './name-mask';

describe('maskName', () => {
  it.each([
    ['Maria Goreti Wea', 'Ma*** Go**** W**'],
    // a one-letter word stays as it is: nothing to hide, and "*" alone would read as an error
    ['A Ali', 'A A**'],
    ['  Yohanes   Dhae ', 'Yo***** Dh**'],
    // letters, not UTF-16 units: an accented name is masked per character
    ['Émile Zoë', 'Ém*** Z**'],
    ['', ''],
  ])('%j → %j', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });

  it('never shows more than two letters of any word', () => {
    const masked = maskName('Fransiskus Xaverius Bhoko');
    for (const word of masked.split(' ')) expect(word.replace(/\*/g, '').length).toBeLessThanOrEqual(2);
  });
});
