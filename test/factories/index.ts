/** Test factories: records a scenario needs, one line each (see README.md). */
export { anAgreement } from './agreement.factory';
export { aBatch, type UploadRow } from './import-batch.factory';
export { aTenant, anOpd, dinasOf, NAGEKEO } from './tenant.factory';
export { aVillage } from './village.factory';
export { aWorker, type WorkerSpec } from './worker.factory';
export { aParticipant, aPks, type ParticipantSpec } from './participation.factory';
