/**
 * The dependency rule (ARCHITECTURE.md), checked in CI:
 *  - domain/ is pure: it imports nothing outside itself;
 *  - regulation/ imports only domain/;
 *  - a capability never imports another capability's repository (only its service);
 *  - server/, http/, cli/ and jobs/ call services, never repositories.
 */
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
      from: { path: ['^src/(server|http|cli|jobs)/', '\\.routes\\.ts$'] },
      to: { path: '\\.repository\\.ts$' },
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
