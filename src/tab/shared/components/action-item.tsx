import { Button, Caption1, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Pill } from './pill.tsx';
import { Suspense, lazy, useState } from 'react';
import type { Actie } from '../../../workgroups/index.ts';
import { tabText } from '../../../text/ui-tab.ts';
import { isOverdue } from '../utils/actions.ts';
import { safeDateNl } from '../utils/dates.ts';

const DueDateEditor = lazy(() => import('./due-date-editor.tsx').then((m) => ({ default: m.DueDateEditor })));

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  overdue: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorder2}`, paddingLeft: tokens.spacingHorizontalS },
  text: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0, flex: '1 1 16rem' },
  title: { overflowWrap: 'anywhere', unicodeBidi: 'isolate' },
  meta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
  note: { color: tokens.colorNeutralForeground2 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
});

export interface ActionItemProps {
  actie: Actie;
  today: string;
  ownerName?: string;
  werkgroepNaam?: string;
  busy?: boolean;
  /**
   * False when the signed-in user may not change this action (not its trekker, the voorzitter or MT):
   * then it has no buttons, only `lockedNote` when given.
   */
  canAct?: boolean;
  lockedNote?: string;
  onDone?(actie: Actie): void;
  onChangeDue?(actie: Actie, dueDate: string): void;
}

/** One action: title as plain text (titles come from Graph and may hold anything), owner, due date, state. */
export function ActionItem({ actie, today, ownerName, werkgroepNaam, busy, canAct = true, lockedNote, onDone, onChangeDue }: ActionItemProps) {
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  const late = isOverdue(actie, today);
  const dueToday = actie.status === 'open' && actie.dueDate === today;
  return (
    <li className={mergeClasses(styles.root, late && styles.overdue)} data-testid="action-item" data-action-id={actie.id}>
      <div className={styles.text}>
        <Text weight="semibold" className={styles.title}>
          {actie.titel}
        </Text>
        <div className={styles.meta}>
          {ownerName !== undefined ? <Caption1>{ownerName}</Caption1> : null}
          {werkgroepNaam !== undefined ? <Caption1>{werkgroepNaam}</Caption1> : null}
          <Caption1>
            {actie.status === 'klaar'
              ? tabText.action.doneOn(safeDateNl(actie.completedAt))
              : actie.dueDate
                ? tabText.action.due(safeDateNl(actie.dueDate))
                : tabText.action.noDue}
          </Caption1>
          {late ? (
            <Pill color="danger">
              {tabText.action.overdue}
            </Pill>
          ) : null}
          {dueToday ? (
            <Pill color="warning">
              {tabText.action.dueToday}
            </Pill>
          ) : null}
          {actie.status === 'klaar' ? (
            <Pill color="success">
              {tabText.action.done}
            </Pill>
          ) : null}
        </div>
      </div>
      {actie.status === 'open' && !canAct && lockedNote ? <Caption1 className={styles.note}>{lockedNote}</Caption1> : null}
      {actie.status === 'open' && canAct && (onDone || onChangeDue) ? (
        <div className={styles.buttons}>
          {editing && onChangeDue ? (
            <Suspense fallback={null}>
              <DueDateEditor
                actie={actie}
                busy={busy}
                onSave={(due) => {
                  onChangeDue(actie, due);
                  setEditing(false);
                }}
                onCancel={() => setEditing(false)}
              />
            </Suspense>
          ) : onChangeDue ? (
            <Button size="small" onClick={() => setEditing(true)} aria-label={tabText.action.changeDueLabel(actie.titel)} disabled={busy}>
              {tabText.action.changeDue}
            </Button>
          ) : null}
          {onDone ? (
            <Button size="small" appearance="primary" onClick={() => onDone(actie)} aria-label={tabText.action.markDoneLabel(actie.titel)} disabled={busy}>
              {tabText.action.markDone}
            </Button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
