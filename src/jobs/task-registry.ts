/**
 * What runs for each job kind. The owning capability registers its task when its service module loads
 * (as messages are registered), so this folder never imports a capability; the queue looks a task up
 * only when a job runs.
 *
 * - a *tracked* task has a `job` row (progress the web app and CLI poll): it gets the starter's context
 *   and a progress reporter, and its result is the row's result;
 * - a *system* task (a schedule's) has no row: it runs as "system" and its failure is logged.
 */
import type { RequestContext } from '../auth/actor';
import type { Db } from '../db/database';
import type { JobKind } from './job-kinds';
import type { ProgressSample } from './progress';

export type JobReport = (sample: ProgressSample) => void;

export interface TaskRun {
  readonly db: Db;
  /** Who started the job (for a system task: "system"). */
  readonly ctx: RequestContext;
  readonly tenantCode: string | null;
  readonly report: JobReport;
}

export type TaskHandler<P = never> = (payload: P, run: TaskRun) => Promise<object | void>;

const tasks = new Map<JobKind, TaskHandler<unknown>>();

export function registerTask<P>(kind: JobKind, handler: TaskHandler<P>): void {
  tasks.set(kind, handler as TaskHandler<unknown>);
}

export const taskOf = (kind: JobKind): TaskHandler<unknown> | undefined => tasks.get(kind);
