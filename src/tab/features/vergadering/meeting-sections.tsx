import { Button, Caption1, Field, Input, MessageBar, MessageBarBody, Select, Text, Textarea, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Loading } from '../../shared/components/loading.tsx';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { Actie, Agendapunt, Besluit, Member, Resultaat, Vergadering } from '../../../workgroups/index.ts';
import { meetingText } from '../../../text/ui-meetings.ts';
import { useItemWrites } from './use-item-writes.tsx';
import { tabText } from '../../../text/ui-tab.ts';
import { ActionItem } from '../../shared/components/action-item.tsx';
import { ErrorBar } from '../../shared/components/error-bar.tsx';
import { Section } from '../../shared/components/section.tsx';
import { ActionDoneMessage, useActionCommands } from '../../shared/hooks/use-action-commands.tsx';
import { useActions, useAgendapunten, useBesluiten } from '../../shared/hooks/use-tab-data.ts';
import { useWrite } from '../../shared/hooks/use-write.ts';
import type { Write } from '../../shared/hooks/use-write.ts';
import { useDraft } from '../../shared/hooks/use-draft.ts';
import type { Resource } from '../../shared/hooks/use-resource.ts';
import { useTabEnv } from '../../shared/tab-env.tsx';
import { byDueDate, nameOf } from '../../shared/utils/actions.ts';
import { addDays, amsterdamDay } from '../../shared/utils/dates.ts';

const T = tabText.vergadering;
const M = meetingText;

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
  confirm: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center', flexBasis: '100%' },
});

interface MeetingProps {
  groupId: string;
  vergadering: Vergadering;
}

/**
 * Focus for a control of an item after a reorder: the row moved, and its buttons stay disabled until the
 * write is done, so the focus moves only once the section is idle again (the first id that can take it).
 */
function useFocusWhenIdle(busy: boolean): (ids: string[]) => void {
  const pending = useRef<string[]>(undefined);
  useEffect(() => {
    const ids = pending.current;
    if (busy || !ids) return;
    pending.current = undefined;
    for (const id of ids) {
      const el = document.getElementById(id);
      if (el && !(el as HTMLButtonElement).disabled) {
        el.focus();
        return;
      }
    }
  });
  return (ids) => {
    pending.current = ids;
  };
}

/** Two buttons that ask before an item is removed. */
function ConfirmRemove({ titel, busy, onYes, onNo }: { titel: string; busy: boolean; onYes(): void; onNo(): void }) {
  const styles = useStyles();
  return (
    <div className={styles.confirm} role="group" aria-label={M.removeConfirm(titel)}>
      <Text>{M.removeConfirm(titel)}</Text>
      <Button size="small" appearance="primary" disabled={busy} onClick={onYes}>
        {M.removeYes}
      </Button>
      <Button size="small" onClick={onNo}>
        {tabText.cancel}
      </Button>
    </div>
  );
}

type Item = { id: string; etag?: string | undefined };

/**
 * A meeting's editable list (agenda items, besluiten): its writes with the conflict flow, the item being
 * edited (one at a time, with the form's values) and the one waiting for "really remove?".
 */
function useItemList<T extends Item, E>(list: Resource<T[]>, options: { save(item: T): Promise<T>; remove(item: T): Promise<void>; describe(item: T): ReactNode }) {
  const [editing, setEditing] = useState<E & { id: string }>();
  const [removing, setRemoving] = useState<string>();
  const setData = list.setData;
  const onChanged = useCallback(
    (id: string, item: T | undefined) => setData((l) => (item ? l?.map((x) => (x.id === id ? item : x)) : l?.filter((x) => x.id !== id))),
    [setData],
  );
  const writes = useItemWrites<T>({ ...options, onChanged });
  return { writes, editing, setEditing, removing, setRemoving };
}

interface ItemRowProps<T extends Item, E> {
  item: T;
  /** The item's text in the labels of its controls. */
  name: string;
  testId: string;
  list: ReturnType<typeof useItemList<T, E>>;
  /** The edit form's fields while this item is edited. */
  fields(editing: E & { id: string }): ReactNode;
  /** The change the edit form saves; undefined while a required field is empty. */
  change(editing: E & { id: string }): Partial<T> | undefined;
  /** The item as shown. */
  view: ReactNode;
  /** Controls of its own, before Wijzigen and Verwijderen. */
  controls?: ReactNode;
  /** Starts editing; absent where the port cannot save the item. */
  edit: (() => E) | undefined;
  canRemove: boolean;
}

