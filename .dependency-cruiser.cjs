/**
 * The dependency rule (ARCHITECTURE.md), checked in CI:
 *  - domain/ is pure: it imports nothing outside itself;
 *  - regulation/ imports only domain/;
 *  - a capability never imports another capability's repository (only its service);
 *  - server/, http/ and cli/ call services, never repositories (jobs/ is a capability: it owns the `job` table);
 *  - the kernel (domain, regulation, clock, spreadsheet, documents, http, i18n, db, config) never imports a
 *    capability;
 *  - web/ never imports server code (it reads the API through generated types inside web/).
 * Table ownership (a capability names only its own tables) is scripts/check-table-ownership.ts.
 */
/** The kernel: what every capability may use, and which uses none of them. */
const KERNEL = 'domain|regulation|clock|spreadsheet|documents|http|i18n|db|config';

module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { pathNot: ['^src/domain/'] },
    },
    {
      name: 'regulation-only-domain',
      severity: 'error',
      from: { path: '^src/regulation/', pathNot: '\\.(repository|service|routes|messages|test)\\.ts$' },
      to: { pathNot: ['^src/domain/', '^src/regulation/'] },
    },
    {
      name: 'no-foreign-repository',
      comment: "a capability reaches another capability through its service, never its repository",
      severity: 'error',
      from: { path: '^src/([^/]+)/' },
      to: { path: '^src/([^/]+)/.+\\.repository\\.ts$', pathNot: '^src/$1/' },
    },
    {
      name: 'adapters-call-services',
      severity: 'error',
      from: { path: ['^src/(server|http|cli)/', '\\.routes\\.ts$'] },
      to: { path: '\\.repository\\.ts$' },
    },
    {
      name: 'kernel-never-imports-a-capability',
      comment: 'the shared kernel lies beneath the capabilities (ARCHITECTURE.md): it may import only itself and packages',
      severity: 'error',
      from: { path: `^src/(${KERNEL})/`, pathNot: '\\.test\\.ts$' },
      // the one exception: the http kit carries auth's RequestContext (who is calling) on each request
      to: { path: '^src/', pathNot: [`^src/(${KERNEL})/`, '^src/auth/actor\\.ts$'] },
    },
    {
      name: 'web-imports-only-web',
      comment: 'the browser app talks to the server over HTTP; it reads the API contract from its generated types, never server code',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: ['^src/', '^test/', '^bench/', '^scripts/'] },
    },
    { name: 'no-circular', severity: 'warn', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
