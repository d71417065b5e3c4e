import { Button, Caption1, Field, Input, Select, Text, Textarea, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Loading } from '../../shared/components/loading.tsx';
import { useCallback, useState } from 'react';
import type { Actie, Agendapunt, Member, Resultaat, Vergadering } from '../../../workgroups/index.ts';
import { tabText } from '../../../text/ui-tab.ts';
import { ActionItem } from '../../shared/components/action-item.tsx';
import { ErrorBar } from '../../shared/components/error-bar.tsx';
import { Section } from '../../shared/components/section.tsx';
import { useActionCommands } from '../../shared/hooks/use-action-commands.tsx';
import { useActions, useAgendapunten, useBesluiten } from '../../shared/hooks/use-tab-data.ts';
import { useWrite } from '../../shared/hooks/use-write.ts';
import { useDraft } from '../../shared/hooks/use-draft.ts';
import { useTabEnv } from '../../shared/tab-env.tsx';
import { byDueDate, nameOf } from '../../shared/utils/actions.ts';
import { addDays, amsterdamDay } from '../../shared/utils/dates.ts';

const T = tabText.vergadering;

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  ol: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  itemText: { display: 'flex', flexDirection: 'column', minWidth: 0, flex: '1 1 14rem', overflowWrap: 'anywhere' },
  controls: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center', flexWrap: 'wrap', minWidth: 0, maxWidth: '100%' },
  // Native selects size to their longest option (result titles are long); keep them inside the card.
  select: { minWidth: 0, maxWidth: '100%', width: '14rem' },
  field: { minWidth: 0 },
  form: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 12rem), 1fr))', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  wide: { gridColumn: '1 / -1' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  grow: { flex: '1 1 14rem', minWidth: 0 },
  besluit: { paddingBlock: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
});

interface MeetingProps {
  groupId: string;
  vergadering: Vergadering;
}

