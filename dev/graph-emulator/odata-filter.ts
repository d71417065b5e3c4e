// A minimal OData `$filter` evaluator: eq/ne/gt/ge/lt/le, and/or/not, `in (...)`, startswith(),
// and `coll/any(x: x eq 'v')`. Enough for the queries the gateway sends; anything else is a 400
// like Graph's "Invalid filter clause".
import { GraphHttpError, badRequest } from './http-util.ts';

type Token = { t: 'str'; v: string } | { t: 'num'; v: number } | { t: 'word'; v: string } | { t: 'punct'; v: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'") {
      let s = '';
      i++;
      for (;;) {
        if (i >= src.length) throw badRequest('Invalid filter clause: unterminated string literal.');
        if (src[i] === "'") {
          if (src[i + 1] === "'") {
            s += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += src[i++];
      }
      out.push({ t: 'str', v: s });
    } else if ('(),:'.includes(c)) {
      out.push({ t: 'punct', v: c });
      i++;
    } else {
      let w = '';
      while (i < src.length && !/[\s(),:']/.test(src[i]!)) w += src[i++];
      // Unquoted ISO instants (dueDateTime ge 2026-01-01T00:00:00Z) contain ':'; glue them back.
      while (/^\d{4}-\d{2}-\d{2}T\d{2}$/.test(w) || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(w)) {
        if (src[i] !== ':') break;
        w += src[i++];
        while (i < src.length && !/[\s(),:']/.test(src[i]!)) w += src[i++];
      }
      if (/^-?\d+(\.\d+)?$/.test(w)) out.push({ t: 'num', v: Number(w) });
      else out.push({ t: 'word', v: w });
    }
  }
  return out;
}

export type Predicate = (obj: Record<string, unknown>) => boolean;
type Getter = (obj: unknown, scope: Record<string, unknown>) => unknown;

function pathGetter(path: string): Getter {
  const parts = path.split('/');
  return (obj, scope) => {
    let cur: unknown = parts[0]! in scope ? scope[parts[0]!] : (obj as Record<string, unknown> | undefined)?.[parts[0]!];
    for (const p of parts.slice(1)) cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[p] : undefined;
    return cur;
  };
}

const norm = (v: unknown): unknown => (typeof v === 'string' ? v.toLowerCase() : v);

function compare(op: string, a: unknown, b: unknown, caseInsensitive: boolean): boolean {
  const x = caseInsensitive ? norm(a) : a;
  const y = caseInsensitive ? norm(b) : b;
  switch (op) {
    case 'eq':
      return x === y || (x === undefined && y === null);
    case 'ne':
      return !(x === y || (x === undefined && y === null));
    default: {
      if (x === null || x === undefined || y === null) return false;
      const xv = typeof x === 'string' && typeof y === 'string' && !Number.isNaN(Date.parse(x)) && !Number.isNaN(Date.parse(y)) ? Date.parse(x) : x;
      const yv = typeof x === 'string' && typeof y === 'string' && !Number.isNaN(Date.parse(x)) && !Number.isNaN(Date.parse(y)) ? Date.parse(y) : y;
      if (op === 'gt') return (xv as number) > (yv as number);
      if (op === 'ge') return (xv as number) >= (yv as number);
      if (op === 'lt') return (xv as number) < (yv as number);
      return (xv as number) <= (yv as number);
    }
  }
}

export interface FilterOptions {
  /** Directory queries compare strings case-insensitively; SharePoint text equality too. */
  caseInsensitive?: boolean;
  /** Called for every property path the filter reads, e.g. to reject non-indexed SharePoint columns. */
  onPath?: (path: string) => void;
  /** Directory queries allow at most 15 values in an `in (...)` clause. */
  maxInValues?: number;
}

export function compileFilter(src: string, opts: FilterOptions = {}): Predicate {
  const tokens = tokenize(src);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const fail = (): never => {
    throw badRequest(`Invalid filter clause: '${src}'.`);
  };
  const expectPunct = (v: string): void => {
    const t = tokens[pos++];
    if (!t || t.t !== 'punct' || t.v !== v) fail();
  };
  const isWord = (t: Token | undefined, w: string): boolean => t?.t === 'word' && t.v.toLowerCase() === w;

  function literal(): unknown {
    const t = tokens[pos++];
    if (!t) return fail();
    if (t.t === 'str' || t.t === 'num') return t.v;
    if (t.t === 'word') {
      if (t.v === 'true') return true;
      if (t.v === 'false') return false;
      if (t.v === 'null') return null;
      if (!Number.isNaN(Date.parse(t.v)) && /^\d{4}-/.test(t.v)) return new Date(t.v).toISOString();
    }
    return fail();
  }

  function operand(): Getter {
    const t = peek();
    if (t?.t === 'word' && !['true', 'false', 'null'].includes(t.v) && !/^\d{4}-/.test(t.v)) {
      pos++;
      opts.onPath?.(t.v);
      return pathGetter(t.v);
    }
    const v = literal();
    return () => v;
  }

  function primary(): (obj: unknown, scope: Record<string, unknown>) => boolean {
    const t = peek();
    if (t?.t === 'punct' && t.v === '(') {
      pos++;
      const e = orExpr();
      expectPunct(')');
      return e;
    }
    if (isWord(t, 'not')) {
      pos++;
      const e = primary();
      return (o, s) => !e(o, s);
    }
    if (t?.t === 'word' && /^(startswith|endswith|contains)$/i.test(t.v) && tokens[pos + 1]?.t === 'punct') {
      const fn = t.v.toLowerCase();
      pos++;
      expectPunct('(');
      const a = operand();
      expectPunct(',');
      const b = operand();
      expectPunct(')');
      return (o, s) => {
        const x = a(o, s);
        const y = b(o, s);
        if (typeof x !== 'string' || typeof y !== 'string') return false;
        const xs = x.toLowerCase();
        const ys = y.toLowerCase();
        return fn === 'startswith' ? xs.startsWith(ys) : fn === 'endswith' ? xs.endsWith(ys) : xs.includes(ys);
      };
    }
    // coll/any(x: expr)
    if (t?.t === 'word' && /\/any$/i.test(t.v)) {
      pos++;
      const coll = pathGetter(t.v.replace(/\/any$/i, ''));
      opts.onPath?.(t.v.replace(/\/any$/i, ''));
      expectPunct('(');
      const varTok = tokens[pos++];
      if (varTok?.t !== 'word') return fail();
      expectPunct(':');
      const body = orExpr();
      expectPunct(')');
      return (o, s) => {
        const arr = coll(o, s);
        return Array.isArray(arr) && arr.some((el) => body(o, { ...s, [varTok.v]: el }));
      };
    }
    const left = operand();
    const opTok = tokens[pos++];
    if (opTok?.t !== 'word') return fail();
    const op = opTok.v.toLowerCase();
    if (op === 'in') {
      expectPunct('(');
      const values: unknown[] = [];
      for (;;) {
        values.push(literal());
        const n = tokens[pos++];
        if (n?.t === 'punct' && n.v === ')') break;
        if (!(n?.t === 'punct' && n.v === ',')) fail();
      }
      if (opts.maxInValues !== undefined && values.length > opts.maxInValues)
        throw new GraphHttpError(400, 'Request_UnsupportedQuery', `Too many child clauses specified in search filter expression containing 'OR' operators: ${values.length}. Max allowed: ${opts.maxInValues}.`);
      return (o, s) => values.some((v) => compare('eq', left(o, s), v, opts.caseInsensitive ?? false));
    }
    if (!['eq', 'ne', 'gt', 'ge', 'lt', 'le'].includes(op)) fail();
    const right = operand();
    return (o, s) => compare(op, left(o, s), right(o, s), opts.caseInsensitive ?? false);
  }

  function andExpr(): (obj: unknown, scope: Record<string, unknown>) => boolean {
    let e = primary();
    while (isWord(peek(), 'and')) {
      pos++;
      const l = e;
      const r = primary();
      e = (o, s) => l(o, s) && r(o, s);
    }
    return e;
  }

  function orExpr(): (obj: unknown, scope: Record<string, unknown>) => boolean {
    let e = andExpr();
    while (isWord(peek(), 'or')) {
      pos++;
      const l = e;
      const r = andExpr();
      e = (o, s) => l(o, s) || r(o, s);
    }
    return e;
  }

  const expr = orExpr();
  if (pos !== tokens.length) fail();
  return (obj) => expr(obj, {});
}
