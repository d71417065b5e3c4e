// The chat view in the browser: conversations on the left, the bot's messages on the right, cards rendered
// with the Adaptive Cards renderer. Every user-controlled string goes into the page as text, never HTML.
import { AdaptiveCard, ExecuteAction, HostConfig, OpenUrlAction, type Action, type IMarkdownProcessingResult } from 'adaptivecards';
import { startText } from '../../../src/text/ui-start.ts';
import type { ChatEntry as Entry } from '../transcript.ts';

interface User {
  id: string;
  displayName: string;
  jobTitle?: string;
}
interface Conversation {
  id: string;
  kind: 'personal' | 'channel';
  title: string;
  userId?: string;
  werkgroepId?: string;
  memberIds: string[];
}
interface Clock {
  now: string;
  speed: number;
}
interface Directory {
  users: User[];
  conversations: Conversation[];
  clock: Clock | null;
  links?: { tab?: string };
}

const t = startText.chat;
const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

const state = {
  dir: undefined as Directory | undefined,
  entries: new Map<string, Entry>(),
  seq: 0,
  current: undefined as string | undefined,
  who: undefined as string | undefined,
  rendered: new Map<string, { seq: number; el: HTMLElement }>(),
};

// Only our own constant text reaches TextBlocks (the bot puts user text in TextRuns), but the renderer would
// turn Markdown into HTML; escape first and allow only bold and italic, so nothing can become markup.
AdaptiveCard.onProcessMarkdown = (text: string, result: IMarkdownProcessingResult) => {
  const escaped = text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  result.outputHtml = escaped
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|\s)_(.+?)_(?=\s|$)/g, '$1<em>$2</em>')
    .replace(/\n/g, '<br>');
  result.didProcess = true;
};

const hostConfig = new HostConfig({
  fontFamily: "'Segoe UI', system-ui, sans-serif",
  supportsInteractivity: true,
  // Card headings sit under the page's h1 and the conversation's h2.
  textBlock: { headingLevel: 3 },
  spacing: { small: 4, default: 8, medium: 12, large: 16, extraLarge: 24, padding: 14 },
  separator: { lineThickness: 1, lineColor: '#E0E0E0' },
  fontSizes: { small: 12, default: 14, medium: 16, large: 20, extraLarge: 24 },
  fontWeights: { lighter: 300, default: 400, bolder: 600 },
  containerStyles: {
    default: {
      backgroundColor: '#FFFFFF',
      foregroundColors: {
        default: { default: '#242424', subtle: '#616161' },
        accent: { default: '#5B5FC7', subtle: '#444791' },
        good: { default: '#237B4B', subtle: '#237B4B' },
        warning: { default: '#835B00', subtle: '#835B00' },
        attention: { default: '#C4314B', subtle: '#C4314B' },
      },
    },
    emphasis: { backgroundColor: '#F5F5F5', foregroundColors: { default: { default: '#242424', subtle: '#616161' } } },
  },
  actions: { maxActions: 6, spacing: 'default', buttonSpacing: 8, showCard: { actionMode: 'inline', inlineTopMargin: 8 }, actionsOrientation: 'horizontal', actionAlignment: 'left' },
});

function userName(id: string | undefined): string {
  return state.dir?.users.find((u) => u.id === id)?.displayName ?? '';
}

function conversation(id = state.current): Conversation | undefined {
  return state.dir?.conversations.find((c) => c.id === id);
}

function showError(message: string | undefined): void {
  const el = $('error');
  el.hidden = !message;
  el.textContent = message ?? '';
}

async function api<T>(path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  } catch {
    throw new Error(t.errors.network);
  }
  const data = (await res.json().catch(() => ({}))) as T & { error?: string };
  if (!res.ok) throw new Error(typeof data.error === 'string' ? data.error : t.errors.network);
  return data;
}

