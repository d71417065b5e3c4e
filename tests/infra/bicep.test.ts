// No Bicep compiler installs from npm, so the templates are parsed with the tree-sitter Bicep grammar
// (a syntax error fails the test) and checked against what the app reads.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Language, Parser, type Node } from 'web-tree-sitter';
import { settingDescriptions, tenantSettingsSchema } from '../../src/config/index.ts';

const infra = (p: string) => fileURLToPath(new URL(`../../infra/${p}`, import.meta.url));
let parser: Parser;

beforeAll(async () => {
  await Parser.init();
  const wasm = fileURLToPath(import.meta.resolve('tree-sitter-bicep/tree-sitter-bicep.wasm'));
  parser = new Parser();
  parser.setLanguage(await Language.load(wasm));
});

function parse(file: string): Node {
  const tree = parser.parse(readFileSync(infra(file), 'utf8'));
  if (!tree) throw new Error(`kon ${file} niet lezen`);
  return tree.rootNode;
}

function errors(root: Node): string[] {
  const found: string[] = [];
  const walk = (n: Node) => {
    if (n.isError || n.isMissing) found.push(`${n.type} op regel ${n.startPosition.row + 1}: ${n.text.slice(0, 40)}`);
    for (const c of n.children) if (c) walk(c);
  };
  walk(root);
  return found;
}

const declared = (root: Node, type: string) =>
  root.descendantsOfType(type).map((d) => d!.namedChildren.find((c) => c!.type === 'identifier')!.text);

function params(root: Node): { name: string; required: boolean }[] {
  return root.descendantsOfType('parameter_declaration').map((d) => ({
    name: d!.namedChildren.find((c) => c!.type === 'identifier')!.text,
    required: !d!.text.includes('='),
  }));
}

describe('infra/*.bicep', () => {
  it('every template and parameter file parses without syntax errors', () => {
    const files = [
      ...readdirSync(infra('.')).filter((f) => f.endsWith('.bicep')),
    ];
    expect(files).toContain('main.bicep');
    for (const f of files) expect(errors(parse(f)), f).toEqual([]);
  });

  it('the checker itself notices a broken template', () => {
    const tree = parser.parse("param x string =\nresource web 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'a'\n");
    expect(errors(tree!.rootNode).length).toBeGreaterThan(0);
  });

  const main = () => parse('main.bicep');

  it.each(['test.parameters.json', 'prod.parameters.json', 'azure.parameters.json'])(
    'parameters/%s sets every required parameter, only declared ones, and no secret',
    (file) => {
      const json = JSON.parse(readFileSync(infra(`parameters/${file}`), 'utf8')) as { parameters: Record<string, { value: unknown }> };
      const declaredParams = params(main());
      const set = Object.keys(json.parameters);
      for (const name of set) expect(declaredParams.map((p) => p.name), name).toContain(name);
      for (const p of declaredParams.filter((p) => p.required)) expect(set, p.name).toContain(p.name);
      expect(set.some((n) => /secret|password|key/i.test(n))).toBe(false);
    },
  );

  it('the web app gets every setting the app requires, the secret only as a Key Vault reference', () => {
    const text = readFileSync(infra('main.bicep'), 'utf8');
    const appSettings = [...text.matchAll(/\{ name: '([A-Z_]+)', value: (.+) \}/g)].map((m) => ({ name: m[1]!, value: m[2]! }));
    const names = appSettings.map((s) => s.name);
    const schemaKeys = Object.keys(tenantSettingsSchema.shape);
    // DATA_DIR is for SQLite (Azure uses tables); BOT_MODE stays unset in production.
    for (const key of Object.keys(settingDescriptions)) if (key !== 'DATA_DIR' && key !== 'BOT_MODE') expect(names, key).toContain(key);
    for (const n of names.filter((n) => n in settingDescriptions)) expect(schemaKeys).toContain(n);
    expect(appSettings.find((s) => s.name === 'CLIENT_SECRET')?.value).toMatch(/^'@Microsoft\.KeyVault\(VaultName=/);
    expect(appSettings.find((s) => s.name === 'STORE')?.value).toBe("'azure-tables'");
    expect(text).toMatch(/linuxFxVersion: 'NODE\|22-lts'/);
    expect(params(main()).some((p) => /secret|password/i.test(p.name))).toBe(false);
  });

  it('outputs what the app package and the toolkit need', () => {
    const outputs = declared(main(), 'output_declaration');
    expect(outputs).toEqual(expect.arrayContaining(['PUBLIC_BASE_URL', 'BOT_ID', 'TAB_CLIENT_ID', 'TEAMS_APP_ID', 'AZURE_TABLES_URL', 'KEY_VAULT_NAME', 'KEY_VAULT_SECRET_NAME']));
    const yml = readFileSync(infra('m365agents.yml'), 'utf8');
    for (const v of yml.matchAll(/\$\{\{([A-Z_]+)\}\}/g)) {
      const name = v[1]!;
      const fromEnvFile = readFileSync(infra('env/.env.test'), 'utf8').includes(`${name}=`);
      const written = new RegExp(`: ${name}\\b`).test(yml);
      expect(fromEnvFile || written || outputs.includes(name) || ['SECRET_BOT_PASSWORD', 'WEB_APP_RESOURCE_ID'].includes(name), name).toBe(true);
    }
  });

  it('declares the resources the design names', () => {
    const types = main()
      .descendantsOfType('resource_declaration')
      .map((d) => d!.namedChildren.find((c) => c!.type === 'string')!.text.replace(/'/g, '').split('@')[0]);
    expect(types).toEqual(
      expect.arrayContaining([
        'Microsoft.Web/serverfarms',
        'Microsoft.Web/sites',
        'Microsoft.BotService/botServices',
        'Microsoft.Storage/storageAccounts',
        'Microsoft.KeyVault/vaults',
        'Microsoft.Insights/components',
      ]),
    );
  });
});
