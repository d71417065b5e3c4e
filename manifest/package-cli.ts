// `npm run package`: fills, validates and zips the Teams app package into dist/package/.
// Without --tenant the local demo values are used; with --tenant the settings come from the environment or .env.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { readTenantSettings } from '../src/config/index.ts';
import { buildTeamsPackage, localPackageValues, zipTeamsPackage, type PackageValues } from './teams-package.ts';
import { manifestFor, readWordAddinTemplate, validateWordAddinManifest } from './word-addin.ts';

const outIndex = process.argv.indexOf('--out');
const OUT = outIndex > 0 && process.argv[outIndex + 1] ? process.argv[outIndex + 1]! : join(process.cwd(), 'dist', 'package');

function valuesFromArgs(): PackageValues {
  if (!process.argv.includes('--tenant')) return localPackageValues;
  if (existsSync('.env')) process.loadEnvFile('.env');
  const result = readTenantSettings(process.env);
  if (!result.ok) {
    console.error('Het app-pakket kan niet worden gemaakt. Deze instellingen ontbreken of kloppen niet:');
    for (const p of result.problems) console.error(`  - ${p.name}: ${p.problem}`);
    console.error('Zet ze in .env (zie .env.example) en probeer het opnieuw.');
    process.exit(2);
  }
  const s = result.settings;
  return {
    PUBLIC_BASE_URL: s.PUBLIC_BASE_URL,
    TEAMS_APP_ID: s.TEAMS_APP_ID,
    BOT_ID: s.CLIENT_ID,
    AAD_APP_CLIENT_ID: s.TAB_CLIENT_ID,
    GEMEENTE_NAAM: s.GEMEENTE_NAAM,
    APP_VERSION: process.env.npm_package_version ?? '0.1.0',
  };
}

const values = valuesFromArgs();
const pkg = await buildTeamsPackage(values);
if (pkg.problems.length > 0) {
  console.error('Het Teams-manifest klopt niet:');
  for (const p of pkg.problems) console.error(`  - ${p}`);
  process.exit(1);
}
// The task pane is served by the same web app, under /addin.
const addinXml = manifestFor(await readWordAddinTemplate(), `${values.PUBLIC_BASE_URL}/addin`);
const addinProblems = await validateWordAddinManifest(addinXml);
if (addinProblems.length > 0) {
  console.error('Het manifest van de Word-add-in klopt niet:');
  for (const p of addinProblems) console.error(`  - ${p}`);
  process.exit(1);
}
await mkdir(OUT, { recursive: true });
const zipPath = join(OUT, 'participatie-teams-app.zip');
await writeFile(zipPath, await zipTeamsPackage(pkg));
const addinPath = join(OUT, 'word-addin.xml');
await writeFile(addinPath, addinXml);
console.log(`Teams-app-pakket gecontroleerd en gemaakt: ${relative(process.cwd(), zipPath)}`);
console.log(`Manifest van de Word-add-in gecontroleerd en gemaakt: ${relative(process.cwd(), addinPath)}`);
