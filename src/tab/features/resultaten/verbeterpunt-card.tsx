import { Button, Caption1, Field, Input, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { resultatenText } from '../../../text/ui-resultaten.ts';
import { tabText } from '../../../text/ui-tab.ts';
import { suggestMembers } from '../../../workgroups/index.ts';
import type { Actie, Member, VerbeterActie, Verbeterpunt } from '../../../workgroups/index.ts';
import { Pill } from '../../shared/components/pill.tsx';
import { StatusBadge } from '../../shared/components/status-badge.tsx';
import { useTabEnv } from '../../shared/tab-env.tsx';
import { nameOf } from '../../shared/utils/actions.ts';
import { amsterdamDay, safeDateNl } from '../../shared/utils/dates.ts';
import { CardHead, Fields, Lines, useCardStyles } from './resultaat-card.tsx';
import { PersonSelect, SaveForm, useConflictSave, useFormStyles } from './shared.tsx';
import { VerbeterpuntForm } from './verbeterpunt-form.tsx';

const T = tabText.resultaten;
const R = resultatenText;

function renderVersion(v: Verbeterpunt) {
  return (
    <>
      <Text weight="semibold">{v.titel}</Text>
      <ol>
        {v.acties.map((a) => (
          <li key={a.nr} value={a.nr}>
            {a.omschrijving} ({T.actieStatusLabels[a.status]}
            {a.trekker ? `, ${a.trekker}` : ''})
          </li>
        ))}
      </ol>
    </>
  );
}

/** The live status of the Planner task made from an action (read from the plan, not stored in the list). */
function TaskStatus({ task, members }: { task: Actie | undefined; members: readonly Member[] }) {
  if (!task) return <Pill color="informative">{R.taskGone}</Pill>;
  if (task.status === 'klaar') return <Pill color="success">{`${R.taskStatus}: ${R.taskDone(safeDateNl(task.completedAt ? amsterdamDay(task.completedAt) : undefined))}`}</Pill>;
  const trekker = nameOf(members, task.trekkerId, tabText.unknownPerson);
  return <Pill color="brand">{`${R.taskStatus}: ${task.dueDate ? R.taskOpen(trekker, safeDateNl(task.dueDate)) : R.taskOpenNoDue(trekker)}`}</Pill>;
}

interface TaskFormProps {
  punt: Verbeterpunt;
  actie: VerbeterActie;
  members: readonly Member[];
  today: string;
  onDone(saved: Verbeterpunt, task: Actie): void;
  onCancel(): void;
}

/** Turns an action into a Planner task with a trekker and a date, so the bot reminds the trekker. */
function TaskForm({ punt, actie, members, today, onDone, onCancel }: TaskFormProps) {
  const styles = useFormStyles();
  const { data, groupId } = useTabEnv();
  const save = useConflictSave(renderVersion);
  const suggested = actie.trekkerId ?? (actie.trekker ? suggestMembers(actie.trekker, members)[0]?.id : undefined);
  const [trekkerId, setTrekkerId] = useState(suggested ?? '');
  const [due, setDue] = useState('');
  const gid = groupId ?? '';

  return (
    <SaveForm
      label={R.makeTaskLabel(actie.nr)}
      submitLabel={R.makeTask}
      canSubmit={trekkerId !== '' && due !== ''}
      onCancel={onCancel}
      save={async () => {
        const task = await data.createAction(gid, { titel: `${T.verbeterpunt(punt.nr, punt.titel)}, actie ${actie.nr}: ${actie.omschrijving}`, trekkerId, dueDate: due });
        const trekker = members.find((m) => m.id === trekkerId)?.displayName;
        const link = (base: Verbeterpunt): Verbeterpunt => ({
          ...base,
          acties: base.acties.map((a) => (a.nr === actie.nr ? { ...a, taskId: task.id, trekkerId, ...(trekker ? { trekker } : {}) } : a)),
        });
        onDone(await save(link(punt), (item) => data.saveVerbeterpunt(gid, item), link), task);
      }}
    >
      <div className={styles.row}>
        <PersonSelect label={R.trekker} people={members} value={trekkerId || undefined} storedName={actie.trekker} onChange={(p) => setTrekkerId(p?.id ?? '')} />
        <Field label={R.taskDue}>
          <Input type="date" value={due} min={today} onChange={(_, d) => setDue(d.value)} required />
        </Field>
      </div>
      {!trekkerId ? <Caption1>{R.taskNeedsPerson}</Caption1> : null}
    </SaveForm>
  );
}

export interface VerbeterpuntCardProps {
  punt: Verbeterpunt;
  members: readonly Member[];
  people: readonly Member[];
  mtName: string;
  /** The plan's tasks, for the live status of actions made into tasks. */
  tasks: readonly Actie[] | undefined;
  today: string;
  onSaved(p: Verbeterpunt): void;
  onTask(task: Actie): void;
}

export function VerbeterpuntCard({ punt: p, members, people, mtName, tasks, today, onSaved, onTask }: VerbeterpuntCardProps) {
  const styles = useCardStyles();
  const { data, groupId } = useTabEnv();
  const [editing, setEditing] = useState(false);
  const [taskFor, setTaskFor] = useState<number>();
  const [notice, setNotice] = useState('');
  const save = useConflictSave(renderVersion);

  return (
    <li className={styles.card} data-testid="verbeterpunt">
      <CardHead title={T.verbeterpunt(p.nr, p.titel)}>
        {p.evaluatieNr !== undefined ? <Caption1>({T.evaluatieNr(p.evaluatieNr)})</Caption1> : null}
      </CardHead>
      <Fields
        rows={[
          [T.probleem, <Lines lines={p.probleem} />],
          [T.watWillenWeBereiken, <Lines lines={p.watWillenWeBereiken} />],
          [
            T.hoe,
            <ol className={styles.plain}>
              {[...p.acties]
                .sort((a, b) => a.nr - b.nr)
                .map((a) => (
                  <li key={a.nr} value={a.nr} data-testid="verbeteractie">
                    <span className={styles.badges}>
                      <Text>{a.omschrijving}</Text>
                      <StatusBadge status={a.status} />
                      {a.trekkerId || a.trekker ? <Caption1>{`${R.trekker}: ${a.trekkerId ? nameOf(members, a.trekkerId, a.trekker ?? tabText.unknownPerson) : a.trekker}`}</Caption1> : null}
                      {a.planning ? <Caption1>{`${R.planning}: ${a.planning}`}</Caption1> : null}
                      {a.taskId && tasks ? <TaskStatus task={tasks.find((t) => t.id === a.taskId)} members={members} /> : null}
                    </span>
                    {a.toelichting ? <Caption1 className={styles.dd}>{a.toelichting}</Caption1> : null}
                    {!a.taskId && taskFor !== a.nr && !editing ? (
                      <div>
                        <Button size="small" onClick={() => setTaskFor(a.nr)} aria-label={R.makeTaskLabel(a.nr)}>
                          {R.makeTask}
                        </Button>
                      </div>
                    ) : null}
                    {taskFor === a.nr ? (
                      <TaskForm
                        punt={p}
                        actie={a}
                        members={members}
                        today={today}
                        onCancel={() => setTaskFor(undefined)}
                        onDone={(saved, task) => {
                          onTask(task);
                          onSaved(saved);
                          setTaskFor(undefined);
                          setNotice(R.taskCreated);
                        }}
                      />
                    ) : null}
                  </li>
                ))}
            </ol>
          ],
          ...(mtName ? [[T.verantwoordelijk, mtName] as const] : []),
        ]}
      />
      {notice ? <Text role="status">{notice}</Text> : null}
      {editing ? (
        <VerbeterpuntForm
          punt={p}
          members={members}
          people={people}
          onCancel={() => setEditing(false)}
          onSave={async (apply) => {
            onSaved(await save(apply(p), (item) => data.saveVerbeterpunt(groupId ?? '', item), apply));
            setEditing(false);
          }}
        />
      ) : (
        <div className={styles.buttons}>
          <Button size="small" onClick={() => setEditing(true)} aria-label={R.editLabel(p.titel)}>
            {R.edit}
          </Button>
        </div>
      )}
    </li>
  );
}
