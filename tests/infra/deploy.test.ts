// What goes onto the web app: the Agents Toolkit zips the repository minus infra/.webappignore, and the README's
// manual zip leaves out the same. dev/ (emulator, demo tenant, stub connector) and tests/ never ship.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const ignored = readFileSync(root('infra/.webappignore'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));

describe('the deployed web app', () => {
  it('leaves out dev/, tests/ and local secrets', () => {
    for (const name of ['dev', 'tests', 'data', '.env']) expect(ignored).toContain(name);
  });

  it('the Agents Toolkit deploy uses that ignore file', () => {
    expect(readFileSync(root('infra/m365agents.yml'), 'utf8')).toMatch(/ignoreFile: \.\/\.webappignore/);
  });

  it("the README's zip command leaves out the same", () => {
    const readme = readFileSync(root('README.md'), 'utf8');
    const zip = /`(zip -qr app\.zip \. [^`]*)`/.exec(readme)?.[1];
    expect(zip).toBeDefined();
    const excluded = [...(zip ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]!.replace(/\/\*$/, ''));
    for (const name of ignored) expect(excluded, name).toContain(name);
  });
});
