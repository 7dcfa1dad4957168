// ESLint 9 flat config for the whole repository: TypeScript, Lit, web-component and Lit
// accessibility rules (each plugin's recommended set). `--max-warnings 0` everywhere.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/storybook-static/**',
      '**/.turbo/**',
      '**/custom-elements.json',
      '**/coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'lit/no-template-arrow': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.js', 'packages/test-utils/**'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Tests define throwaway elements to exercise the base class.
      'wc/no-constructor-attributes': 'off',
    },
  },
  {
    files: [
      '**/*.mjs',
      '**/*.cjs',
      'scripts/**',
      '**/scripts/**',
      '.storybook/**',
      'eslint.config.js',
      '.ci/**',
    ],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
  {
    // Node code: the request service (its browser-side inbox excepted) and the command-line
    // tools. Their logs go through the service's logger; the CLIs print on purpose.
    files: ['apps/api/**/*.ts', 'packages/*/src/cli/**', 'packages/*/bin/**', 'apps/*/e2e/**'],
    ignores: ['apps/api/inbox/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: [
      'apps/api/bin/**',
      'apps/api/scripts/**',
      'packages/*/src/cli/**',
      'packages/*/bin/**',
      'apps/*/e2e/**',
    ],
    rules: { 'no-console': 'off' },
  },
  {
    // Benchmarks run in the browser and report what they measure on the console.
    files: ['**/bench/**'],
    rules: { 'no-console': 'off' },
  },
);
