// Reading Adaptive Cards in tests the way a user meets them: the text on screen and the buttons.

/** All text a user would see in a card (TextBlock, TextRun, choice titles, action titles), in order. */
export function visibleText(card: unknown): string[] {
  const out: string[] = [];
  const walk = (n: unknown) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    if ((o.type === 'TextBlock' || o.type === 'TextRun') && typeof o.text === 'string') out.push(o.text);
    if (typeof o.title === 'string') out.push(o.title);
    Object.values(o).forEach(walk);
  };
  walk(card);
  return out;
}

/** The first Action.Execute with this verb anywhere in a card. */
export function findExecute(card: unknown, verb: string): { verb: string; title?: string; data: Record<string, unknown> } | undefined {
  if (Array.isArray(card)) {
    for (const c of card) {
      const f = findExecute(c, verb);
      if (f) return f;
    }
  } else if (card && typeof card === 'object') {
    const o = card as Record<string, unknown>;
    if (o.type === 'Action.Execute' && o.verb === verb) return o as { verb: string; title?: string; data: Record<string, unknown> };
    for (const v of Object.values(o)) {
      const f = findExecute(v, verb);
      if (f) return f;
    }
  }
  return undefined;
}
