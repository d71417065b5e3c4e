// The bot's HTTP edge: bad bodies are refused before the SDK sees them; health endpoints answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot, createLogger, type Bot } from '../../bot/index.ts';
import { openSqliteStore, type BotStore } from '../../src/store/index.ts';
import { AppError } from '../../src/text/index.ts';

let bot: Bot;
let url: string;
let store: BotStore;
const refuse = () => Promise.reject(new AppError('GRAPH.UNAVAILABLE'));

beforeAll(async () => {
  store = openSqliteStore({ file: ':memory:' });
  bot = createBot(
    {
      store,
      workgroups: { loadAction: refuse, completeAction: refuse, handOverAction: refuse, listActionsOf: async () => [] },
      clock: { now: () => new Date().toISOString() },
      links: { teamsAppId: 'teams-app', personalTabEntityId: 'mijn-acties' },
      log: createLogger({ level: 'silent' }),
    },
    { auth: { mode: 'production', clientId: 'bot', tenantId: 't', clientSecret: 'not-used-offline' }, ready: async () => false },
  );
  url = (await bot.listen(0)).url;
});
afterAll(async () => {
  await bot?.close();
  await store?.close();
});

describe('bot HTTP edge', () => {
  it('answers health and readiness', async () => {
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/readyz`)).status).toBe(503);
  });

  it('refuses invalid JSON, non-objects and oversized bodies', async () => {
    const post = (body: string) => fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect((await post('{not json')).status).toBe(400);
    expect((await post('[1,2]')).status).toBe(400);
    expect((await post(JSON.stringify({ type: 'message', text: 'x'.repeat(600_000) }))).status).toBe(413);
    expect((await fetch(`${url}/elders`, { method: 'POST', body: '{}' })).status).toBe(404);
  });

  it('answers 401 to an activity without a token in production', async () => {
    const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message', text: 'help' }) });
    expect(res.status).toBe(401);
  });
});
