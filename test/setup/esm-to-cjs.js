// A few dependencies ship ES modules only (content-disposition 3, used by @fastify/static for the API
// docs). Node ≥ 20.19 loads them with require(), but Jest's module system does not: compile them to
// CommonJS with the TypeScript compiler we already have.
const ts = require('typescript');

module.exports = {
  process(source, filename) {
    const out = ts.transpileModule(source, {
      fileName: filename,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, allowJs: true, esModuleInterop: true },
    });
    return { code: out.outputText };
  },
};
