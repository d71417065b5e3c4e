import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The core stays pure: no I/O, no Office.js, no Graph, no bot SDK.
const pureCore = {
  files: ['src/participation/**/*.ts', 'src/workgroups/**/*.ts'],
  ignores: ['**/*.test.ts', '**/cli.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'http', 'https'], message: 'De kern doet geen I/O.' },
          { group: ['@microsoft/*', '@azure/*', 'better-sqlite3', 'react', 'react-dom'], message: 'De kern kent geen adapters.' },
          { group: ['**/graph/**', '**/store/**', '**/tab/**', '**/addin/**', '**/bot/**'], message: 'Core <- adapters <- apps.' },
        ],
      },
    ],
    'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'Geef de tijd door als argument.' }],
  },
};

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'build', 'coverage', 'data', '.data', 'tests/artifacts', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  pureCore,
);
