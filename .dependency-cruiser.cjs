// The floors of the house (README "Layout", STYLE.md): imports run downward only.
//   root (src/*.ts, src/cli) → domain modules → shared infrastructure (common, config, database, jobs) → libs
// `npm run lint` runs this; a violation fails CI with the rule's name.
const SHARED = '^src/(common|config|database|jobs)/';
const ROOT = '^src/([^/]+\\.ts$|cli/)';
const DOMAIN = '^src/(?!(common|config|database|jobs|cli|console)/)[^/]+/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycle anywhere in src and libs, type-only imports included.',
      from: { path: '^(src|libs)/' },
      to: { circular: true },
    },
    {
      name: 'no-folder-cycle',
      severity: 'error',
      scope: 'folder',
      comment: 'No cycle between folders (e.g. src/cases ↔ src/decisions): one of two modules depends on the other, never both.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'libs-are-pure',
      severity: 'error',
      comment: 'libs/ is pure TypeScript: nothing from src/, Nest, TypeORM or pg.',
      from: { path: '^libs/' },
      to: { path: ['^src/', '(^|/)node_modules/(@nestjs/|typeorm/|pg/|pg-[^/]+/|@types/pg/)'] },
    },
    {
      name: 'shared-imports-no-domain',
      severity: 'error',
      comment: 'Shared infrastructure (src/common, src/config, src/database, src/jobs) imports no domain module and not the root.',
      from: { path: SHARED },
      to: { path: [DOMAIN, ROOT] },
    },
    {
      name: 'domain-imports-no-root',
      severity: 'error',
      comment: 'Domain modules do not import the composition root (src/*.module.ts, src/http.ts, src/entities.ts, src/cli).',
      from: { path: DOMAIN },
      to: { path: ROOT },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'Every import resolves (a typo in a path alias would otherwise hide an edge).',
      from: { path: '^(src|libs)/' },
      to: { couldNotResolve: true, dependencyTypesNot: ['core'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^src/console/', '\\.spec\\.ts$'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js', '.json'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
