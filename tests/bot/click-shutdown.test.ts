// A Klaar either completes or the user is told it was not (surely) saved: Planner failing during the click
// gives a non-success answer with a Dutch message; a stop waits for clicks in flight; a click still running
// when the drain time is up is answered as "maybe not saved"; the same click again is harmless.
import { afterEach, describe, expect, it } from 'vitest';
import { VERBS } from '../../bot/cards/index.ts';
import { NodeHttpAdapter } from '../../bot/http-adapter.ts';
import { answerWhenStopped } from '../../bot/handlers/card-actions.ts';
import { getAction } from '../../src/graph/index.ts';
import { messageFor } from '../../src/text/index.ts';
import { botText } from '../../src/text/ui-bot.ts';
import { amsterdamTime } from '../../src/workgroups/index.ts';
import { cardAction } from './support/activities.ts';
import { startHarness, visibleText, type Harness } from './support/harness.ts';
import { G, U, werkgroepenSeed } from './support/werkgroepen-seed.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function harness(): Promise<Harness> {
  h = await startHarness({ seed: werkgroepenSeed(), now: amsterdamTime('2026-11-26', '08:00'), werkgroepIds: [G.weert], mtGroupId: G.mt, graphRetries: 0 });
  return h;
}

async function klaar(hh: Harness, taskId: string, data?: Record<string, unknown>) {
  const a = await getAction(hh.graph, { werkgroepId: G.weert, taskId });
  const payload = data ?? { actieId: a.id, werkgroepId: G.weert, etag: a.etag, seen: { titel: a.titel, status: a.status, dueDate: a.dueDate, trekkerId: a.trekkerId } };
  const res = await hh.send(cardAction({ serviceUrl: hh.connectorUrl, userId: U.bram, verb: VERBS.done, data: payload }));
  return { res, payload };
}

const patches = (hh: Harness) => hh.emulator.log.filter((e) => e.method === 'PATCH').length;

describe('Klaar when Planner fails', () => {
  it('answers 500 with the Universal Actions error and a Dutch message; nothing is saved', async () => {
    const hh = await harness();
    hh.emulator.faults.add({ method: 'PATCH', path: /^\/planner\/tasks\//, status: 503, times: Infinity });
    const { res } = await klaar(hh, 't-weert');
    expect(res.status).toBe(500);
    expect(res.body).toMatchObject({ statusCode: 500, type: 'application/vnd.microsoft.error', value: { code: 'BOT.NOT_SAVED', message: messageFor('BOT.NOT_SAVED') } });
    expect(JSON.stringify(res.body)).not.toContain(botText.result.doneTitle);
    expect((await getAction(hh.graph, { werkgroepId: G.weert, taskId: 't-weert' })).status).toBe('open');
  });
});

describe('the same click twice', () => {
  it('the second Klaar with the old etag says "al afgerond", writes nothing and shows no conflict', async () => {
    const hh = await harness();
    const first = await klaar(hh, 't-weert');
    expect(first.res.status).toBe(200);
    const after = await getAction(hh.graph, { werkgroepId: G.weert, taskId: 't-weert' });
    expect(after.status).toBe('klaar');
    const writes = patches(hh);
    const again = await klaar(hh, 't-weert', first.payload);
    expect(again.res.status).toBe(200);
    const text = visibleText((again.res.body as { value: unknown }).value).join('\n');
    expect(text).toContain(botText.result.doneTitle);
    expect(text).toContain(botText.result.alreadyDone);
    expect(text).not.toContain(botText.result.conflictTitle);
    expect(patches(hh)).toBe(writes);
    expect((await getAction(hh.graph, { werkgroepId: G.weert, taskId: 't-weert' })).etag).toBe(after.etag);
  });
});

describe('stopping the bot during a click', () => {
  it('waits for the click in flight: the user gets "klaar" and Planner has it', async () => {
    const hh = await harness();
    const a = await getAction(hh.graph, { werkgroepId: G.weert, taskId: 't-weert' });
    const data = { actieId: a.id, werkgroepId: G.weert, etag: a.etag, seen: { titel: a.titel, status: a.status, dueDate: a.dueDate, trekkerId: a.trekkerId } };
    // Every Graph call now takes 300 ms, so the click takes over a second: long enough to stop in the middle.
    hh.emulator.faults.latency(300);
    const before = hh.emulator.httpRequestCount();
    const click = hh.send(cardAction({ serviceUrl: hh.connectorUrl, userId: U.bram, verb: VERBS.done, data }));
    while (hh.emulator.httpRequestCount() === before) await new Promise((r) => setTimeout(r, 10));
    await hh.bot.close();
    const res = await click;
    hh.emulator.faults.latency(0);
    expect(res.status).toBe(200);
    expect(visibleText((res.body as { value: unknown }).value)).toContain(botText.result.doneTitle);
    expect((await getAction(hh.graph, { werkgroepId: G.weert, taskId: 't-weert' })).status).toBe('klaar');
  });

  it('a click still running when the drain time is up is told it may not be saved; new requests get 503', async () => {
    const adapter = new NodeHttpAdapter({ drainMs: 100, abortedResponse: answerWhenStopped });
    let release!: () => void;
    const hanging = new Promise<void>((r) => (release = r));
    adapter.registerRoute('POST', '/api/messages', async () => {
      await hanging;
      return { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: {} } };
    });
    const { url } = await adapter.listen(0, '127.0.0.1');
    const activity = cardAction({ serviceUrl: 'http://127.0.0.1:9', userId: U.bram, verb: VERBS.done, data: {} });
    const post = () => fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    const inFlight = post();
    while (adapter.pending === 0) await new Promise((r) => setTimeout(r, 5));
    const stopping = adapter.stop();
    const res = await inFlight;
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({ statusCode: 500, type: 'application/vnd.microsoft.error', value: { code: 'BOT.SHUTTING_DOWN', message: messageFor('BOT.SHUTTING_DOWN') } });
    await stopping;
    release();
    // After the stop nothing listens any more.
    await expect(post()).rejects.toThrow();
  });

  it('a request arriving on an open connection while draining gets 503, and the drain still waits for the first', async () => {
    const adapter = new NodeHttpAdapter({ drainMs: 5_000 });
    let release!: () => void;
    const hanging = new Promise<void>((r) => (release = r));
    adapter.registerRoute('POST', '/api/messages', async () => {
      await hanging;
      return { status: 200, body: { ok: true } };
    });
    const { port } = await adapter.listen(0, '127.0.0.1');
    const { request, Agent } = await import('node:http');
    const agent = new Agent({ keepAlive: true, maxSockets: 2 });
    const send = () =>
      new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: '/api/messages', method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        });
        req.on('error', reject);
        req.end('{}');
      });
    const first = send();
    while (adapter.pending === 0) await new Promise((r) => setTimeout(r, 5));
    const stopping = adapter.stop();
    const second = await send().catch(() => 0);
    // Either refused with 503 on the kept-alive path, or no connection at all: never handled.
    expect([503, 0]).toContain(second);
    release();
    expect(await first).toBe(200);
    await stopping;
    agent.destroy();
  });
});
