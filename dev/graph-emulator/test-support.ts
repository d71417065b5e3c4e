// Shared set-up for the emulator tests: the real Graph SDK client, trusting the emulator's CA
// through an undici dispatcher (never by switching TLS checks off).
import { Agent } from 'undici';
import { Client } from '@microsoft/microsoft-graph-client';
import type { FetchOptions } from '@microsoft/microsoft-graph-client';
import { buildEmulator } from './index.ts';
import type { Emulator, EmulatorOptions } from './index.ts';

export interface Harness {
  emulator: Emulator;
  url: string;
  agent: Agent;
  client(token?: string): Client;
  /** Plain fetch against the emulator (for what the SDK refuses to send, e.g. 21 batch requests). */
  raw(path: string, init?: { method?: string; headers?: Record<string, string>; body?: unknown }): Promise<{ status: number; headers: Headers; json: unknown }>;
  close(): Promise<void>;
}

/**
 * `asUser`: the default token is that user's delegated (tab) token; without it, the bot's app-only
 * token. Both carry exactly the README's permissions, so a test that needs another kind says so.
 */
export async function startHarness(options: EmulatorOptions = {}, asUser?: string): Promise<Harness> {
  const emulator = buildEmulator(options);
  const { url } = await emulator.listen(0, '127.0.0.1');
  const agent = new Agent({ connect: { ca: emulator.ca } });
  const defaultToken = emulator.issueDevToken(asUser);
  return {
    emulator,
    url,
    agent,
    client(token = defaultToken) {
      return Client.init({
        baseUrl: `${url}/`,
        customHosts: new Set(['127.0.0.1']),
        authProvider: (done) => done(null, token),
        fetchOptions: { dispatcher: agent } as unknown as FetchOptions,
      });
    },
    async raw(path, init = {}) {
      const res = await fetch(`${url}/v1.0${path}`, {
        method: init.method ?? 'GET',
        headers: { Authorization: `Bearer ${defaultToken}`, ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...(init.headers ?? {}) },
        body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
        dispatcher: agent,
      } as RequestInit);
      const text = await res.text();
      return { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : undefined };
    },
    async close() {
      await emulator.close();
      await agent.close();
    },
  };
}

/** The GraphError fields the tests look at. */
export interface SdkError {
  statusCode: number;
  code: string | null;
  message: string;
  requestId: string | null;
  body: string;
  headers?: Headers;
}

export async function expectGraphError(promise: Promise<unknown>): Promise<SdkError> {
  try {
    await promise;
  } catch (err) {
    return err as SdkError;
  }
  throw new Error('Expected the Graph call to fail');
}
