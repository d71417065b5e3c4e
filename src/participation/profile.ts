import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { AppError } from '../text/index.ts';
import type { ProfileStamp } from './document.ts';
import defaultProfileJson from './default-profile.json' with { type: 'json' };
import { DOELGROEPEN, INFORMEER_KANALEN, METHODEN, REDENEN, SOORT_STUK, TERUGKOPPEL_KANALEN } from './answers.ts';
import type { Level } from './types.ts';

const text = z.string().refine((s) => s.trim().length > 0);

const levelTextSchema = z.strictObject({
  /** The ladder term shown in brackets in the paragraph and as the option in the checklist. */
  label: text,
  /** Plain-language explanation for the checklist and the advice. */
  beschrijving: text,
  /** Sentence start for participation that took place, e.g. 'Zij konden advies geven'. */
  zinAfgerond: text,
  /** Same for participation that is planned, e.g. 'Zij kunnen advies geven'. */
  zinGepland: text,
  /** How we name what people gave, e.g. 'hun advies'. */
  inbrengWoord: text,
  /** Sentence start when the initiatiefnemer of a permit ran it, where zinAfgerond says "we". */
  zinInitiatiefnemerAfgerond: text.optional(),
  zinInitiatiefnemerGepland: text.optional(),
});

const stukSchema = z.strictObject({
  geenParticipatie: text,
  /** Who takes the decision: 'het college' or 'de raad'. */
  besluiter: text,
  /** Who sets the kaders for coproduceren/meebeslissen. */
  kadersVan: text,
});

const phrases = <K extends string>(keys: readonly K[]) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, text])) as Record<K, typeof text>);

const methodPhrase = z.strictObject({ een: text, meer: text.refine((s) => s.includes('{n}')) });

const without = <K extends string>(keys: readonly K[], drop: K) => keys.filter((k): k is K => k !== drop);

export const profileSchema = z.strictObject({
  profielVersie: z.literal(1),
  gemeentenaam: text,
  /**
   * The administrator's own name and version of this profile (e.g. 'Participatieprofiel Weert', '2026.1'),
   * kept in the answers part of every paragraph it writes. Without them the gemeente's name and a
   * fingerprint of the content stand in (profileIdentity), so a changed profile is still noticed.
   */
  naam: text.optional(),
  versie: text.optional(),
  niveaus: z.strictObject({
    informeren: levelTextSchema,
    raadplegen: levelTextSchema,
    adviseren: levelTextSchema,
    coproduceren: levelTextSchema,
    meebeslissen: levelTextSchema,
    zelfbeheer: levelTextSchema,
  } satisfies Record<Level, typeof levelTextSchema>),
  stukken: z.strictObject(Object.fromEntries(SOORT_STUK.map((k) => [k, stukSchema])) as Record<(typeof SOORT_STUK)[number], typeof stukSchema>),
  /** Standard sentences per reason for no participation; '{Besluiter}' is filled in. */
  redenen: z.strictObject(
    Object.fromEntries(REDENEN.map((k) => [k, z.array(text).max(5)])) as Record<(typeof REDENEN)[number], z.ZodArray<typeof text>>,
  ),
  /**
   * No longer used: the paragraph says how people hear of the decision only when question 7c is
   * answered. Still accepted, so existing profiles keep loading.
   */
  informerenStandaard: text.optional(),
  kanalen: phrases(without(INFORMEER_KANALEN, 'anders')),
  doelgroepen: phrases(without(DOELGROEPEN, 'anders')),
  methoden: z.strictObject(
    Object.fromEntries(without(METHODEN, 'anders').map((k) => [k, methodPhrase])) as Record<
      Exclude<(typeof METHODEN)[number], 'anders'>,
      typeof methodPhrase
    >,
  ),
  terugkoppelKanalen: phrases(without(TERUGKOPPEL_KANALEN, 'anders')),
  /** Art. 16.55 lid 7 Ow: the raad's list of Bopa cases with mandatory participation. */
  bopa: z.strictObject({ alleBopa: z.boolean(), lijst: z.array(text).max(100) }),
  participatieadviseur: z.strictObject({ naam: text, mail: z.email().optional() }),
});

export type Profile = z.infer<typeof profileSchema>;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// A gemeente only writes what differs from the default; arrays replace, objects merge.
function mergeOntoDefault(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return over;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = k in base ? mergeOntoDefault(base[k], v) : v;
  return out;
}

/**
 * Validates a municipality profile. Fields left out fall back to the default profile.
 * @throws AppError('PROFILE.INVALID', { details: { field } }) naming the first wrong field.
 */
export function parseProfile(json: unknown): Profile {
  if (!isPlainObject(json)) throw new AppError('PROFILE.INVALID', { details: { field: '(het hele bestand)' } });
  const result = profileSchema.safeParse(mergeOntoDefault(defaultProfileJson, json));
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = [...issue.path.map(String), ...(issue.code === 'unrecognized_keys' ? [issue.keys[0] ?? ''] : [])];
  throw new AppError('PROFILE.INVALID', { details: { field: path.join('.') || '(het hele bestand)' } });
}

export const defaultProfile: Profile = profileSchema.parse(defaultProfileJson);

const { naam: _n, versie: _v, ...defaultContent } = defaultProfile;

/** The name the built-in default profile goes by in the answers part and in the pane. */
export const DEFAULT_PROFILE_NAME = 'Standaardprofiel';

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isPlainObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Which profile this is, as the answers part records it. The administrator's `naam` and `versie` when
 * given; otherwise the gemeente's name (or 'Standaardprofiel' for the built-in one) and the first
 * 12 hex digits of a SHA-256 over the content, so two different profiles never look the same.
 * @example profileIdentity(defaultProfile) //=> { naam: 'Standaardprofiel', versie: '#3f9a…' }
 */
export function profileIdentity(profile: Profile): ProfileStamp {
  const { naam, versie, ...content } = profile;
  const fingerprint = `#${bytesToHex(sha256(utf8ToBytes(canonicalJson(content)))).slice(0, 12)}`;
  const isDefault = canonicalJson(content) === canonicalJson(defaultContent);
  return { naam: naam ?? (isDefault ? DEFAULT_PROFILE_NAME : profile.gemeentenaam), versie: versie ?? fingerprint };
}

/** True when the paragraph was written with another profile, or another version of it. */
export function isOtherProfile(written: ProfileStamp | undefined, current: ProfileStamp): boolean {
  return written !== undefined && (written.naam !== current.naam || written.versie !== current.versie);
}
