import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState, type ReactElement } from 'react';
import type { Answers, ProfileStamp } from '../../../../src/participation/index.ts';
import { AppError, describeError } from '../../../../src/text/index.ts';
import { addinText as t } from '../../../../src/text/ui-addin.ts';
import type { HeaderFacts } from '../../../word/index.ts';
import type { RegisterConnector } from './connection.ts';
import { readConsent, writeConsent } from './consent.ts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

// The Graph gateway and the traject mapping load with the first registration, not with the pane.
const loadRegister = () => import('./register.ts');

/** What a write of the paragraph hands over for the register. */
export interface RegisterRequest {
  /** Goes up with every write, so the same answers written twice are registered twice. */
  seq: number;
  documentId: string;
  answers: Answers;
  profiel?: ProfileStamp;
  /** Afdeling, zaaknummer and portefeuillehouder from the document's header lines. */
  header: HeaderFacts;
}

export interface TrajectPanelProps {
  /** null when the register is not set up where the pane runs. */
  connector: RegisterConnector | null;
  request: RegisterRequest | null;
  documentUrl: string | null;
  now: () => Date;
}

type State =
  | { kind: 'idle' }
  | { kind: 'ask' }
  /** Registering: started by a write, the consent or "Opnieuw proberen". */
  | { kind: 'queued' }
  | { kind: 'done'; created: boolean }
  | { kind: 'declined' }
  | { kind: 'not-set-up' }
  | { kind: 'failed'; reason: string };

/** What a new write leads to, before anything is sent. */
function firstStep(connector: RegisterConnector | null): State {
  if (!connector) return { kind: 'not-set-up' };
  const consent = readConsent();
  return { kind: consent === 'ja' ? 'queued' : consent === 'nee' ? 'declined' : 'ask' };
}

/**
 * After each write of the paragraph: registers the traject (after the user agreed once), or says plainly
 * why the register was not updated. The paragraph in the document never depends on it.
 */
export function TrajectPanel({ connector, request, documentUrl, now }: TrajectPanelProps): ReactElement | null {
  const styles = useStyles();
  const [state, setState] = useState<State>({ kind: 'idle' });
  // Each write (a new seq) starts over; adjusted while rendering, as React advises for a changed prop.
  const [handled, setHandled] = useState(0);
  if (request && request.seq !== handled) {
    setHandled(request.seq);
    setState(firstStep(connector));
  }
  const busy = useRef(false);

  const register = useCallback(
    async (req: RegisterRequest) => {
      if (!connector || busy.current) return;
      busy.current = true;
      try {
        const [{ registerTraject }, session] = await Promise.all([loadRegister(), connector.connect()]);
        const outcome = await registerTraject(session, { ...req, documentUrl, now: now() });
        setState({ kind: 'done', created: outcome === 'created' });
      } catch (error) {
        if (!(error instanceof AppError)) console.error(error);
        setState({ kind: 'failed', reason: describeError(error) });
      } finally {
        busy.current = false;
      }
    },
    [connector, documentUrl, now],
  );

  // The register is the outside system: a queued registration is sent, its outcome arrives after an
  // await, never synchronously (as the pane's own document read in task-pane.tsx).
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (state.kind === 'queued' && request) void register(request);
  }, [state, request, register]);

  if (!request || state.kind === 'idle') return null;
  const agree = () => {
    writeConsent('ja');
    setState({ kind: 'queued' });
  };

  return (
    <section className={styles.root} aria-labelledby="register-title">
      <h2 id="register-title" className={styles.title}>
        {t.registerTitle}
      </h2>
      <div aria-live="polite">
        {state.kind === 'ask' && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{t.registerConsentText}</MessageBarBody>
            <MessageBarActions>
              <Button appearance="primary" size="small" onClick={agree}>
                {t.registerConsentYes}
              </Button>
              <Button
                size="small"
                onClick={() => {
                  writeConsent('nee');
                  setState({ kind: 'declined' });
                }}
              >
                {t.registerConsentNo}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {state.kind === 'queued' && <Spinner size="tiny" label={t.registerWorking} />}
        {state.kind === 'done' && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{state.created ? t.registerCreated : t.registerUpdated}</MessageBarBody>
          </MessageBar>
        )}
        {state.kind === 'declined' && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t.registerDeclined}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={agree}>
                {t.registerAnyway}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {state.kind === 'not-set-up' && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{t.registerNotSetUp}</MessageBarBody>
          </MessageBar>
        )}
        {state.kind === 'failed' && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{t.registerFailed(state.reason)}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={() => setState({ kind: 'queued' })}>
                {t.registerRetry}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
