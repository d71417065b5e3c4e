import { Client, HTTPMessageHandler, RetryHandler, RetryHandlerOptions } from '@microsoft/microsoft-graph-client';
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

/**
 * The demo's Graph client: the real SDK, but with our own auth middleware in front, because the SDK's
 * AuthenticationHandler only sends tokens to https Graph hosts and the demo reaches the emulator through
 * the tab's own origin (`/graph/` proxied by the dev server), which avoids certificate warnings.
 */
class SameOriginBearer implements Middleware {
  private next: Middleware | undefined;
  constructor(
    private readonly origin: string,
    private readonly getToken: () => Promise<string>,
  ) {}

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    // The token goes to our own origin's /graph/ only, never to a link that points elsewhere.
    if (new URL(url, this.origin).origin === this.origin) {
      const token = await this.getToken();
      const options = (context.options ??= {});
      if (options.headers instanceof Headers) options.headers.set('Authorization', `Bearer ${token}`);
      else options.headers = { ...(options.headers as Record<string, string> | undefined), Authorization: `Bearer ${token}` };
    }
    await this.next!.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

export function createSameOriginGraphClient(options: { origin: string; path?: string; getToken: () => Promise<string> }): Client {
  const auth = new SameOriginBearer(options.origin, options.getToken);
  const retry = new RetryHandler(new RetryHandlerOptions(1, 2));
  const http = new HTTPMessageHandler();
  auth.setNext(retry);
  retry.setNext(http);
  return Client.initWithMiddleware({
    middleware: auth,
    baseUrl: `${options.origin}${options.path ?? '/graph/'}`,
    defaultVersion: 'v1.0',
  });
}