/** One item of the list: shown with its controls, or its edit form in place; removal asks first. */
function ItemRow<T extends Item, E>({ item, name, testId, list, fields, change, view, controls, edit, canRemove }: ItemRowProps<T, E>) {
  const styles = useStyles();
  const { writes, editing, setEditing, removing, setRemoving } = list;
  const busy = writes.busy;
  if (editing?.id === item.id) {
    return (
      <li className={styles.item} data-testid={testId}>
        <form
          className={mergeClasses(styles.form, styles.grow)}
          aria-label={M.edit(name)}
          onSubmit={(e) => {
            e.preventDefault();
            const c = change(editing);
            if (!c) return;
            void writes.update(item, c).then(() => setEditing(undefined));
          }}
        >
          {fields(editing)}
          <div className={styles.controls}>
            <Button type="submit" appearance="primary" disabled={busy}>
              {busy ? tabText.saving : tabText.save}
            </Button>
            <Button onClick={() => setEditing(undefined)}>{tabText.cancel}</Button>
          </div>
        </form>
      </li>
    );
  }
  return (
    <li className={styles.item} data-testid={testId}>
      {view}
      <div className={styles.controls}>
        {controls}
        {edit ? (
          <Button size="small" aria-label={M.edit(name)} disabled={busy} onClick={() => setEditing({ ...edit(), id: item.id })}>
            {tabText.edit}
          </Button>
        ) : null}
        {canRemove ? (
          <Button size="small" aria-label={M.remove(name)} disabled={busy} onClick={() => setRemoving(item.id)}>
            {M.removeLabel}
          </Button>
        ) : null}
      </div>
      {removing === item.id ? (
        <ConfirmRemove titel={name} busy={busy} onYes={() => void writes.remove(item).then(() => setRemoving(undefined))} onNo={() => setRemoving(undefined)} />
      ) : null}
    </li>
  );
}

/** The form under the list for a new item; `add` runs only when `valid`. */
function AddForm({ label, writes, valid, add, children }: { label: string; writes: Pick<Write, 'busy' | 'write'>; valid: boolean; add(): Promise<void>; children: ReactNode }) {
  const styles = useStyles();
  return (
    <form
      className={styles.form}
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        if (!valid) return;
        void writes.write(add);
      }}
    >
      {children}
      <div>
        <Button type="submit" appearance="primary" disabled={writes.busy}>
          {tabText.add}
        </Button>
      </div>
    </form>
  );
}

/** "Geen resultaat" and the werkgroep's results, for the select that links an agenda item to one. */
const resultOptions = (resultaten: readonly Resultaat[]) => (
  <>
    <option value="">{T.agendaNoResult}</option>
    {resultaten.map((r) => (
      <option key={r.id} value={r.id}>
        {tabText.resultaten.resultaat(r.nr, r.titel)}
      </option>
    ))}
  </>
);

const describeAgendapunt = (a: Agendapunt) => (
  <>
    <Text weight="semibold">{a.titel}</Text>
    {a.toelichting ? <Text>{a.toelichting}</Text> : null}
  </>
);
const describeBesluit = (b: Besluit) => <Text>{b.tekst}</Text>;

