import { type AdaptiveCard, Choice, ChoiceSetInput, ExecuteAction, TextBlock, TimeInput, ToggleInput } from '@microsoft/teams.cards';
import type { Actie } from '../../src/workgroups/index.ts';
import { botText } from '../../src/text/ui-bot.ts';
import { type TabLinks, tabDeepLink } from './deep-link.ts';
import { actionsOf, capped, card, dateNl, heading, line, note, openUrl, user } from './elements.ts';
import { VERBS } from './verbs.ts';

export function buildHelpCard(links: TabLinks): AdaptiveCard {
  const t = botText.help;
  return card(
    heading(t.title),
    note(t.intro, false),
    note(t.commands, false),
    note(`• ${t.mijnActies}`, false),
    note(`• ${t.instellingen}`, false),
    note(`• ${t.help}`, false),
    actionsOf(openUrl(t.openTab, tabDeepLink(links))),
  );
}

export interface MyAction {
  actie: Actie;
  werkgroepNaam: string;
  late: boolean;
}

export function buildMyActionsCard(items: readonly MyAction[], links: TabLinks): AdaptiveCard {
  const t = botText.mijnActies;
  return card(
    heading(t.title),
    ...(items.length === 0
      ? [note(t.none, false)]
      : capped(
          items,
          15,
          (i) =>
            line(
              user(i.actie.titel),
              ' – ',
              user(i.werkgroepNaam),
              i.actie.dueDate ? ` (${t.due} ${dateNl(i.actie.dueDate)}${i.late ? `, ${t.late}` : ''})` : '',
            ),
          t.more,
        )),
    actionsOf(openUrl(t.openTab, tabDeepLink(links))),
  );
}

export const SETTINGS_KINDS = ['actie', 'vergadering', 'weekoverzicht'] as const;
export type SettingsKind = (typeof SETTINGS_KINDS)[number];

export interface SettingsView {
  quietHours?: { start: string; end: string };
  enabled: Record<SettingsKind, boolean>;
}

/** The settings form; with `problem`, the form comes back as filled in, with what is wrong above it. */
export function buildSettingsCard(view: SettingsView, problem?: string): AdaptiveCard {
  const t = botText.instellingen;
  const toggle = (kind: SettingsKind, title: string) =>
    new ToggleInput(title, { id: `kind_${kind}`, value: view.enabled[kind] ? 'true' : 'false', valueOn: 'true', valueOff: 'false' });
  return card(
    heading(t.title),
    problem ? new TextBlock(problem, { wrap: true, color: 'Attention', weight: 'Bolder' }) : undefined,
    note(t.quietHours, false),
    note(t.quietHint),
    new ChoiceSetInput(new Choice({ title: t.quietOff, value: 'off' }), new Choice({ title: t.quietHours, value: 'on' }))
      .withId('quiet')
      .withValue(view.quietHours ? 'on' : 'off'),
    new TimeInput({ id: 'quietStart', label: t.quietFrom, value: view.quietHours?.start ?? '18:00' }),
    new TimeInput({ id: 'quietEnd', label: t.quietTo, value: view.quietHours?.end ?? '08:00' }),
    note(t.kinds, false),
    toggle('actie', t.kindActie),
    toggle('vergadering', t.kindVergadering),
    toggle('weekoverzicht', t.kindWeekoverzicht),
    actionsOf(new ExecuteAction({ title: t.save, verb: VERBS.saveSettings, data: {} })),
  );
}

export function buildSettingsSavedCard(view: SettingsView): AdaptiveCard {
  const t = botText.instellingen;
  const on = SETTINGS_KINDS.filter((k) => view.enabled[k]);
  const label: Record<SettingsKind, string> = { actie: t.kindActie, vergadering: t.kindVergadering, weekoverzicht: t.kindWeekoverzicht };
  return card(
    heading(t.saved),
    note(`${t.savedQuiet}: ${view.quietHours ? `${view.quietHours.start}–${view.quietHours.end}` : t.quietOff}`, false),
    // Only the first letter goes down: "weekoverzicht (voor MT-leden)" keeps its MT.
    note(`${t.savedKinds}: ${on.length === 0 ? t.none : on.map((k) => label[k].charAt(0).toLowerCase() + label[k].slice(1)).join(', ')}`, false),
  );
}
