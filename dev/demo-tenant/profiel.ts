// The demo municipality's profile, as its administrator publishes it on the participation site
// (Gemeenteprofiel/gemeenteprofiel.json in the site's library). The task pane loads it without asking
// once the user agreed to connect; the trajects in participatie.ts were written with this name and version.
import { PROFILE_FILE_PATH } from '../../src/graph/index.ts';
import { seedDriveFile } from '../graph-emulator/index.ts';
import { DEMO_PARTICIPATIE_GROUP_ID } from './participatie.ts';

/** Only what differs from the default profile, as a municipality writes it. */
const DEMO_PROFILE = {
  profielVersie: 1,
  gemeentenaam: 'Weert',
  naam: 'Weert',
  versie: '2026.1',
  kanalen: { gemeentepagina: 'Weert Extra' },
  participatieadviseur: { naam: 'Remco van Dooren' },
} as const;

/** Puts the profile in the participation site's library of an emulator holding the demo tenant. */
export function seedDemoProfile(emulator: { state: object }, now: Date): void {
  seedDriveFile(emulator.state, DEMO_PARTICIPATIE_GROUP_ID, PROFILE_FILE_PATH, JSON.stringify(DEMO_PROFILE, null, 2), 'application/json', now);
}
