// Entry of the XLSX parse worker (xlsx-worker-reader.ts): a worker thread starts without the parent's
// TypeScript loader, so it registers tsx itself, as bin/lindung.mjs does, then runs the worker module.
import { register } from 'tsx/esm/api';

register();
await import('./xlsx-parse.worker.ts');
