// Route table and the context every handler receives.
import type { RouteResult } from './http-util.ts';
import type { parsePrefer } from './http-util.ts';
import type { Store } from './store.ts';

export interface Caller {
  /** null for app-only tokens. */
  userId: string | null;
  appId: string;
  roles: string[];
  scopes: string[];
}

export interface Ctx {
  method: string;
  /** Without the `/v1.0` prefix and without the query, e.g. `/planner/tasks/abc`. */
  path: string;
  params: string[];
  query: URLSearchParams;
  headers: Record<string, string | undefined>;
  body: unknown;
  /** `https://host:port/v1.0`, for absolute links. */
  base: string;
  caller: Caller;
  store: Store;
  now: Date;
  prefer: ReturnType<typeof parsePrefer>;
  /** Set when a `staleNextWrite` fault wants this write to lose a race: apply `changes`, bump the ETag first. */
  takeConcurrentEdit(): { changes?: Record<string, unknown> } | undefined;
}

export type Handler = (ctx: Ctx) => RouteResult | Promise<RouteResult>;

export interface Route {
  method: string;
  template: string;
  handler: Handler;
}

export class Router {
  private readonly routes: { method: string; template: string; parts: string[]; literals: number; handler: Handler }[] = [];

  add(method: string, template: string, handler: Handler): void {
    const parts = template.split('/').filter(Boolean);
    this.routes.push({ method, template, parts, literals: parts.filter((p) => p !== '{id}').length, handler });
  }

  /** Every registered route, for the permission table's completeness check. */
  list(): { method: string; template: string }[] {
    return this.routes.map((r) => ({ method: r.method, template: r.template }));
  }

  /** Most literal segments wins, so `/members/microsoft.graph.user` beats `/members/{id}`. */
  match(method: string, path: string): { route?: Route; params: string[]; pathMatched: boolean } {
    const segs = path.split('/').filter(Boolean).map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
    let best: { route: Route; params: string[]; literals: number } | undefined;
    let pathMatched = false;
    for (const r of this.routes) {
      if (r.parts.length !== segs.length) continue;
      const params: string[] = [];
      let okay = true;
      for (let i = 0; i < segs.length; i++) {
        const p = r.parts[i]!;
        const s = segs[i]!;
        if (p === '{id}') params.push(s);
        else if (p.toLowerCase() !== s.toLowerCase()) {
          okay = false;
          break;
        }
      }
      if (!okay) continue;
      pathMatched = true;
      if (r.method !== method) continue;
      if (!best || r.literals > best.literals) best = { route: r, params, literals: r.literals };
    }
    return best ? { route: best.route, params: best.params, pathMatched: true } : { params: [], pathMatched };
  }
}
