/**
 * Words for the codes the rule book answers with when a rule is missing, ambiguous or malformed, and for
 * the pure domain's codes (every calculation goes through the rule book, so they are registered with it).
 */
import { domainMessages } from '../domain/domain.messages';
import { nikMessages } from '../domain/nik.messages';
import { registerMessages } from '../i18n/messages';

registerMessages({
  ...domainMessages,
  ...nikMessages,
  RULE_NOT_FOUND: {
    id: 'Tidak ada aturan {key} yang berlaku pada {on}.',
    en: 'No {key} rule is in force on {on}.',
  },
  RULE_AMBIGUOUS: { id: 'Lebih dari satu aturan {key} berlaku pada {on}.', en: 'More than one {key} rule is in force on {on}.' },
  RULE_UNIT_MISMATCH: { id: 'Aturan {rule} memakai satuan {actual}, seharusnya {expected}.', en: 'Rule {rule} has unit {actual}, expected {expected}.' },
  RULE_VALUE_INVALID: { id: 'Nilai aturan {rule} tidak dikenal.', en: 'Rule {rule} has an unknown value.' },
  RULE_INVALID: { id: 'Baris aturan {id} tidak valid ({reason}).', en: 'Rule row {id} is invalid ({reason}).' },
  RULE_DUPLICATE_ID: { id: 'Kode aturan {id} terdaftar dua kali.', en: 'Rule id {id} appears twice.' },
  RULE_OVERLAP: { id: 'Masa berlaku aturan {key} saling tumpang tindih.', en: 'Rules for {key} overlap in time.' },
});
