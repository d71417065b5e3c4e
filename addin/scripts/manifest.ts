// Writes the Word add-in manifest for the address the task pane is served from:
//   ADDIN_BASE_URL=https://addin.gemeente.nl [ADDIN_PROFILE_URL=https://…/profiel.json] npm run manifest:addin
// Output: dist/addin/manifest.xml, with a <Version> one step past the previous output (see releaseAddinVersion).
// For a municipality's own release (its name and add-in id) use `npm run package -- --tenant`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import {
  DEV_ADDIN_BASE_URL,
  manifestFor,
  readAddinVersion,
  readWordAddinTemplate,
  releaseAddinVersion,
  validateWordAddinManifest,
} from '../../manifest/word-addin.ts';

const dir = new URL('../../dist/addin/', import.meta.url);
const target = new URL('manifest.xml', dir);
const packageVersion = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const previousVersion = existsSync(target) ? readAddinVersion(readFileSync(target, 'utf8')) : undefined;
const out = manifestFor(await readWordAddinTemplate(), process.env.ADDIN_BASE_URL ?? DEV_ADDIN_BASE_URL, {
  profileUrl: process.env.ADDIN_PROFILE_URL,
  version: releaseAddinVersion(packageVersion, { now: new Date(), previousVersion, buildNumber: process.env.BUILD_NUMBER }),
});
const problems = await validateWordAddinManifest(out);
if (problems.length > 0) {
  console.error(`Het add-in-manifest klopt niet:\n  - ${problems.join('\n  - ')}`);
  process.exit(1);
}
mkdirSync(dir, { recursive: true });
writeFileSync(target, out);
console.log(`manifest: ${target.pathname} (versie ${readAddinVersion(out)})`);
