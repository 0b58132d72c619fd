/**
 * `lindung cards pdf|rotate-key`: participant cards from the server's console. `pdf` writes the cards of a
 * NIK (card-sized pages), a village or an OPD (A4 sheets of 8) to --out; the QR links point at
 * $LINDUNG_PUBLIC_URL (or http://HOST:PORT). `rotate-key` makes a new signing key; cards already printed
 * keep verifying with the old one until it is retired (`retire-key <kid>`).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { cliContext } from '../../auth/actor';
import { systemClock, todayIn } from '../../clock/clock';
import { retireCardKey, rotateCardKey } from '../../cards/card-keys';
import { cardSheet, type CardFilter } from '../../cards/cards.service';
import { loadConfig } from '../../config/config';
import { DomainError } from '../../domain/errors';
import { printResult, run } from '../output';
import { withSystem } from '../system';
import { usageError } from './calc-options';

interface PdfOpts { json?: boolean; tenant: string; nik?: string; village?: string; opd?: string; out: string }

function filterOf(opts: PdfOpts): CardFilter {
  const given = [opts.nik, opts.village, opts.opd].filter((v) => v !== undefined).length;
  if (given !== 1) usageError(opts, 'give exactly one of --nik, --village or --opd');
  if (opts.nik !== undefined) return { nik: opts.nik };
  if (opts.village !== undefined) return { villageCode: opts.village };
  if (!/^\d+$/.test(opts.opd!)) throw new DomainError('VALIDATION', 'invalid', { field: 'opd' });
  return { opdId: Number(opts.opd) };
}

export function registerCardsCommands(program: Command) {
  const cards = program.command('cards').description('participant cards (kartu peserta) with a QR link to the live check');

  cards.command('pdf').description('cards of a NIK, a village (A4, 8 per page) or an OPD to a PDF file')
    .requiredOption('--tenant <code>', 'regency code, e.g. 53.16').option('--nik <nik>', 'one person').option('--village <code>', 'village code, e.g. 53.16.03.2001')
    .option('--opd <id>', 'OPD id').requiredOption('--out <file>', 'PDF file to write').option('--json', 'JSON output')
    .action((opts: PdfOpts) => run(opts, async () => {
      const filter = filterOf(opts);
      const config = loadConfig();
      const setup = { dataDir: config.dataDir, today: todayIn(systemClock, opts.tenant), baseUrl: config.publicUrl ?? `http://${config.host}:${config.port}` };
      const file = await withSystem((db) => cardSheet(db, { ...cliContext(), actor: { ...cliContext().actor, tenantCode: opts.tenant } }, opts.tenant, filter, setup));
      const out = path.resolve(opts.out);
      fs.writeFileSync(out, file.content);
      printResult(opts, { file: out, cards: file.cards.length, pages: file.pages, items: file.cards },
        (r: { cards: number; pages: number }) => `${r.cards} kartu, ${r.pages} halaman → ${out}`);
    }));

  cards.command('rotate-key').description('a new card-signing key signs from now on (older cards stay valid)').option('--json', 'JSON output')
    .action((opts: { json?: boolean }) => run(opts, async () => {
      const key = rotateCardKey(loadConfig().dataDir);
      printResult(opts, key, (k: { kid: string }) => `kunci baru: ${k.kid}`);
    }));

  cards.command('retire-key <kid>').description('cards signed with this key answer "invalid" from now on').option('--json', 'JSON output')
    .action((kid: string, opts: { json?: boolean }) => run(opts, async () => {
      const key = retireCardKey(loadConfig().dataDir, kid);
      if (!key) throw new DomainError('CARD_KEY_UNKNOWN', 'invalid', { field: 'kid', kid });
      printResult(opts, key, (k: { kid: string }) => `kunci dicabut: ${k.kid}`);
    }));
}
