import {
  ActionSet,
  AdaptiveCard,
  Column,
  ColumnSet,
  Container,
  OpenUrlAction,
  RichTextBlock,
  TextBlock,
  TextRun,
  type CardElement,
  type IExecuteAction,
  type IOpenUrlAction,
  type IShowCardAction,
} from '@microsoft/teams.cards';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { nl } from 'date-fns/locale/nl';
import { formatDateNl } from '../../src/text/index.ts';
import { daysBetween } from '../../src/workgroups/index.ts';
import { botText } from '../../src/text/ui-bot.ts';
import { safeText, safeUrl } from './safe-text.ts';

/** A piece of a line: our own text as a string, user text wrapped with `user()`. */
export type Part = string | { user: string; max?: number; bold?: boolean };

export const user = (text: string | undefined, max?: number): Part => ({ user: text ?? '', ...(max ? { max } : {}) });
export const userBold = (text: string | undefined, max?: number): Part => ({ user: text ?? '', bold: true, ...(max ? { max } : {}) });

/** Constant text of ours: a TextBlock is fine here. */
export function heading(text: string, size: 'Medium' | 'Large' = 'Medium'): TextBlock {
  return new TextBlock(text, { size, weight: 'Bolder', wrap: true, style: 'heading' });
}

export function note(text: string, subtle = true): TextBlock {
  return new TextBlock(text, { wrap: true, isSubtle: subtle, spacing: 'Small' });
}

/** A line mixing our text and user text, rendered as plain TextRuns (never Markdown). */
export function line(...parts: Part[]): RichTextBlock {
  const runs = parts.map((p) =>
    typeof p === 'string' ? new TextRun(p) : new TextRun(safeText(p.user, p.max), p.bold ? { weight: 'Bolder' } : {}),
  );
  return new RichTextBlock({ spacing: 'Small' }).withInlines(...runs);
}

/** "Label: value" as two columns; the label is ours, the value may be user text. */
export function fact(label: string, ...value: Part[]): ColumnSet {
  return new ColumnSet({ spacing: 'Small' }).withColumns(
    new Column(new TextBlock(label, { weight: 'Bolder', wrap: true })).withWidth('auto'),
    new Column(line(...value)).withWidth('stretch'),
  );
}

export function section(title: string, ...items: CardElement[]): Container {
  return new Container(new TextBlock(title, { weight: 'Bolder', wrap: true, spacing: 'Medium' }), ...items).withSpacing('Medium');
}

export function dateNl(date: string | undefined): string {
  if (!date) return botText.result.noDeadline;
  try {
    return formatDateNl(date);
  } catch {
    return botText.result.noDeadline;
  }
}

/**
 * For something one working day away: undefined when that day is tomorrow (say "morgen"), otherwise the
 * day written out ("maandag 7 december"), because a weekend or holiday lies in between.
 */
export function nextWorkingDayName(today: string | undefined, date: string | undefined): string | undefined {
  if (!today || !date) return undefined;
  try {
    return daysBetween(today, date) > 1 ? format(parseISO(date), 'EEEE d MMMM', { locale: nl }) : undefined;
  } catch {
    return undefined;
  }
}

export function openUrl(title: string, url: string | undefined): OpenUrlAction | undefined {
  const safe = safeUrl(url);
  return safe ? new OpenUrlAction(safe, { title }) : undefined;
}

export function actionsOf(...actions: (IExecuteAction | IOpenUrlAction | IShowCardAction | undefined)[]): ActionSet | undefined {
  const present = actions.filter((a): a is IExecuteAction | IOpenUrlAction | IShowCardAction => a !== undefined);
  return present.length > 0 ? new ActionSet(...present) : undefined;
}

/** Every card: Adaptive Cards 1.5, full width in Teams, a plain fallback text. */
export function card(...body: (CardElement | undefined)[]): AdaptiveCard {
  return new AdaptiveCard(...body.filter((b): b is CardElement => b !== undefined))
    .withVersion('1.5')
    .withFallbackText(botText.cardFallback)
    .withMsteams({ width: 'full' });
}

/** Shows at most `max` items and a "more" line for the rest. */
export function capped<T>(items: readonly T[], max: number, render: (item: T) => CardElement, more: (n: number) => string): CardElement[] {
  const shown = items.slice(0, max).map(render);
  return items.length > max ? [...shown, note(more(items.length - max))] : shown;
}