export function AgendaSection({ groupId, vergadering, resultaten, future }: MeetingProps & { resultaten: Resultaat[]; future?: boolean }) {
  const styles = useStyles();
  const { data } = useTabEnv();
  const agenda = useAgendapunten(groupId, vergadering.id);
  const [draft, setDraft, clearDraft] = useDraft(`agenda:${vergadering.id}`, { titel: '', toelichting: '', resultaatId: '' });
  /** The meeting whose invitation got the agenda; picking another meeting hides the notice. */
  const [invited, setInvited] = useState<string>();
  const list = useItemList<Agendapunt, { titel: string; toelichting: string }>(agenda, {
    save: (item) => data.updateAgendapunt(groupId, item),
    remove: (item) => (data.deleteAgendapunt ? data.deleteAgendapunt(groupId, item) : Promise.resolve()),
    describe: describeAgendapunt,
  });
  const { writes } = list;
  const { busy, error, clearError, write: save } = writes;
  const focusLater = useFocusWhenIdle(busy);
  const items = [...(agenda.data ?? [])].sort((a, b) => a.volgorde - b.volgorde);
  const resultTitle = (id?: string) => resultaten.find((r) => r.id === id);

  // Renumbers 1..n in the new order, so equal or missing numbers from old data cannot block a move.
  const move = (index: number, delta: number) =>
    save(async () => {
      const order = [...items];
      const [moved] = order.splice(index, 1);
      if (!moved) return;
      order.splice(index + delta, 0, moved);
      for (const [i, item] of order.entries()) if (item.volgorde !== i + 1) await writes.apply(item, { volgorde: i + 1 });
      focusLater([`agenda-${moved.id}-${delta < 0 ? 'up' : 'down'}`, `agenda-${moved.id}-${delta < 0 ? 'down' : 'up'}`]);
    });

  const toInvitation = () =>
    save(async () => {
      setInvited(undefined);
      if (!data.setMeetingAgenda) return;
      await data.setMeetingAgenda(groupId, vergadering, items);
      setInvited(vergadering.id);
    });

  return (
    <Section
      title={T.agenda}
      testId="agenda"
      actions={
        future && data.setMeetingAgenda && items.length > 0 ? (
          <Button onClick={() => void toInvitation()} disabled={busy}>
            {M.agendaToInvitation}
          </Button>
        ) : undefined
      }
    >
      {agenda.error ? <ErrorBar error={agenda.error} onRetry={agenda.reload} /> : null}
      {error ? <ErrorBar error={error} onDismiss={clearError} /> : null}
      {invited === vergadering.id ? (
        <MessageBar intent="success">
          <MessageBarBody>{M.agendaInInvitation}</MessageBarBody>
        </MessageBar>
      ) : null}
      {agenda.loading && !agenda.data ? <Loading label={tabText.loading} /> : null}
      {agenda.data && items.length === 0 ? <Text>{T.noAgenda}</Text> : null}
      <ol className={styles.list}>
        {items.map((item, i) => (
          <ItemRow
            key={item.id}
            item={item}
            name={item.titel}
            testId="agenda-item"
            list={list}
            edit={() => ({ titel: item.titel, toelichting: item.toelichting ?? '' })}
            canRemove={!!data.deleteAgendapunt}
            change={(e) => (e.titel.trim() ? { titel: e.titel.trim(), toelichting: e.toelichting.trim() || undefined } : undefined)}
            fields={(e) => (
              <>
                <Field label={M.agendaEditTitle} required validationMessage={!e.titel.trim() ? tabText.required : undefined}>
                  <Input value={e.titel} onChange={(_, d) => list.setEditing((c) => c && { ...c, titel: d.value })} />
                </Field>
                <Field label={T.agendaToelichting} className={styles.wide}>
                  <Textarea value={e.toelichting} onChange={(_, d) => list.setEditing((c) => c && { ...c, toelichting: d.value })} />
                </Field>
              </>
            )}
            view={
              <div className={styles.itemText}>
                <Text weight="semibold">{`${i + 1}. `}{item.titel}</Text>
                {item.toelichting ? <Caption1>{item.toelichting}</Caption1> : null}
                {resultTitle(item.resultaatId) ? (
                  <Caption1>{tabText.resultaten.resultaat(resultTitle(item.resultaatId)!.nr, resultTitle(item.resultaatId)!.titel)}</Caption1>
                ) : null}
              </div>
            }
            controls={
              <>
                <Select
                  className={styles.select}
                  size="small"
                  aria-label={`${T.agendaResult}: ${item.titel}`}
                  value={item.resultaatId ?? ''}
                  onChange={(_, d) => void writes.update(item, { resultaatId: d.value || undefined })}
                  disabled={busy}
                >
                  {resultOptions(resultaten)}
                </Select>
                <Button id={`agenda-${item.id}-up`} size="small" aria-label={T.moveUp(item.titel)} disabled={busy || i === 0} onClick={() => void move(i, -1)}>
                  ↑
                </Button>
                <Button
                  id={`agenda-${item.id}-down`}
                  size="small"
                  aria-label={T.moveDown(item.titel)}
                  disabled={busy || i === items.length - 1}
                  onClick={() => void move(i, 1)}
                >
                  ↓
                </Button>
              </>
            }
          />
        ))}
      </ol>
      <AddForm
        label={T.agendaTitle}
        writes={writes}
        valid={!!draft.titel.trim()}
        add={async () => {
          const created = await data.addAgendapunt(groupId, {
            vergaderingId: vergadering.id,
            titel: draft.titel.trim(),
            toelichting: draft.toelichting.trim() || undefined,
            resultaatId: draft.resultaatId || undefined,
            volgorde: Math.max(0, ...items.map((x) => x.volgorde)) + 1,
          });
          agenda.setData((l) => [...(l ?? []), created]);
          clearDraft();
        }}
      >
        <Field label={T.agendaTitle} required>
          <Input value={draft.titel} onChange={(_, d) => setDraft((c) => ({ ...c, titel: d.value }))} />
        </Field>
        <Field label={T.agendaResult} className={styles.field}>
          <Select className={styles.field} value={draft.resultaatId} onChange={(_, d) => setDraft((c) => ({ ...c, resultaatId: d.value }))}>
            {resultOptions(resultaten)}
          </Select>
        </Field>
        <Field label={T.agendaToelichting} className={styles.wide}>
          <Textarea value={draft.toelichting} onChange={(_, d) => setDraft((c) => ({ ...c, toelichting: d.value }))} />
        </Field>
      </AddForm>
    </Section>
  );
}

