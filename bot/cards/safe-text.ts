// User text (task titles, names, agenda items) comes from Microsoft 365 and may be hostile.
// Decision: user text only ever goes into RichTextBlock TextRuns and Input.Choice titles — elements that
// Teams shows as plain text (no Markdown, no HTML). TextBlocks, whose Markdown Teams renders, carry only
// our own constant text. On top, control characters, bidi overrides and lone surrogates are removed,
// whitespace is collapsed and length is capped, so a title cannot spoof, hide or blow up a card.

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const INVISIBLE_FORMAT = /[\u00AD\u180E\u200B\u2060-\u2064\uFEFF]/g;

export const MAX_TITLE = 200;
export const MAX_NAME = 80;

/** Plain, single-line, bounded text for a TextRun. */
export function safeText(value: string | undefined | null, max = MAX_TITLE): string {
  const clean = String(value ?? '')
    .replace(LONE_SURROGATE, '')
    .replace(BIDI, '')
    .replace(INVISIBLE_FORMAT, '')
    .replace(/[\t\n\r]+/g, ' ')
    .replace(CONTROL, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  const chars = Array.from(clean);
  return chars.length <= max ? clean : `${chars.slice(0, max - 1).join('')}…`;
}

/** Only https links leave the bot; anything else (javascript:, data:, relative) is dropped. */
export function safeUrl(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

const TEAMS_HOSTS = /^(teams\.microsoft\.com|[a-z0-9-]+\.teams\.microsoft\.com|teams\.live\.com|teams\.microsoft\.us|dod\.teams\.microsoft\.us)$/i;

/** Meeting links come from calendar data anyone in the group can edit: only Teams hosts are linked. */
export function safeTeamsUrl(value: string | undefined | null): string | undefined {
  const url = safeUrl(value);
  return url && TEAMS_HOSTS.test(new URL(url).hostname) ? url : undefined;
}