function formatTime(iso: string): string {
  return new Date(iso).toLocaleString('nl-NL', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' });
}

function renderCard(entry: Entry): HTMLElement {
  const box = document.createElement('div');
  box.className = 'card';
  const card = new AdaptiveCard();
  card.hostConfig = hostConfig;
  card.onExecuteAction = (action: Action) => void onAction(entry, action, box);
  try {
    card.parse(entry.card);
    const el = card.render();
    if (!el) throw new Error('empty');
    box.append(el);
  } catch {
    box.textContent = t.errors.cardRender;
  }
  return box;
}

async function onAction(entry: Entry, action: Action, box: HTMLElement): Promise<void> {
  if (action instanceof OpenUrlAction) {
    const url = action.url ?? '';
    const tab = state.dir?.links?.tab;
    if (tab && /^https:\/\/teams\.microsoft\.com\/l\/entity\//.test(url)) window.open(tab, '_blank', 'noopener');
    else showError(t.openUrl(url));
    return;
  }
  if (!(action instanceof ExecuteAction)) return;
  const who = state.who;
  if (!who) return;
  showError(undefined);
  box.classList.add('busy');
  try {
    const { entry: updated } = await api<{ entry: Entry }>(`/api/conversations/${encodeURIComponent(entry.conversationId)}/actions`, {
      userId: who,
      entryId: entry.id,
      verb: action.verb,
      data: (action.data ?? {}) as Record<string, unknown>,
    });
    merge([updated]);
  } catch (error) {
    showError((error as Error).message);
  } finally {
    box.classList.remove('busy');
  }
}

function renderEntry(entry: Entry): HTMLElement {
  const mine = entry.from === 'user';
  const wrap = document.createElement('div');
  wrap.className = mine ? 'msg mine' : 'msg';
  wrap.dataset.entryId = entry.id;
  const meta = document.createElement('div');
  meta.className = 'meta';
  meta.textContent = `${mine ? userName(entry.userId) || t.you : t.bot} · ${formatTime(entry.at)}`;
  wrap.append(meta);
  if (entry.text) {
    const bubble = document.createElement('div');
    bubble.className = 'bubble';
    bubble.textContent = entry.text;
    wrap.append(bubble);
  }
  if (entry.card) wrap.append(renderCard(entry));
  return wrap;
}

function renderConversations(): void {
  const list = $('conversations');
  list.replaceChildren();
  const counts = new Map<string, number>();
  for (const e of state.entries.values()) counts.set(e.conversationId, (counts.get(e.conversationId) ?? 0) + 1);
  for (const [kind, label] of [
    ['personal', t.personal],
    ['channel', t.channels],
  ] as const) {
    const h = document.createElement('h3');
    h.textContent = label;
    list.append(h);
    for (const c of state.dir?.conversations.filter((x) => x.kind === kind) ?? []) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'conv';
      b.dataset.conversationId = c.id;
      b.setAttribute('aria-current', String(c.id === state.current));
      const name = document.createElement('span');
      name.textContent = c.title;
      const n = counts.get(c.id) ?? 0;
      const count = document.createElement('span');
      count.className = n ? 'count' : 'count zero';
      count.textContent = String(n);
      count.setAttribute('aria-label', t.newMessages(n));
      b.append(name, count);
      b.addEventListener('click', () => select(c.id));
      list.append(b);
    }
  }
}

function renderMessages(): void {
  const box = $('messages');
  const items = [...state.entries.values()].filter((e) => e.conversationId === state.current).sort((a, b) => a.at.localeCompare(b.at) || 0);
  if (items.length === 0) {
    state.rendered.clear();
    const p = document.createElement('p');
    p.className = 'empty';
    p.textContent = state.current ? t.empty : t.pick;
    box.replaceChildren(p);
    return;
  }
  const atBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 40;
  const nodes: HTMLElement[] = [];
  for (const e of items) {
    const known = state.rendered.get(e.id);
    if (known && known.seq === e.seq) nodes.push(known.el);
    else {
      const el = renderEntry(e);
      state.rendered.set(e.id, { seq: e.seq, el });
      nodes.push(el);
    }
  }
  box.replaceChildren(...nodes);
  if (atBottom) box.scrollTop = box.scrollHeight;
}

function renderWho(): void {
  const c = conversation();
  const select = $<HTMLSelectElement>('who');
  select.replaceChildren(
    ...(state.dir?.users ?? []).map((u) => {
      const o = document.createElement('option');
      o.value = u.id;
      o.textContent = u.jobTitle ? `${u.displayName} (${u.jobTitle})` : u.displayName;
      return o;
    }),
  );
  if (c?.kind === 'personal') state.who = c.userId;
  else if (!state.who || (c && !c.memberIds.includes(state.who))) state.who = c?.memberIds[0] ?? state.dir?.users[0]?.id;
  select.value = state.who ?? '';
  select.disabled = c?.kind === 'personal';
  $('acting').textContent = state.who ? t.actingAs(userName(state.who)) : '';
  const personal = c?.kind === 'personal';
  $('composer').hidden = !personal;
  $('channel-hint').hidden = personal || !c;
}

function select(id: string): void {
  state.current = id;
  history.replaceState(null, '', `#${encodeURIComponent(id)}`);
  state.rendered.clear();
  const c = conversation();
  $('conv-heading').textContent = c ? (c.kind === 'personal' ? t.chatWith(c.title) : c.title) : '';
  renderWho();
  renderConversations();
  renderMessages();
  const box = $('messages');
  box.scrollTop = box.scrollHeight;
}

function merge(entries: Entry[]): boolean {
  let touched = false;
  for (const e of entries) {
    state.entries.set(e.id, e);
    if (e.conversationId === state.current) touched = true;
  }
  return touched;
}

function renderClock(clock: Clock | null): void {
  if (!clock) return;
  $('clock').textContent = `${t.clock}: ${formatTime(clock.now)}${clock.speed === 1 ? '' : ` (×${clock.speed})`}`;
}

async function poll(): Promise<void> {
  try {
    const data = await api<{ seq: number; entries: Entry[]; clock: Clock | null }>(`/api/entries?since=${state.seq}`);
    state.seq = data.seq;
    renderClock(data.clock);
    if (data.entries.length > 0) {
      const touched = merge(data.entries);
      renderConversations();
      if (touched) renderMessages();
    }
  } catch (error) {
    showError((error as Error).message);
  }
}

async function send(text: string): Promise<void> {
  const c = conversation();
  if (!c || !state.who || !text.trim()) return;
  const button = $<HTMLButtonElement>('send');
  button.disabled = true;
  button.textContent = t.sending;
  showError(undefined);
  try {
    await api(`/api/conversations/${encodeURIComponent(c.id)}/messages`, { userId: state.who, text });
    $<HTMLInputElement>('input').value = '';
    await poll();
  } catch (error) {
    showError((error as Error).message);
  } finally {
    button.disabled = false;
    button.textContent = t.send;
  }
}

async function start(): Promise<void> {
  document.title = t.title;
  $('title').textContent = t.title;
  $('subtitle').textContent = t.subtitle;
  $('who-label').textContent = t.whoAmI;
  $('conv-title').textContent = t.conversations;
  $('send').textContent = t.send;
  $<HTMLInputElement>('input').placeholder = t.messagePlaceholder;
  $('channel-hint').textContent = t.channelHint;
  $('suggestions').replaceChildren(
    ...t.suggestions.map((s) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = s;
      b.addEventListener('click', () => void send(s));
      return b;
    }),
  );
  $('composer').addEventListener('submit', (ev) => {
    ev.preventDefault();
    void send($<HTMLInputElement>('input').value);
  });
  $<HTMLSelectElement>('who').addEventListener('change', (ev) => {
    state.who = (ev.target as HTMLSelectElement).value;
    $('acting').textContent = t.actingAs(userName(state.who));
  });
  try {
    state.dir = await api<Directory>('/api/directory');
  } catch (error) {
    showError((error as Error).message);
    return;
  }
  renderClock(state.dir.clock);
  await poll();
  const wanted = decodeURIComponent(location.hash.slice(1));
  const firstWithCards = state.dir.conversations.find((c) => [...state.entries.values()].some((e) => e.conversationId === c.id && e.card));
  select(conversation(wanted)?.id ?? firstWithCards?.id ?? state.dir.conversations[0]?.id ?? '');
  // A link to another conversation (#id) switches to it without reloading.
  window.addEventListener('hashchange', () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (id !== state.current && conversation(id)) select(id);
  });
  setInterval(() => void poll(), 1500);
}

void start();
