// The boundaries eslint.config.js enforces: core <- adapters <- apps, nothing outside dev/ and tests/ imports
// them, hooks rules in the tab and the task pane, and no clock reads in the core.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: fileURLToPath(new URL('../..', import.meta.url)) });

async function rulesFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const use = (names: string) => `\nexport const used = [${names}];\n`;

describe('import zones', { timeout: 60_000 }, () => {
  it('production code never imports dev/ or tests/, statically or with import()', async () => {
    for (const [file, spec] of [
      ['bot/x.ts', '../dev/graph-emulator/index.ts'],
      ['src/tab/app/x.ts', '../../../dev/tab/graph-proxy.ts'],
      ['addin/src/x.ts', '../../tests/support/browser.ts'],
      ['manifest/x.ts', '../dev/demo-tenant/index.ts'],
    ] as const) {
      expect(await rulesFor(file, `import { a } from '${spec}';${use('a')}`), file).toContain('no-restricted-imports');
      expect(await rulesFor(file, `export const m = () => import('${spec}');`), file).toContain('no-restricted-syntax');
    }
  });

  it('tests, test helpers and dev/ itself may use dev/', async () => {
    expect(await rulesFor('bot/x.test.ts', `import { a } from '../dev/chat/index.ts';${use('a')}`)).toEqual([]);
    expect(await rulesFor('src/graph/testing/x.ts', `import { a } from '../../../dev/graph-emulator/index.ts';${use('a')}`)).toEqual([]);
    expect(await rulesFor('dev/start/x.ts', `import { a } from '../../bot/server.ts';${use('a')}`)).toEqual([]);
  });

  it('the core imports no adapters or apps; adapters import the core only; apps import both', async () => {
    expect(await rulesFor('src/workgroups/x.ts', `import { a } from '../graph/index.ts';${use('a')}`)).toContain('no-restricted-imports');
    expect(await rulesFor('src/text/x.ts', `import { a } from '../web/index.ts';${use('a')}`)).toContain('no-restricted-imports');
    expect(await rulesFor('src/participation/x.ts', `import { a } from '../../bot/index.ts';${use('a')}`)).toContain('no-restricted-imports');
    expect(await rulesFor('src/graph/x.ts', `import { a } from '../store/index.ts';${use('a')}`)).toContain('no-restricted-imports');
    expect(await rulesFor('src/store/x.ts', `import { a } from '../../bot/index.ts';${use('a')}`)).toContain('no-restricted-imports');
    expect(await rulesFor('src/graph/x.ts', `import { a } from '../workgroups/index.ts';${use('a')}`)).toEqual([]);
    expect(await rulesFor('src/tab/app/x.ts', `import { a } from '../../graph/index.ts';${use('a')}`)).toEqual([]);
    expect(await rulesFor('bot/x.ts', `import { a } from '../src/store/index.ts';${use('a')}`)).toEqual([]);
  });
});

describe('the core takes time as an argument', { timeout: 60_000 }, () => {
  it('bans new Date() without arguments and Date.now(), not new Date(value)', async () => {
    expect(await rulesFor('src/workgroups/x.ts', 'export const t = () => new Date();')).toContain('no-restricted-syntax');
    expect(await rulesFor('src/participation/x.ts', 'export const t = () => Date.now();')).toContain('no-restricted-properties');
    expect(await rulesFor('src/workgroups/x.ts', "export const t = () => new Date('2026-12-01');")).toEqual([]);
    expect(await rulesFor('bot/x.ts', 'export const t = () => new Date();')).toEqual([]);
  });
});

describe('React hooks', { timeout: 60_000 }, () => {
  const conditional = `import { useState } from 'react';\nexport function C({ on }: { on: boolean }) {\n  if (on) {\n    const [v] = useState(0);\n    return v;\n  }\n  return null;\n}\n`;
  const missingDep = `import { useEffect } from 'react';\nexport function C({ id, load }: { id: string; load: (id: string) => void }) {\n  useEffect(() => load(id), [load]);\n  return null;\n}\n`;

  it('checks the rules of hooks and effect dependencies in the tab and the task pane', async () => {
    for (const file of ['src/tab/features/x.tsx', 'addin/src/features/x.tsx']) {
      expect(await rulesFor(file, conditional), file).toContain('react-hooks/rules-of-hooks');
      expect(await rulesFor(file, missingDep), file).toContain('react-hooks/exhaustive-deps');
    }
  });
});
