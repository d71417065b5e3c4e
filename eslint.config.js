import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Import zones: core ← adapters ← apps, and nothing but dev/ and tests/ imports dev/ or tests/.
// Matched on the relative specifier (`../graph/index.ts`), so a folder name decides the zone.
const CORE = ['participation', 'workgroups', 'text'];
const ADAPTERS = ['graph', 'store', 'docx', 'scan', 'config', 'web'];
const APP_DIRS = ['bot', 'addin', 'manifest'];
const TESTS_EXCEPTED = ['**/*.test.ts', '**/*.test.tsx', '**/testing/**'];

const up = '^(\\.\\./)+';
/** A relative import that climbs out and into one of `dirs` (e.g. `../../dev/x.ts`). */
const into = (dirs) => `${up}(${dirs.join('|')})(/|$)`;

const DEV_OR_TESTS = { regex: into(['dev', 'tests']), message: 'Productiecode importeert niets uit dev/ of tests/: dev/ geeft de emulator door.' };
const zone = (dirs, message) => ({ regex: into(dirs), message });
const APPS = zone([...APP_DIRS, 'tab'], 'Core <- adapters <- apps: een app importeer je niet.');

/** The same bans for `import()`, which no-restricted-imports does not see. */
const dynamic = (patterns) =>
  patterns.map((p) => ({ selector: `ImportExpression > Literal[value=/${p.regex.replaceAll('/', '\\/')}/]`, message: p.message }));

const NO_ARGS_DATE = {
  selector: "NewExpression[callee.name='Date'][arguments.length=0]",
  message: 'Geef de tijd door als argument.',
};

/** One block per zone: a later block would replace the whole no-restricted-imports of an earlier one. */
function restrict(files, ignores, patterns, extra = {}) {
  return {
    files,
    ignores,
    rules: {
      'no-restricted-imports': ['error', { patterns: [...(extra.patterns ?? []), ...patterns] }],
      'no-restricted-syntax': ['error', ...dynamic(patterns), ...(extra.syntax ?? [])],
      ...(extra.rules ?? {}),
    },
  };
}

const coreFiles = CORE.map((d) => `src/${d}/**/*.{ts,tsx}`);
const corePatterns = [zone([...ADAPTERS, ...APP_DIRS, 'tab'], 'Core <- adapters <- apps: de kern kent geen adapters of apps.'), DEV_OR_TESTS];

// The core stays pure: no I/O, no Office.js, no Graph, no bot SDK, time passed in.
const pureCore = restrict(coreFiles, [...TESTS_EXCEPTED, '**/cli.ts'], corePatterns, {
  patterns: [
    { group: ['node:*', 'fs', 'path', 'http', 'https'], message: 'De kern doet geen I/O.' },
    { group: ['@microsoft/*', '@azure/*', 'better-sqlite3', 'react', 'react-dom'], message: 'De kern kent geen adapters.' },
  ],
  syntax: [NO_ARGS_DATE],
  rules: { 'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'Geef de tijd door als argument.' }] },
});
// The command-line entries in the core do I/O, but stay inside the zones.
const coreCli = restrict(coreFiles.map((g) => g.replace('**/*.{ts,tsx}', '**/cli.ts')), TESTS_EXCEPTED, corePatterns);

// Adapters translate the core to one outside system each: they import the core, not each other or the apps.
const adapters = ADAPTERS.map((a) =>
  restrict(
    [`src/${a}/**/*.{ts,tsx}`],
    TESTS_EXCEPTED,
    [zone(ADAPTERS.filter((x) => x !== a), 'Core <- adapters <- apps: een adapter importeert alleen de kern.'), APPS, DEV_OR_TESTS],
  ),
);

// Apps compose adapters and core; dev/ composes apps with the emulator, never the other way round.
const apps = restrict(['bot/**/*.{ts,tsx}', 'addin/**/*.{ts,tsx}', 'manifest/**/*.{ts,tsx}', 'src/tab/**/*.{ts,tsx}'], TESTS_EXCEPTED, [DEV_OR_TESTS]);

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
  // React: the rules of hooks and complete effect dependencies, in the task pane and the tab.
  {
    files: ['addin/src/**/*.{ts,tsx}', 'src/tab/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // Every hooks warning fails the lint (--max-warnings=0); missing effect dependencies are bugs.
      'react-hooks/exhaustive-deps': 'error',
      // Only says where the React Compiler would skip a component; the project does not run the compiler.
      'react-hooks/preserve-manual-memoization': 'off',
    },
  },
  pureCore,
  coreCli,
  ...adapters,
  apps,
);
