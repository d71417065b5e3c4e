// Writes the Word add-in manifest for the address the task pane is served from:
//   ADDIN_BASE_URL=https://addin.gemeente.nl [ADDIN_PROFILE_URL=https://…/profiel.json] npm run manifest:addin
// Output: dist/addin/manifest.xml. `npm run package` writes the same for PUBLIC_BASE_URL/addin.
import { mkdirSync, writeFileSync } from 'node:fs';
import { manifestFor, readWordAddinTemplate, validateWordAddinManifest } from '../../manifest/word-addin.ts';

const out = manifestFor(await readWordAddinTemplate(), process.env.ADDIN_BASE_URL ?? 'https://localhost:3000', process.env.ADDIN_PROFILE_URL);
const problems = await validateWordAddinManifest(out);
if (problems.length > 0) {
  console.error(`Het add-in-manifest klopt niet:\n  - ${problems.join('\n  - ')}`);
  process.exit(1);
}
const dir = new URL('../../dist/addin/', import.meta.url);
mkdirSync(dir, { recursive: true });
writeFileSync(new URL('manifest.xml', dir), out);
console.log(`manifest: ${new URL('manifest.xml', dir).pathname}`);
