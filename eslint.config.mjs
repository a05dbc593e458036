// Lint rules that encode the house habits (STYLE.md): no floating promises, exhaustive switches,
// no `any` in production code.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'storage/**', 'test/setup/esm-to-cjs.js', 'jest.config.js', 'eslint.config.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      eqeqeq: ['error', 'always'],
      curly: ['error', 'multi-line'],
    },
  },
  {
    // The web console (src/console, its own tsconfig): hooks rules, and the API only through its typed client.
    files: ['src/console/**/*.{ts,tsx,mts}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['src/console/**/*.{ts,tsx,mts}'],
    ignores: ['src/console/api/schema.gen.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['@app/*', '@nestjs/*', 'typeorm'], message: 'The console talks to the API through src/console/api/client.ts only.' }],
          // Barrels pull the holiday calendar or the whole catalogue into the bundle; fines are the server's to compute.
          paths: ['@libs/vn', '@libs/legal', '@libs/cases'].map((name) => ({ name, message: 'Import a module (@libs/vn/dates), not the barrel.' })),
        },
      ],
    },
  },
  {
    // Tests read loosely-typed JSON responses; `any` there is the honest type.
    files: ['test/**/*.ts', '**/*.spec.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
