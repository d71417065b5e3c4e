import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { AppError, describeError } from '../../../text/index.ts';
import { tabText } from '../../../text/ui-tab.ts';

/** Codes where waiting or reconnecting helps: a warning with "Opnieuw proberen", not an error. */
const TRANSIENT = new Set(['GRAPH.THROTTLED', 'GRAPH.UNAVAILABLE', 'GRAPH.NETWORK', 'TAB.OFFLINE']);

export function isTransient(error: unknown): boolean {
  return error instanceof AppError && TRANSIENT.has(error.code);
}

export interface ErrorBarProps {
  error: unknown;
  onRetry?: () => void;
  onDismiss?: () => void;
}

/** The one place the tab turns an error into Dutch text. The technical cause goes to the console only. */
export function ErrorBar({ error, onRetry, onDismiss }: ErrorBarProps) {
  const transient = isTransient(error) || isNetworkFailure(error);
  const message = isNetworkFailure(error) && !(error instanceof AppError) ? describeError(new AppError('TAB.OFFLINE')) : describeError(error);
  return (
    <MessageBar intent={transient ? 'warning' : 'error'} layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{tabText.errors.title}</MessageBarTitle>
        {message}
      </MessageBarBody>
      {onRetry || onDismiss ? (
        <MessageBarActions
          containerAction={
            onDismiss ? (
              <Button appearance="transparent" size="small" onClick={onDismiss} aria-label={tabText.dismiss}>
                ×
              </Button>
            ) : undefined
          }
        >
          {onRetry ? <Button onClick={onRetry}>{tabText.retry}</Button> : null}
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}

function isNetworkFailure(error: unknown): boolean {
  return error instanceof TypeError && /fetch|network/i.test(error.message);
}
