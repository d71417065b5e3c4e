/**
 * A stand-in for the Teams mobile app, as teams-js sees it: frameless, talking through
 * `window.nativeInterface.framelessPostMessage` (app → host, JSON) and `window.onNativeMessage`
 * (host → app, `{ data: { id, args } }`), the path teams-js takes on iOS and Android when the page has
 * no parent window. It answers `initialize` (after `initDelayMs`, like a slow phone) and `getContext`
 * with a Teams context in the v1 shape the host sends, and records every call in `window.__teamsCalls`.
 */
export interface FakeTeamsContext {
  /** The tab's entityId (the static tab's `mijn-acties`). */
  entityId: string;
  /** The deep link's subEntityId, as Teams passes it on. */
  subEntityId?: string;
  userObjectId: string;
  userDisplayName?: string;
  /** A channel tab: the team's group. */
  groupId?: string;
  teamName?: string;
  channelId?: string;
  frameContext?: 'content' | 'settings';
}

export interface FakeTeamsHostOptions {
  context: FakeTeamsContext;
  /** How long the host takes to answer `initialize`; never answers when undefined and `silent`. */
  initDelayMs?: number;
  silent?: boolean;
  hostClientType?: 'ios' | 'android' | 'web';
}

/** The init script for `page.addInitScript`: installs the fake host before any page script runs. */
export function fakeTeamsHostScript(options: FakeTeamsHostOptions): string {
  const ctx = {
    locale: 'nl-nl',
    theme: 'default',
    frameContext: options.context.frameContext ?? 'content',
    hostClientType: options.hostClientType ?? 'ios',
    entityId: options.context.entityId,
    ...(options.context.subEntityId !== undefined ? { subEntityId: options.context.subEntityId } : {}),
    userObjectId: options.context.userObjectId,
    userDisplayName: options.context.userDisplayName ?? 'Gebruiker',
    ...(options.context.groupId ? { groupId: options.context.groupId, teamId: `19:${options.context.groupId}@thread.tacv2`, teamName: options.context.teamName ?? 'Team' } : {}),
    ...(options.context.channelId ? { channelId: options.context.channelId, channelName: 'Algemeen' } : {}),
  };
  const config = { ctx, delay: options.initDelayMs ?? 0, silent: options.silent === true, clientType: ctx.hostClientType };
  return `(() => {
  const config = ${JSON.stringify(config)};
  const calls = (window.__teamsCalls = []);
  const reply = (id, args) => setTimeout(() => window.onNativeMessage && window.onNativeMessage({ data: { id, args } }), 0);
  window.nativeInterface = {
    framelessPostMessage(json) {
      const msg = JSON.parse(json);
      calls.push(msg.func);
      if (config.silent) return;
      if (msg.func === 'initialize') setTimeout(() => reply(msg.id, [config.ctx.frameContext, config.clientType, '2.0.0', '2.0.0']), config.delay);
      else if (msg.func === 'getContext') reply(msg.id, [config.ctx]);
    },
  };
})();`;
}
