/** Name keys: the spellings of one person that fuzzy de-duplication must bring together. */
import { describe, expect, it } from 'vitest';
import { cleanName, isUsableName, nameInitials, nameKey } from './person-name';

describe('nameKey', () => {
  it.each([
    ['Yohanes Ndona', 'ndona yohanes'],
    ['Ndona Yohanes', 'ndona yohanes'], // swapped order
    ['NDONA, YOHANES', 'ndona yohanes'], // "Surname, Given"
    ['Yohanes Ndona, S.Pd., M.Pd', 'ndona yohanes'], // titles after a comma
    ['Drs. Yohanes Ndona', 'ndona yohanes'],
    ['Yohanes  Ndona S.Pd', 'ndona yohanes'],
    ['José Ndóna', 'jose ndona'],
    ['Y. Ndona', 'ndona y'],
    ['H. Ahmad Dhae', 'ahmad dhae h'], // a lone "H." may be an initial, so it stays
  ])('%s → %s', (name, key) => expect(nameKey(name)).toBe(key));
});

describe('initials and usability', () => {
  it('gives "Y. Ndona" and "Yohanes Ndona" the same initials', () => {
    expect(nameInitials(nameKey('Y. Ndona'))).toBe(nameInitials(nameKey('Yohanes Ndona')));
  });
  it('needs at least one real word', () => {
    expect([isUsableName('Y. N.'), isUsableName('Yo')]).toEqual([false, true]);
  });
  it('cleans whitespace but keeps the spelling', () => {
    expect(cleanName('  Maria\n  Goreti   Wea ')).toBe('Maria Goreti Wea');
  });
});
