import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTranscript } from './transcript.ts';

const dir = mkdtempSync(join(tmpdir(), 'chat-transcript-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('transcript', () => {
  it('raises seq on every change and answers "what changed since"', () => {
    const t = createTranscript();
    const a = t.add({ conversationId: 'c1', from: 'bot', text: 'hallo', at: '2026-12-01T07:00:00.000Z' });
    const b = t.add({ conversationId: 'c2', from: 'bot', card: { type: 'AdaptiveCard' }, at: '2026-12-01T07:00:00.000Z', connectorId: 'x1' });
    expect([a.seq, b.seq]).toEqual([1, 2]);
    expect(t.since(1).map((e) => e.id)).toEqual([b.id]);
    const updated = t.update(b.id, { card: { type: 'AdaptiveCard', version: '1.5' } })!;
    expect(updated.seq).toBe(3);
    expect(t.since(2).map((e) => e.id)).toEqual([b.id]);
    expect(t.findByConnectorId('c2', 'x1')?.id).toBe(b.id);
    expect(t.findByConnectorId('c1', 'x1')).toBeUndefined();
    expect(t.byConversation('c1')).toHaveLength(1);
    expect(t.update('nope', { text: 'x' })).toBeUndefined();
  });

  it('keeps the chat in its file between runs', async () => {
    const file = join(dir, 'chat.json');
    const first = createTranscript({ file });
    const e = first.add({ conversationId: 'c1', from: 'user', userId: 'u1', text: 'mijn acties', at: '2026-12-01T07:00:00.000Z' });
    await first.flush();
    const second = createTranscript({ file });
    expect(second.get(e.id)).toEqual(e);
    expect(second.seq).toBe(first.seq);
    expect(second.add({ conversationId: 'c1', from: 'bot', text: 'x', at: e.at }).seq).toBe(e.seq + 1);
  });

  it('starts empty when the file is damaged', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{"version":1,"seq":');
    expect(createTranscript({ file }).seq).toBe(0);
  });
});