export function AgendaSection({ groupId, vergadering, resultaten }: MeetingProps & { resultaten: Resultaat[] }) {
  const styles = useStyles();
  const { data } = useTabEnv();
  const agenda = useAgendapunten(groupId, vergadering.id);
  const [draft, setDraft, clearDraft] = useDraft(`agenda:${vergadering.id}`, { titel: '', toelichting: '', resultaatId: '' });
  const { busy, error, clearError, write: save } = useWrite();
  const items = [...(agenda.data ?? [])].sort((a, b) => a.volgorde - b.volgorde);
  const resultTitle = (id?: string) => resultaten.find((r) => r.id === id);

  const move = (index: number, delta: number) =>
    save(async () => {
      const a = items[index];
      const b = items[index + delta];
      if (!a || !b) return;
      const [na, nb] = await Promise.all([
        data.updateAgendapunt(groupId, { ...a, volgorde: b.volgorde }),
        data.updateAgendapunt(groupId, { ...b, volgorde: a.volgorde }),
      ]);
      agenda.setData((list) => list?.map((x) => (x.id === na.id ? na : x.id === nb.id ? nb : x)));
    });

  const attach = (item: Agendapunt, resultaatId: string) =>
    save(async () => {
      const saved = await data.updateAgendapunt(groupId, { ...item, resultaatId: resultaatId || undefined });
      agenda.setData((list) => list?.map((x) => (x.id === saved.id ? saved : x)));
    });

  return (
    <Section title={T.agenda} testId="agenda">
      {agenda.error ? <ErrorBar error={agenda.error} onRetry={agenda.reload} /> : null}
      {error ? <ErrorBar error={error} onDismiss={clearError} /> : null}
      {agenda.loading && !agenda.data ? <Loading label={tabText.loading} /> : null}
      {agenda.data && items.length === 0 ? <Text>{T.noAgenda}</Text> : null}
      <ol className={styles.list}>
        {items.map((item, i) => (
          <li key={item.id} className={styles.item} data-testid="agenda-item">
            <div className={styles.itemText}>
              <Text weight="semibold">{`${i + 1}. `}{item.titel}</Text>
              {item.toelichting ? <Caption1>{item.toelichting}</Caption1> : null}
              {resultTitle(item.resultaatId) ? (
                <Caption1>{tabText.resultaten.resultaat(resultTitle(item.resultaatId)!.nr, resultTitle(item.resultaatId)!.titel)}</Caption1>
              ) : null}
            </div>
            <div className={styles.controls}>
              <Select
                className={styles.select}
                size="small"
                aria-label={`${T.agendaResult}: ${item.titel}`}
                value={item.resultaatId ?? ''}
                onChange={(_, d) => void attach(item, d.value)}
                disabled={busy}
              >
                <option value="">{T.agendaNoResult}</option>
                {resultaten.map((r) => (
                  <option key={r.id} value={r.id}>
                    {tabText.resultaten.resultaat(r.nr, r.titel)}
                  </option>
                ))}
              </Select>
              <Button size="small" aria-label={T.moveUp(item.titel)} disabled={busy || i === 0} onClick={() => void move(i, -1)}>
                ↑
              </Button>
              <Button
                size="small"
                aria-label={T.moveDown(item.titel)}
                disabled={busy || i === items.length - 1}
                onClick={() => void move(i, 1)}
              >
                ↓
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <form
        className={styles.form}
        aria-label={T.agendaTitle}
        onSubmit={(e) => {
          e.preventDefault();
          if (!draft.titel.trim()) return;
          void save(async () => {
            const created = await data.addAgendapunt(groupId, {
              vergaderingId: vergadering.id,
              titel: draft.titel.trim(),
              toelichting: draft.toelichting.trim() || undefined,
              resultaatId: draft.resultaatId || undefined,
              volgorde: (items.at(-1)?.volgorde ?? 0) + 1,
            });
            agenda.setData((list) => [...(list ?? []), created]);
            clearDraft();
          });
        }}
      >
        <Field label={T.agendaTitle} required>
          <Input value={draft.titel} onChange={(_, d) => setDraft((c) => ({ ...c, titel: d.value }))} />
        </Field>
        <Field label={T.agendaResult} className={styles.field}>
          <Select className={styles.field} value={draft.resultaatId} onChange={(_, d) => setDraft((c) => ({ ...c, resultaatId: d.value }))}>
            <option value="">{T.agendaNoResult}</option>
            {resultaten.map((r) => (
              <option key={r.id} value={r.id}>
                {tabText.resultaten.resultaat(r.nr, r.titel)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={T.agendaToelichting} className={styles.wide}>
          <Textarea value={draft.toelichting} onChange={(_, d) => setDraft((c) => ({ ...c, toelichting: d.value }))} />
        </Field>
        <div>
          <Button type="submit" appearance="primary" disabled={busy}>
            {tabText.add}
          </Button>
        </div>
      </form>
    </Section>
  );
}

export function BesluitenSection({ groupId, vergadering }: MeetingProps) {
  const styles = useStyles();
  const { data } = useTabEnv();
  const besluiten = useBesluiten(groupId, vergadering.id);
  const [draft, setDraft, clearDraft] = useDraft(`besluit:${vergadering.id}`, '');
  const { busy, error, clearError, write } = useWrite();
  return (
    <Section title={T.besluiten} testId="besluiten">
      {besluiten.error ? <ErrorBar error={besluiten.error} onRetry={besluiten.reload} /> : null}
      {error ? <ErrorBar error={error} onDismiss={clearError} /> : null}
      {besluiten.data && besluiten.data.length === 0 ? <Text>{T.noBesluiten}</Text> : null}
      <ul className={styles.ol}>
        {(besluiten.data ?? []).map((b) => (
          <li key={b.id} className={styles.besluit} data-testid="besluit">
            <Text>{b.tekst}</Text>
          </li>
        ))}
      </ul>
      <form
        className={styles.form}
        aria-label={T.besluitText}
        onSubmit={(e) => {
          e.preventDefault();
          if (!draft.trim()) return;
          void write(async () => {
            const b = await data.addBesluit(groupId, { vergaderingId: vergadering.id, tekst: draft.trim(), datum: amsterdamDay(vergadering.start) });
            besluiten.setData((list) => [...(list ?? []), b]);
            clearDraft();
          });
        }}
      >
        <Field label={T.besluitText} required className={styles.wide}>
          <Textarea value={draft} onChange={(_, d) => setDraft(d.value)} />
        </Field>
        <div>
          <Button type="submit" appearance="primary" disabled={busy}>
            {tabText.add}
          </Button>
        </div>
      </form>
    </Section>
  );
}

export interface ActionsSectionProps extends MeetingProps {
  members: Member[];
  previous?: Vergadering;
  today: string;
}

export function ActionsSection({ groupId, vergadering, members, previous, today }: ActionsSectionProps) {
  const styles = useStyles();
  const { data } = useTabEnv();
  const actions = useActions(groupId, { withVergadering: true });
  const defaultDue = addDays(amsterdamDay(vergadering.start), 14);
  const [draft, setDraft, clearDraft] = useDraft(`actie:${vergadering.id}`, { titel: '', trekkerId: '', dueDate: defaultDue });
  const { busy, error, clearError, write } = useWrite();
  const [tried, setTried] = useState(false);
  const setActions = actions.setData;
  const onChanged = useCallback((a: Actie) => setActions((list) => list?.map((x) => (x.id === a.id ? a : x))), [setActions]);
  const commands = useActionCommands(onChanged);
  const fromThis = (actions.data ?? []).filter((a) => a.vergaderingId === vergadering.id).sort(byDueDate);
  const fromPrevious = previous
    ? (actions.data ?? []).filter((a) => a.vergaderingId === previous.id && a.status === 'open').sort(byDueDate)
    : [];
  const owner = (a: Actie) => nameOf(members, a.trekkerId, tabText.noOne);

  return (
    <>
      <Section title={T.actions} testId="meeting-actions">
        {actions.error ? <ErrorBar error={actions.error} onRetry={actions.reload} /> : null}
        {error ? <ErrorBar error={error} onDismiss={clearError} /> : null}
        {commands.error ? <ErrorBar error={commands.error} onDismiss={commands.clearError} /> : null}
        {actions.data && fromThis.length === 0 ? <Text>{T.noActions}</Text> : null}
        <ul className={styles.list}>
          {fromThis.map((a) => (
            <ActionItem
              key={a.id}
              actie={a}
              today={today}
              ownerName={owner(a)}
              busy={commands.busyId === a.id}
              onDone={commands.complete}
              onChangeDue={commands.changeDue}
            />
          ))}
        </ul>
        <form
          className={styles.form}
          aria-label={T.addAction}
          onSubmit={(e) => {
            e.preventDefault();
            setTried(true);
            if (!draft.titel.trim() || !draft.trekkerId || !draft.dueDate) return;
            void write(async () => {
              const a = await data.createAction(groupId, {
                titel: draft.titel.trim(),
                trekkerId: draft.trekkerId,
                dueDate: draft.dueDate,
                vergadering: { id: vergadering.id, datum: amsterdamDay(vergadering.start) },
              });
              actions.setData((list) => [...(list ?? []), a]);
              clearDraft();
              setTried(false);
            });
          }}
        >
          <Field
            label={T.actionTitle}
            required
            className={styles.wide}
            validationMessage={tried && !draft.titel.trim() ? tabText.required : undefined}
          >
            <Input value={draft.titel} onChange={(_, d) => setDraft((c) => ({ ...c, titel: d.value }))} />
          </Field>
          <div className={mergeClasses(styles.wide, styles.row)}>
          <Field className={styles.grow} label={T.actionOwner} required validationMessage={tried && !draft.trekkerId ? tabText.required : undefined}>
            <Select value={draft.trekkerId} onChange={(_, d) => setDraft((c) => ({ ...c, trekkerId: d.value }))}>
              <option value="" />
              {members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.displayName}
                </option>
              ))}
            </Select>
          </Field>
          <Field className={styles.grow} label={T.actionDue} required>
            <Input type="date" value={draft.dueDate} onChange={(_, d) => setDraft((c) => ({ ...c, dueDate: d.value }))} />
          </Field>
          <Button type="submit" appearance="primary" disabled={busy}>
            {busy ? tabText.saving : T.addAction}
          </Button>
          </div>
        </form>
      </Section>
      {previous ? (
        <Section title={T.previousOpen} testId="previous-actions">
          {fromPrevious.length === 0 ? <Text>{T.noPreviousOpen}</Text> : null}
          <ul className={styles.list}>
            {fromPrevious.map((a) => (
              <ActionItem
                key={a.id}
                actie={a}
                today={today}
                ownerName={owner(a)}
                busy={commands.busyId === a.id}
                onDone={commands.complete}
                onChangeDue={commands.changeDue}
              />
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}
