// `npm run package`: fills, validates and zips the Teams app package and writes the Word add-in manifest into
// dist/package/ (or --out <dir>).
// Without --tenant: the demo build. Its Teams zip is for looking at and validating only (its name says so);
// its Word add-in manifest points at `npm run dev:addin` (https://localhost:3000) and sideloads as built.
// With --tenant: the municipality's release build; the settings come from the environment or .env, and the
// add-in's <Version> goes up with every build (BUILD_NUMBER from a pipeline, else see releaseAddinVersion).
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { readTenantSettings } from '../src/config/index.ts';
import { buildTeamsPackage, localPackageValues, teamsPackageFileName, zipTeamsPackage, type PackageValues } from './teams-package.ts';
import {
  DEV_ADDIN_BASE_URL,
  manifestFor,
  readAddinVersion,
  readWordAddinTemplate,
  releaseAddinVersion,
  tenantAddinIdentity,
  validateWordAddinManifest,
} from './word-addin.ts';

const outIndex = process.argv.indexOf('--out');
const OUT = outIndex > 0 && process.argv[outIndex + 1] ? process.argv[outIndex + 1]! : join(process.cwd(), 'dist', 'package');
const tenant = process.argv.includes('--tenant');
const packageVersion = (JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

interface Build {
  values: PackageValues;
  addinXml: string;
}

async function tenantBuild(template: string): Promise<Build> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const result = readTenantSettings(process.env);
  if (!result.ok) {
    console.error('Het app-pakket kan niet worden gemaakt. Deze instellingen ontbreken of kloppen niet:');
    for (const p of result.problems) console.error(`  - ${p.name}: ${p.problem}`);
    console.error('Zet ze in .env (zie .env.example) en probeer het opnieuw.');
    process.exit(2);
  }
  const s = result.settings;
  const previousPath = join(OUT, 'word-addin.xml');
  const previous = existsSync(previousPath) ? readAddinVersion(await readFile(previousPath, 'utf8')) : undefined;
  const version = releaseAddinVersion(packageVersion, { now: new Date(), previousVersion: previous, buildNumber: process.env.BUILD_NUMBER });
  // The task pane is served by the same web app, under /addin; the support page at its root.
  const addinXml = manifestFor(template, `${s.PUBLIC_BASE_URL}/addin`, {
    version,
    identity: tenantAddinIdentity(s),
    supportUrl: `${s.PUBLIC_BASE_URL}/support.html`,
  });
  return {
    values: {
      PUBLIC_BASE_URL: s.PUBLIC_BASE_URL,
      TEAMS_APP_ID: s.TEAMS_APP_ID,
      BOT_ID: s.CLIENT_ID,
      AAD_APP_CLIENT_ID: s.TAB_CLIENT_ID,
      GEMEENTE_NAAM: s.GEMEENTE_NAAM,
      APP_VERSION: packageVersion,
    },
    addinXml,
  };
}

function demoBuild(template: string): Build {
  return {
    values: { ...localPackageValues, APP_VERSION: packageVersion },
    // The template as it is: it already points at `npm run dev:addin`.
    addinXml: manifestFor(template, DEV_ADDIN_BASE_URL),
  };
}

const template = await readWordAddinTemplate();
const { values, addinXml } = tenant ? await tenantBuild(template) : demoBuild(template);
const pkg = await buildTeamsPackage(values);
if (pkg.problems.length > 0) {
  console.error('Het Teams-manifest klopt niet:');
  for (const p of pkg.problems) console.error(`  - ${p}`);
  process.exit(1);
}
const addinProblems = await validateWordAddinManifest(addinXml);
if (addinProblems.length > 0) {
  console.error('Het manifest van de Word-add-in klopt niet:');
  for (const p of addinProblems) console.error(`  - ${p}`);
  process.exit(1);
}
await mkdir(OUT, { recursive: true });
const zipPath = join(OUT, teamsPackageFileName(!tenant));
await writeFile(zipPath, await zipTeamsPackage(pkg));
const addinPath = join(OUT, 'word-addin.xml');
await writeFile(addinPath, addinXml);
console.log(`Teams-app-pakket gecontroleerd en gemaakt: ${relative(process.cwd(), zipPath)}`);
console.log(`Manifest van de Word-add-in (versie ${readAddinVersion(addinXml)}) gecontroleerd en gemaakt: ${relative(process.cwd(), addinPath)}`);
if (!tenant) {
  console.log('Let op: dit Teams-pakket is een demo en niet om in Teams te uploaden. Het wijst naar https://localhost:3978,');
  console.log('waar geen HTTPS-server de tab aanbiedt, en de bot- en app-id’s zijn voorbeeldwaarden.');
  console.log('Voor je eigen omgeving: npm run package -- --tenant (met .env).');
  console.log('Het manifest van de Word-add-in kun je wel sideloaden: start eerst npm run dev:addin (https://localhost:3000).');
}
