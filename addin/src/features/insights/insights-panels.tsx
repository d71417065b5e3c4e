import { Button, Link, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { Advice, B1Hint, Finding, LevelInfo } from '../../../../src/participation/index.ts';
import { addinText as t } from '../../../../src/text/ui-addin.ts';
import { nameQuestions, questionsIn } from '../checklist/question-names.ts';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  preview: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    '& p': { marginTop: 0, marginBottom: tokens.spacingVerticalS },
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function AdviceCard({ advice, levels, chosen, onAccept }: { advice: Advice; levels: readonly LevelInfo[]; chosen?: string; onAccept: () => void }): ReactElement {
  const styles = useStyles();
  const level = levels.find((l) => l.id === advice.level);
  return (
    <section className={styles.section} aria-labelledby="advice-title">
      <h3 id="advice-title" className={styles.heading}>
        {t.adviceTitle}
      </h3>
      <Text weight="semibold">{t.adviceLevel(level?.label ?? advice.level)}</Text>
      {level && <Text className={styles.muted}>{level.description}</Text>}
      <Text size={200}>{t.adviceScore(advice.score)}</Text>
      <ul className={styles.list}>
        {/* The level's description already stands under its name. */}
        {advice.reasons
          .filter((r) => r !== level?.description)
          .map((r) => (
            <li key={r}>{r}</li>
          ))}
      </ul>
      {chosen !== advice.level && (
        <Button size="small" onClick={onAccept}>
          {t.useAdvice}
        </Button>
      )}
      {chosen && chosen !== advice.level && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.adviceDiffers}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

export function B1Hints({ hints }: { hints: readonly B1Hint[] }): ReactElement | null {
  const styles = useStyles();
  if (hints.length === 0) return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <strong>{t.b1Title}</strong>
        <ul className={styles.list}>
          {hints.map((h, i) => (
            <li key={`${h.kind}-${i}`}>
              {h.message}
              {h.suggestion ? ` ${t.b1Suggestion(h.suggestion)}` : ''}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

export function FindingsList({
  findings,
  labelOf,
  onJump,
}: {
  findings: readonly Finding[];
  labelOf: (questionId: string) => string;
  onJump: (questionId: string) => void;
}): ReactElement {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="findings-title">
      <h2 id="findings-title" className={styles.heading}>
        {t.findingsTitle}
      </h2>
      {findings.length === 0 ? (
        <Text className={styles.muted}>{t.findingsNone}</Text>
      ) : (
        <ul className={styles.list}>
          {findings.map((f) => (
            <li key={`${f.code}-${f.questionId}`}>
              <Text weight="semibold">{t.severity[f.severity]}: </Text>
              {nameQuestions(f.message, f.questionId)}
              {questionsIn(f.message, f.questionId).map((id) => (
                <span key={id}>
                  {' '}
                  <Link as="button" onClick={() => onJump(id)}>
                    {t.jumpTo(labelOf(id))}
                  </Link>
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function Preview({ html }: { html: string | null }): ReactElement {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="preview-title">
      <h2 id="preview-title" className={styles.heading}>
        {t.previewTitle}
      </h2>
      {html ? (
        // renderParagraphHtml escapes every piece of user text.
        <div className={styles.preview} aria-live="polite" dangerouslySetInnerHTML={{ __html: html }} />
      ) : (
        <Text className={styles.muted}>{t.previewEmpty}</Text>
      )}
    </section>
  );
}
