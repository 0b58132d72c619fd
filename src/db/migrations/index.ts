/** Every migration, in order. Add a file and a line; never edit an applied migration. */
import type { Migration } from 'kysely';
import * as m0001 from './0001-foundation';
import * as m0002 from './0002-regulation-rules';
import * as m0003 from './0003-agreements';
import * as m0004 from './0004-workers';
import * as m0005 from './0005-registry-set-based-references';
import * as m0006 from './0006-import-row-peers';
import * as m0007 from './0007-import-row-retention';
import * as m0008 from './0008-job-queue';
import * as m0009 from './0009-request-throttle';
import * as m0010 from './0010-audit-chain';
import * as m0012 from './0012-enrolment';
import * as m0013 from './0013-enrolment-answer-headers';
import * as m0014 from './0014-billing';
import * as m0015 from './0015-payments';
import * as m0016 from './0016-claims';
import * as m0017 from './0017-claim-documents';
import * as m0018 from './0018-self-service';
import * as m0019 from './0019-reports';
import * as m0024 from './0024-report-finance';

export const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-regulation-rules': m0002,
  '0003-agreements': m0003,
  '0004-workers': m0004,
  '0005-registry-set-based-references': m0005,
  '0006-import-row-peers': m0006,
  '0007-import-row-retention': m0007,
  '0008-job-queue': m0008,
  '0009-request-throttle': m0009,
  '0010-audit-chain': m0010,
  '0012-enrolment': m0012,
  '0013-enrolment-answer-headers': m0013,
  '0014-billing': m0014,
  '0015-payments': m0015,
  '0016-claims': m0016,
  '0017-claim-documents': m0017,
  '0018-self-service': m0018,
  '0019-reports': m0019,
  '0024-report-finance': m0024,
};
