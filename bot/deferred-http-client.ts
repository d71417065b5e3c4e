import { Client, type ClientOptions, type Interceptor, type RequestConfig } from '@microsoft/teams.common';

/**
 * The SDK (@microsoft/teams.apps 2.0.16) clones its HTTP client six times for every incoming activity (the
 * per-activity API client, the user and app Graph clients and their v1.0 clients), and each clone builds an
 * axios instance. A card click answered in the invoke response never uses any of them, yet building them
 * was the largest share of the bot's time per activity. This client has the same behaviour, but builds the
 * real client (and its axios instance) only when a request is made, or when something reads or changes it.
 *
 * A clone is made from the parent's state at the moment the clone is first used rather than when clone()
 * was called. That only differs when interceptors are added to the parent in between, which neither the SDK
 * nor this bot does: interceptors are given as options.
 */
export class DeferredHttpClient {
  private real: Client | undefined;

  constructor(private readonly make: () => Client) {}

  /** The real client, built on first need. */
  materialize(): Client {
    return (this.real ??= this.make());
  }

  /** True once the real client exists (tests check that an activity did not build one). */
  get materialized(): boolean {
    return this.real !== undefined;
  }

  get name(): string {
    return this.materialize().name;
  }

  get token(): Client['token'] {
    return this.materialize().token;
  }

  set token(value: Client['token']) {
    this.materialize().token = value;
  }

  get<T = unknown>(url: string, config?: RequestConfig): ReturnType<Client['get']> {
    return this.materialize().get<T>(url, config);
  }

  post<T = unknown>(url: string, data?: unknown, config?: RequestConfig): ReturnType<Client['post']> {
    return this.materialize().post<T>(url, data, config);
  }

  put<T = unknown>(url: string, data?: unknown, config?: RequestConfig): ReturnType<Client['put']> {
    return this.materialize().put<T>(url, data, config);
  }

  patch<T = unknown>(url: string, data?: unknown, config?: RequestConfig): ReturnType<Client['patch']> {
    return this.materialize().patch<T>(url, data, config);
  }

  delete<T = unknown>(url: string, config?: RequestConfig): ReturnType<Client['delete']> {
    return this.materialize().delete<T>(url, config);
  }

  request<T = unknown>(config: RequestConfig): ReturnType<Client['request']> {
    return this.materialize().request<T>(config);
  }

  use(interceptor: Interceptor): number {
    return this.materialize().use(interceptor);
  }

  eject(id: number): void {
    this.materialize().eject(id);
  }

  clear(): void {
    this.materialize().clear();
  }

  clone(options?: ClientOptions): Client {
    return asClient(new DeferredHttpClient(() => this.materialize().clone(options)));
  }
}

/**
 * The SDK's option and field types name the Client class, whose protected members make TypeScript compare it
 * by name; every member the SDK calls is here.
 */
export function asClient(client: DeferredHttpClient): Client {
  return client as unknown as Client;
}

/** A root client for the App: what the SDK builds by default, deferred. */
export function deferredHttpClient(options?: ClientOptions): Client {
  return asClient(new DeferredHttpClient(() => new Client(options)));
}