export function BesluitenSection({ groupId, vergadering }: MeetingProps) {
  const styles = useStyles();
  const { data } = useTabEnv();
  const besluiten = useBesluiten(groupId, vergadering.id);
  const [draft, setDraft, clearDraft] = useDraft(`besluit:${vergadering.id}`, '');
  const list = useItemList<Besluit, { tekst: string }>(besluiten, {
    save: (item) => (data.updateBesluit ? data.updateBesluit(groupId, item) : Promise.resolve(item)),
    remove: (item) => (data.deleteBesluit ? data.deleteBesluit(groupId, item) : Promise.resolve()),
    describe: describeBesluit,
  });
  const { error, clearError } = list.writes;
  return (
    <Section title={T.besluiten} testId="besluiten">
      {besluiten.error ? <ErrorBar error={besluiten.error} onRetry={besluiten.reload} /> : null}
      {error ? <ErrorBar error={error} onDismiss={clearError} /> : null}
      {besluiten.data && besluiten.data.length === 0 ? <Text>{T.noBesluiten}</Text> : null}
      <ul className={styles.list}>
        {(besluiten.data ?? []).map((b) => (
          <ItemRow
            key={b.id}
            item={b}
            name={b.tekst}
            testId="besluit"
            list={list}
            edit={data.updateBesluit ? () => ({ tekst: b.tekst }) : undefined}
            canRemove={!!data.deleteBesluit}
            change={(e) => (e.tekst.trim() ? { tekst: e.tekst.trim() } : undefined)}
            fields={(e) => (
              <Field label={M.besluitEdit} required className={styles.wide} validationMessage={!e.tekst.trim() ? tabText.required : undefined}>
                <Textarea value={e.tekst} onChange={(_, d) => list.setEditing((c) => c && { ...c, tekst: d.value })} />
              </Field>
            )}
            view={<Text className={styles.itemText}>{b.tekst}</Text>}
          />
        ))}
      </ul>
      <AddForm
        label={T.besluitText}
        writes={list.writes}
        valid={!!draft.trim()}
        add={async () => {
          const b = await data.addBesluit(groupId, { vergaderingId: vergadering.id, tekst: draft.trim(), datum: amsterdamDay(vergadering.start) });
          besluiten.setData((l) => [...(l ?? []), b]);
          clearDraft();
        }}
      >
        <Field label={T.besluitText} required className={styles.wide}>
          <Textarea value={draft} onChange={(_, d) => setDraft(d.value)} />
        </Field>
      </AddForm>
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
  const actionList = (list: Actie[]) => (
    <ul className={styles.list}>
      {list.map((a) => (
        <ActionItem
          key={a.id}
          actie={a}
          today={today}
          ownerName={owner(a)}
          busy={commands.busyId === a.id}
          canAct={commands.mayAct(a)}
          onDone={commands.complete}
          onChangeDue={commands.changeDue}
        />
      ))}
    </ul>
  );

  return (
    <>
      <Section title={T.actions} testId="meeting-actions">
        {actions.error ? <ErrorBar error={actions.error} onRetry={actions.reload} /> : null}
        {error ? <ErrorBar error={error} onDismiss={clearError} /> : null}
        {commands.error ? <ErrorBar error={commands.error} onDismiss={commands.clearError} /> : null}
        <ActionDoneMessage commands={commands} />
        {actions.data && fromThis.length === 0 ? <Text>{T.noActions}</Text> : null}
        {actionList(fromThis)}
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
          {actionList(fromPrevious)}
        </Section>
      ) : null}
    </>
  );
}
