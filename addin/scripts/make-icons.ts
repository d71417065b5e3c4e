// Writes the add-in icons (the same ladder as the Teams app) as PNG: `npx tsx addin/scripts/make-icons.ts`.
// The PNGs are committed because the manifest points at them by name.
import { mkdirSync, writeFileSync } from 'node:fs';
import { drawLadderIcon } from '../../manifest/icons.ts';

const SIZES = [16, 32, 64, 80, 128];

const dir = new URL('../../manifest/icons/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const size of SIZES) writeFileSync(new URL(`icon-${size}.png`, dir), drawLadderIcon(size));
console.log(`icons: ${SIZES.join(', ')} px in manifest/icons/`);
