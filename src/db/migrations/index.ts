/** Every migration, in order. Add a file and a line; never edit an applied migration. */
import type { Migration } from 'kysely';
import * as m0001 from './0001-foundation';

export const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
};
