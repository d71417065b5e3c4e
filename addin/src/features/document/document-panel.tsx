import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Link,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState, type ReactElement } from 'react';
import type { Answers, ProfileStamp } from '../../../../src/participation/index.ts';
import { AppError, describeError } from '../../../../src/text/index.ts';
import { addinText as t } from '../../../../src/text/ui-addin.ts';
import type { OpenQuestion } from '../checklist/open-questions.ts';
import { writeParticipatieParagraph, type WordHost, type WriteRequest, type WriteResult } from '../../../word/index.ts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  compare: { display: 'grid', gridTemplateColumns: '1fr', gap: tokens.spacingVerticalS },
  compareWide: { '@media (min-width: 480px)': { gridTemplateColumns: '1fr 1fr' } },
  box: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    whiteSpace: 'pre-wrap',
    maxHeight: '40vh',
    overflowY: 'auto',
  },
  boxTitle: { margin: `0 0 ${tokens.spacingVerticalXS} 0`, fontSize: tokens.fontSizeBase300 },
  actions: { flexWrap: 'wrap' },
  open: { margin: `${tokens.spacingVerticalXS} 0 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

export interface DocumentPanelProps {
  host: WordHost;
  answers: Answers | null;
  text: string | null;
  /** True when the document already holds our paragraph (button reads "Bijwerken"). */
  hasParagraph: boolean;
  /** The profile the text is written with; recorded in the answers part. */
  profiel?: ProfileStamp;
  /** While `answers` is null: the questions still open or wrong, named as on screen. */
  openQuestions?: readonly OpenQuestion[];
  /** Shortname of a question for its "Ga naar de vraag" link, and the jump itself. */
  labelOf?: (questionId: string) => string;
  onJump?: (questionId: string) => void;
  now: () => Date;
  /** After every write that stored the answers: the document's id and the answers, for the register. */
  onWritten: (written: { documentId: string; answers: Answers; profiel?: ProfileStamp }) => void;
}

const UNMOUNT_AFTER_CLOSE_MS = 1000;
/** After tabster's own delayed update (250 ms), so this only mends what it left behind. */
const REVEAL_CHECK_MS = 600;

/** Removes an aria-hidden that a closed modal left on the pane or around it. */
function revealAfterModal(inside: HTMLElement | null): void {
  if (!inside || inside.ownerDocument.querySelector('[role="dialog"], [role="alertdialog"]')) return;
  for (let el: HTMLElement | null = inside; el; el = el.parentElement) {
    if (el.getAttribute('aria-hidden') === 'true') el.removeAttribute('aria-hidden');
  }
}

type Pending = Extract<
  WriteResult,
  { status: 'needs-heading' | 'needs-heading-choice' | 'needs-control-choice' | 'needs-existing-text-choice' | 'conflict' }
>;

function resultMessage(result: WriteResult): string[] {
  if (result.status === 'kept') return [t.kept, t.keptDiffers];
  if (result.status === 'unchanged') return [t.unchanged];
  if (result.status !== 'written') return [];
  const lines: string[] = [result.mode === 'inserted' ? t.inserted : result.mode === 'reinserted' ? t.reinserted : t.updated];
  if (result.copiesRetagged > 0) lines.push(t.copiesRetagged(result.copiesRetagged));
  if (result.tracked) lines.push(t.tracked);
  return lines;
}

/** "Invoegen in document" / "Bijwerken" and the choices Word may ask the user to make. */
export function DocumentPanel({ host, answers, text, hasParagraph, profiel, now, onWritten, openQuestions = [], labelOf, onJump }: DocumentPanelProps): ReactElement {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  // The last question asked stays rendered while the dialog closes: `open` turns false first and the
  // Dialog unmounts a while later. Unmounting a Fluent Dialog before tabster has run its delayed
  // aria-hidden update leaves aria-hidden="true" on #root (fluentui #35139, tabster #530: the
  // update runs 250 ms after the modal goes), hiding the pane from screen readers; a closed Dialog
  // left mounted for good keeps tabster's focus sentinels in the page.
  const [shown, setShown] = useState<Pending | null>(null);
  useEffect(() => {
    if (pending !== null || shown === null) return;
    const timer = setTimeout(() => setShown(null), UNMOUNT_AFTER_CLOSE_MS);
    return () => clearTimeout(timer);
  }, [pending, shown]);
  // The wait above is a guess: on a slow machine the close can outlast it and the race still leaves
  // the pane hidden. Once no dialog is open any more, nothing may hide the pane.
  const paneRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (shown !== null) return;
    const timer = setTimeout(() => revealAfterModal(paneRef.current), REVEAL_CHECK_MS);
    return () => clearTimeout(timer);
  }, [shown]);
  /** The paragraph text at the last successful write, to tell when the answers changed since. */
  const [writtenText, setWrittenText] = useState<string | null>(null);
  const [choice, setChoice] = useState<string>('');
  const [compare, setCompare] = useState(false);
  const [messages, setMessages] = useState<{ intent: 'success' | 'warning' | 'error' | 'info'; lines: string[] } | null>(null);

  const write = async (extra: Partial<WriteRequest> = {}) => {
    if (!answers || !text) return;
    setBusy(true);
    setPending(null);
    setCompare(false);
    try {
      const result = await writeParticipatieParagraph(host, { answers, text, generatedAt: now().toISOString(), ...(profiel ? { profiel } : {}), ...extra });
      if (result.status === 'written' || result.status === 'kept' || result.status === 'unchanged') {
        // Kept: the text in the document and the answers (and the register) now differ; that stays visible.
        setMessages({ intent: result.status === 'kept' ? 'warning' : 'success', lines: resultMessage(result) });
        setWrittenText(text);
        // "Kept" leaves the old text and so the old profile's stamp; the answers still go to the register.
        onWritten({ documentId: result.documentId, answers, ...(profiel && result.status !== 'kept' ? { profiel } : {}) });
      } else {
        setChoice('');
        setPending(result);
        setShown(result);
      }
    } catch (error) {
      if (!(error instanceof AppError)) console.error(error);
      setMessages({ intent: 'error', lines: [describeError(error)] });
    } finally {
      setBusy(false);
    }
  };

  const close = () => setPending(null);
  // A green "bijgewerkt" would be wrong once the answers (and so the text) changed after the write.
  const stale = messages?.intent === 'success' && writtenText !== null && text !== null && text !== writtenText;

  return (
    <section ref={paneRef} className={styles.root} aria-label={t.toDocument}>
      {!answers && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {t.incomplete}
            {openQuestions.length > 0 && (
              <>
                {' '}
                {t.incompleteList}
                <ul className={styles.open} data-testid="open-questions">
                  {openQuestions.map((o) => (
                    <li key={o.questionId}>
                      {o.text}
                      {onJump && (
                        <>
                          {' '}
                          <Link as="button" onClick={() => onJump(o.questionId)}>
                            {t.jumpTo(labelOf?.(o.questionId) ?? o.text)}
                          </Link>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" disabled={!answers || busy} onClick={() => void write()}>
        {hasParagraph ? t.update : t.insert}
      </Button>
      {busy && <Spinner size="tiny" label={t.working} />}
      <div aria-live="polite">
        {messages && !stale && (
          <MessageBar intent={messages.intent} layout="multiline">
            <MessageBarBody>
              {messages.lines.map((l) => (
                <div key={l}>{l}</div>
              ))}
            </MessageBarBody>
          </MessageBar>
        )}
        {stale && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t.changedSinceWrite}</MessageBarBody>
          </MessageBar>
        )}
      </div>

      {/* Mounted from the first question on: before that an idle Dialog would only add focus sentinels. */}
      {shown !== null && (
      <Dialog
        open={pending !== null}
        onOpenChange={(_, d) => !d.open && close()}
      >
        <DialogSurface aria-describedby="document-dialog-text">
          <DialogBody>
            {shown.status === 'needs-existing-text-choice' && (
              <>
                <DialogTitle>{t.existingTitle}</DialogTitle>
                <DialogContent id="document-dialog-text">
                  <p>{t.existingText}</p>
                  <div className={styles.box} tabIndex={0} role="region" aria-label={t.existingCurrent}>
                    {shown.existing}
                  </div>
                </DialogContent>
                <DialogActions className={styles.actions}>
                  <Button appearance="primary" autoFocus onClick={() => void write({ existingText: 'keep' })}>
                    {t.existingKeep}
                  </Button>
                  <Button onClick={() => void write({ existingText: 'replace' })}>{t.existingReplace}</Button>
                  <Button onClick={close}>{t.cancel}</Button>
                </DialogActions>
              </>
            )}
            {shown.status === 'needs-heading' && (
              <>
                <DialogTitle>{t.noHeadingTitle}</DialogTitle>
                <DialogContent id="document-dialog-text">
                  {shown.placement.kind === 'before'
                    ? t.noHeadingBefore(shown.placement.anchorText)
                    : shown.placement.kind === 'after'
                      ? t.noHeadingAfter(shown.placement.anchorText)
                      : t.noHeadingCursor}
                </DialogContent>
                <DialogActions>
                  <Button appearance="primary" onClick={() => void write({ createHeading: true })}>
                    {t.addHeading}
                  </Button>
                  <Button onClick={close}>{t.cancel}</Button>
                </DialogActions>
              </>
            )}
            {shown.status === 'needs-heading-choice' && (
              <>
                <DialogTitle>{t.chooseHeadingTitle}</DialogTitle>
                <DialogContent id="document-dialog-text">
                  <RadioGroup aria-label={t.chooseHeadingText} value={choice} onChange={(_, d) => setChoice(d.value)}>
                    {shown.headings.map((h) => (
                      <Radio key={h.ordinal} value={String(h.ordinal)} label={t.headingOption(h.ordinal, h.previousHeading, h.excerpt)} />
                    ))}
                  </RadioGroup>
                </DialogContent>
                <DialogActions>
                  <Button appearance="primary" disabled={!choice} onClick={() => void write({ headingOrdinal: Number(choice) })}>
                    {t.confirm}
                  </Button>
                  <Button onClick={close}>{t.cancel}</Button>
                </DialogActions>
              </>
            )}
            {shown.status === 'needs-control-choice' && (
              <>
                <DialogTitle>{t.chooseControlTitle}</DialogTitle>
                <DialogContent id="document-dialog-text">
                  <RadioGroup aria-label={t.chooseControlText} value={choice} onChange={(_, d) => setChoice(d.value)}>
                    {shown.controls.map((c, i) => (
                      <Radio key={c.id} value={String(c.id)} label={t.controlOption(i + 1, c.text.split(/\s+/).slice(0, 8).join(' '))} />
                    ))}
                  </RadioGroup>
                </DialogContent>
                <DialogActions>
                  <Button appearance="primary" disabled={!choice} onClick={() => void write({ controlId: Number(choice), onHandEdit: 'replace' })}>
                    {t.confirm}
                  </Button>
                  <Button onClick={close}>{t.cancel}</Button>
                </DialogActions>
              </>
            )}
            {shown.status === 'conflict' && (
              <>
                {/* Before WordApi 1.4 pending tracked changes look like an edit: say so, don't accuse. */}
                <DialogTitle>{shown.revisionsChecked ? t.conflictTitle : t.conflictTitleUnsure}</DialogTitle>
                <DialogContent id="document-dialog-text">
                  {!shown.revisionsChecked && (
                    <MessageBar intent="warning" layout="multiline">
                      <MessageBarBody>{t.conflictRevisionsUnsure}</MessageBarBody>
                    </MessageBar>
                  )}
                  <p>{shown.revisionsChecked ? t.conflictText : t.conflictTextUnsure}</p>
                  {compare && (
                    <div className={`${styles.compare} ${styles.compareWide}`}>
                      <div>
                        <h3 className={styles.boxTitle}>{t.conflictCurrent}</h3>
                        <div className={styles.box} tabIndex={0}>{shown.current}</div>
                      </div>
                      <div>
                        <h3 className={styles.boxTitle}>{t.conflictProposed}</h3>
                        <div className={styles.box} tabIndex={0}>{shown.proposed}</div>
                      </div>
                    </div>
                  )}
                </DialogContent>
                {/* The safe choice first, primary and focused: Enter must never throw the user's edit away. */}
                <DialogActions className={styles.actions}>
                  <Button appearance="primary" autoFocus onClick={() => void write({ onHandEdit: 'keep' })}>
                    {t.conflictKeep}
                  </Button>
                  <Button onClick={() => void write({ onHandEdit: 'replace' })}>{t.conflictReplace}</Button>
                  {!compare && <Button onClick={() => setCompare(true)}>{t.conflictCompare}</Button>}
                </DialogActions>
              </>
            )}
          </DialogBody>
        </DialogSurface>
      </Dialog>
      )}
    </section>
  );
}
