/** Commands contributed by capabilities (calc, agreements, workers, …). Add a registrar here. */
import type { Command } from 'commander';

export const commandRegistrars: ((program: Command) => void)[] = [];
