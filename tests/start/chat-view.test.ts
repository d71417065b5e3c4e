// The chat view on its own (no bot): hostile text in cards and messages renders as text in the page, and
// the API answers wrong requests with Dutch errors.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBotConnector } from '../../dev/bot-connector/index.ts';
import { buildChatView, personalConversationId, type ChatView } from '../../dev/chat/index.ts';
import { startText } from '../../src/text/ui-start.ts';
import { launchBrowser } from '../support/browser.ts';
import { ensureChatBuilt, REPO } from './support.ts';

const HOSTILE = '<img src=x onerror="window.__xss=1">';
const user = { id: 'u1', displayName: `Eve ${HOSTILE}` };
const conversationId = personalConversationId(user.id);
let chat: ChatView;
let url: string;

async function post(path: string, body: unknown): Promise<Response> {
  return fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

beforeAll(async () => {
  await ensureChatBuilt();
  chat = buildChatView({
    connector: buildBotConnector(),
    botUrl: () => undefined,
    users: [user],
    werkgroepen: [{ id: 'g1', naam: `Werkgroep ${HOSTILE}`, memberIds: [user.id], ownerIds: [user.id] }],
    tenantId: 'tenant',
    staticDir: join(REPO, 'dist/chat'),
  });
  url = (await chat.listen(0)).url;
  // What a bot could post: our own text in TextBlocks (Markdown), user text in TextRuns and choices.
  const card = {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: `**Vet** en ${HOSTILE} [klik](javascript:window.__xss=2)`, wrap: true },
      { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: '<script>window.__xss=3</script> ‮tekst' }] },
      { type: 'Input.ChoiceSet', id: 'naar', choices: [{ title: HOSTILE, value: 'x' }] },
    ],
    actions: [{ type: 'Action.Execute', title: 'Klaar', verb: 'x', data: { a: 1 } }],
  };
  for (const body of [
    { type: 'message', text: `Gewone tekst ${HOSTILE}` },
    { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] },
  ]) {
    const res = await post(`/v3/conversations/${encodeURIComponent(conversationId)}/activities`, body);
    expect(res.status).toBe(201);
  }
});
afterAll(async () => chat?.close());

describe('chat view', { timeout: 60_000 }, () => {
  it('takes the connector\'s messages into the transcript', async () => {
    const { entries } = (await (await fetch(`${url}/api/entries?since=0`)).json()) as { entries: { conversationId: string; card?: unknown; text?: string }[] };
    expect(entries).toHaveLength(2);
    expect(entries.every((e) => e.conversationId === conversationId)).toBe(true);
    expect(entries[1]!.card).toBeDefined();
  });

  it('renders hostile text as text: no markup, no script, no javascript: link', async () => {
    mkdirSync(join(REPO, 'tests/artifacts'), { recursive: true });
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 700 } });
      await page.goto(`${url}/#${encodeURIComponent(conversationId)}`);
      await page.locator('.ac-adaptiveCard').waitFor({ timeout: 15_000 });
      await page.screenshot({ path: join(REPO, 'tests/artifacts/start-chat-hostile.png') });
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.locator('#messages script').count()).toBe(0);
      expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
      // Our Markdown still works: bold is bold.
      expect(await page.locator('.ac-adaptiveCard strong').first().textContent()).toBe('Vet');
      const text = await page.locator('#messages').innerText();
      expect(text).toContain(`Gewone tekst ${HOSTILE}`);
      expect(text).toContain('<script>window.__xss=3</script>');
      expect(await page.locator('#who option').first().textContent()).toBe(user.displayName);
    } finally {
      await browser.close();
    }
  });

  it('answers wrong requests with Dutch errors and sends nothing', async () => {
    const unknown = await post(`/api/conversations/${encodeURIComponent('a:personal-nobody')}/messages`, { userId: user.id, text: 'help' });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: startText.chat.errors.unknownConversation });
    const bad = await post(`/api/conversations/${encodeURIComponent(conversationId)}/actions`, { userId: user.id });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: startText.chat.errors.badInput });
    const noEntry = await post(`/api/conversations/${encodeURIComponent(conversationId)}/actions`, { userId: user.id, entryId: 'x', verb: 'v', data: {} });
    expect(noEntry.status).toBe(404);
    expect(await noEntry.json()).toEqual({ error: startText.chat.errors.unknownActivity });
    const noBot = await post(`/api/conversations/${encodeURIComponent(conversationId)}/messages`, { userId: user.id, text: 'help' });
    expect(noBot.status).toBe(503);
    expect(await noBot.json()).toEqual({ error: startText.chat.errors.botUnavailable });
  });
});
