import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ex = (f: string) => join(root, 'examples', f);
const tmp = mkdtempSync(join(tmpdir(), 'paragraaf-'));
function tmpFile(name: string, content: string): string {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
}

function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, {
    readFile: (p) => readFileSync(p, 'utf8'),
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    today: () => '2025-12-01',
  });
  return { code, stdout, stderr };
}

describe('npm run paragraaf', () => {
  it('prints the paragraph and the findings as text', () => {
    const r = run(ex('voorbeeld-c-bopa.json'));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Voor dit plan is participatie verplicht');
    expect(r.stdout).toContain('Controle:\n- Waarschuwing (vraag 15): Terugkoppeling ontbreekt.');
  });

  it('says so when there is nothing to report', () => {
    expect(run(ex('voorbeeld-a-speelruimte.json')).stdout).toContain('De controle vond geen fouten, waarschuwingen of tips.');
  });

  it('prints escaped html', () => {
    const answers = JSON.parse(readFileSync(ex('voorbeeld-a-speelruimte.json'), 'utf8')) as Record<string, unknown>;
    const file = tmpFile('html.json', JSON.stringify({ ...answers, q2_onderwerp: '<script>alert(1)</script>' }));
    const r = run(file, '--format', 'html');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(r.stdout).not.toContain('<script>');
    expect(r.stdout.startsWith('<p>We hebben inwoners')).toBe(true);
  });

  it('prints json with paragraph, advice and findings', () => {
    const r = run(ex('voorbeeld-d-dorpsplein.json'), '--format=json');
    const out = JSON.parse(r.stdout) as { paragraph: { blocks: unknown[] }; text: string; advice: { level: string }; findings: unknown[] };
    expect(out.advice.level).toBe('coproduceren');
    expect(out.paragraph.blocks.length).toBeGreaterThan(3);
    expect(out.text).toContain('€ 250.000');
    expect(out.findings).toEqual([]);
  });

  it('uses a profile', () => {
    const profile = tmpFile('profiel.json', JSON.stringify({ stukken: { collegevoorstel: { geenParticipatie: 'Hier was geen participatie.' } } }));
    expect(run(ex('voorbeeld-b-leges.json'), '--profile', profile).stdout).toContain('Hier was geen participatie.');
  });

  it('exits 1 when the checks find an error', () => {
    const answers = JSON.parse(readFileSync(ex('voorbeeld-c-bopa.json'), 'utf8')) as Record<string, unknown>;
    const r = run(tmpFile('c.json', JSON.stringify({ ...answers, q4b_verslag: 'nee' })));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('- Fout (vraag 4b): Voor dit plan is participatie verplicht, maar er zit geen participatieverslag');
  });

  it.each([
    ['invalid JSON', () => [tmpFile('kapot.json', '{\n  "q1_soortStuk": "raadsvoorstel",\n  oeps\n}')], /geen geldige JSON \(regel 3, teken 3\)/],
    ['a missing file', () => [join(tmp, 'bestaat-niet.json')], /is niet te openen/],
    ['no file', () => [], /het antwoordbestand ontbreekt/],
    ['an unknown option', () => [ex('voorbeeld-a-speelruimte.json'), '--kleur'], /de optie "--kleur" bestaat niet/],
    ['a wrong format', () => [ex('voorbeeld-a-speelruimte.json'), '--format', 'pdf'], /"pdf" is geen formaat/],
    ['unknown fields', () => [tmpFile('extra.json', JSON.stringify({ ...JSON.parse(readFileSync(ex('voorbeeld-a-speelruimte.json'), 'utf8')), kleur: 'rood' }))], /Het veld "kleur" kennen we niet/],
    ['an end date before the start date', () => [tmpFile('periode.json', JSON.stringify({ ...JSON.parse(readFileSync(ex('voorbeeld-a-speelruimte.json'), 'utf8')), q11_periode: { van: '2026-06-20', tot: '2026-05-01' } }))], /De einddatum ligt vóór de begindatum\./],
    ['a negative number of participants', () => [tmpFile('min.json', JSON.stringify({ ...JSON.parse(readFileSync(ex('voorbeeld-a-speelruimte.json'), 'utf8')), q12_aantal: -5 }))], /Het aantal bij vraag 12 is te laag\. Vul een heel getal in van 0 of meer\./],
    ['missing answers', () => [tmpFile('leeg.json', '{"checklistVersion": 2}')], /Vraag 1 \("Wat voor stuk schrijf je\?"\) is niet beantwoord/],
    ['a broken profile', () => [ex('voorbeeld-a-speelruimte.json'), '--profile', ex('profiel-kapot.json')], /gemeenteprofiel klopt niet bij het veld "niveaus.raadplegen.label"/],
    ['a profile that is not JSON', () => [ex('voorbeeld-a-speelruimte.json'), '--profile', tmpFile('p.json', 'nee')], /gemeenteprofiel .* is geen geldige JSON/],
  ] as [string, () => string[], RegExp][])('stops with exit code 2 and a Dutch message on %s', (_name, args, message) => {
    const r = run(...args());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\bat \S+ \(|Error:|\.ts:\d+/);
  });

  it('behaves the same as a real process: exit code 2, no stack trace', () => {
    const bad = tmpFile('proc.json', '{"checklistVersion": 2, "q1_soortStuk": ');
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/participation/cli.ts'), bad], { encoding: 'utf8', cwd: root });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toMatch(/^Het bestand ".*proc\.json" is geen geldige JSON \(regel 1, teken \d+\)\./);
    const ok = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/participation/cli.ts'), ex('voorbeeld-a-speelruimte.json')], { encoding: 'utf8', cwd: root });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('412 mensen deden mee.');
  });
});
