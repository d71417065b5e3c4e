// What the chat view shows: every message the bot posted (through the stub Bot Connector) and every
// message a demo user typed, per conversation. Kept in a JSON file so the chat survives a restart,
// just as the bot's reminder ledger does.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { removeStaleTempFiles, writeFileAtomic } from '../../src/files/index.ts';
import { dirname } from 'node:path';

export interface ChatEntry {
  id: string;
  /** Raised on every change, so a client can ask for what changed since its last look. */
  seq: number;
  conversationId: string;
  from: 'bot' | 'user';
  userId?: string;
  text?: string;
  /** The Adaptive Card (the first card attachment), replaced by the refreshed card after an action. */
  card?: Record<string, unknown>;
  at: string;
  /** The id the connector gave the bot's message (for updates through PUT). */
  connectorId?: string;
}

interface Snapshot {
  version: 1;
  seq: number;
  entries: ChatEntry[];
}

export interface Transcript {
  add(entry: Omit<ChatEntry, 'id' | 'seq'>): ChatEntry;
  get(id: string): ChatEntry | undefined;
  findByConnectorId(conversationId: string, connectorId: string): ChatEntry | undefined;
  /** Replaces the card of an entry (or turns it into text), raising its seq. */
  update(id: string, change: { card?: Record<string, unknown>; text?: string }): ChatEntry | undefined;
  since(seq: number): ChatEntry[];
  byConversation(conversationId: string): ChatEntry[];
  readonly seq: number;
  flush(): Promise<void>;
}

export function createTranscript(options: { file?: string; debounceMs?: number } = {}): Transcript {
  const { file } = options;
  // Temp files of a process killed while saving.
  if (file) removeStaleTempFiles(file);
  const loaded = file && existsSync(file) ? readSnapshot(file) : undefined;
  const entries: ChatEntry[] = loaded?.entries ?? [];
  const byId = new Map(entries.map((e) => [e.id, e]));
  let seq = loaded?.seq ?? 0;
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();
  let dirty = false;

  const write = async (): Promise<void> => {
    if (!file || !dirty) return;
    dirty = false;
    const snapshot: Snapshot = { version: 1, seq, entries };
    mkdirSync(dirname(file), { recursive: true });
    await writeFileAtomic(file, JSON.stringify(snapshot), { mode: 0o600 });
  };
  const schedule = (): void => {
    dirty = true;
    if (!file || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      writing = writing.then(write, write);
    }, options.debounceMs ?? 200);
    timer.unref();
  };

  return {
    add(entry) {
      const full: ChatEntry = { ...entry, id: randomUUID(), seq: ++seq };
      entries.push(full);
      byId.set(full.id, full);
      schedule();
      return full;
    },
    get: (id) => byId.get(id),
    findByConnectorId: (conversationId, connectorId) =>
      entries.find((e) => e.conversationId === conversationId && e.connectorId === connectorId),
    update(id, change) {
      const entry = byId.get(id);
      if (!entry) return undefined;
      if (change.card) entry.card = change.card;
      else delete entry.card;
      if (change.text !== undefined) entry.text = change.text;
      else if (change.card) delete entry.text;
      entry.seq = ++seq;
      schedule();
      return entry;
    },
    since: (after) => entries.filter((e) => e.seq > after),
    byConversation: (conversationId) => entries.filter((e) => e.conversationId === conversationId),
    get seq() {
      return seq;
    },
    async flush() {
      if (timer) {
        clearTimeout(timer);
        timer = undefined;
      }
      writing = writing.then(write, write);
      await writing;
    },
  };
}

function readSnapshot(file: string): Snapshot | undefined {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<Snapshot>;
    if (data.version !== 1 || !Array.isArray(data.entries) || typeof data.seq !== 'number') return undefined;
    return { version: 1, seq: data.seq, entries: data.entries };
  } catch {
    // A damaged history only costs the old chat lines; the bot's own data is elsewhere.
    return undefined;
  }
}
