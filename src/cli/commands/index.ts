/** Commands contributed by capabilities (calc, agreements, workers, …). Add a registrar here. */
import type { Command } from 'commander';
import { registerAgreementsCommands } from './agreements.command';
import { registerAuditCommands } from './audit.command';
import { registerBackupCommands } from './backup.command';
import { registerBillingCommands } from './billing.command';
import { registerCalcCommands } from './calc.command';
import { registerCardsCommands } from './cards.command';
import { registerEnrolmentCommands } from './enrolment.command';
import { registerImportsCommands } from './imports.command';
import { registerNikCommands } from './nik.command';
import { registerParticipantsCommands } from './participants.command';
import { registerTenantsCommands } from './tenants.command';
import { registerWorkersCommands } from './workers.command';

export const commandRegistrars: ((program: Command) => void)[] = [registerCalcCommands, registerNikCommands, registerAgreementsCommands, registerWorkersCommands, registerImportsCommands, registerAuditCommands, registerBackupCommands, registerTenantsCommands,
  registerParticipantsCommands, registerEnrolmentCommands, registerCardsCommands, registerBillingCommands];
