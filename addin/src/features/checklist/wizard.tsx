import { Button, ProgressBar, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef, type ReactElement, type ReactNode } from 'react';
import type { Answers, ChecklistStep, Question } from '../../../../src/participation/index.ts';
import { addinText as t } from '../../../../src/text/ui-addin.ts';
import { QuestionField, type QuestionFieldProps } from './question-field.tsx';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  steps: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, listStyleType: 'none', margin: 0, padding: 0 },
  stepButton: { minWidth: 'auto' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  questions: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0, '& > *': { minWidth: 0 } },
  nav: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  hidden: { visibility: 'hidden' },
});

export interface WizardProps {
  steps: readonly ChecklistStep[];
  questions: readonly Question[];
  stepIndex: number;
  onStep: (index: number) => void;
  draft: Partial<Answers>;
  onChange: QuestionFieldProps['onChange'];
  messageFor: (questionId: string) => QuestionFieldProps['message'];
  /** Extra content under a question (B1 hints, advice). */
  extraFor: (questionId: string) => ReactNode;
  /** Question to move focus to after a "jump" from the findings list. */
  focusQuestion: string | null;
  onFocused: () => void;
}

/** The checklist as a short wizard: the visible questions of one step at a time. */
export function Wizard(props: WizardProps): ReactElement {
  const styles = useStyles();
  const { steps, questions, stepIndex, onStep, draft } = props;
  const step = steps[stepIndex];
  const headingRef = useRef<HTMLHeadingElement>(null);
  const visibleIds = new Set(questions.map((q) => q.id));
  const stepQuestions = (step?.questionIds ?? []).filter((id) => visibleIds.has(id)).map((id) => questions.find((q) => q.id === id) as Question);

  const { focusQuestion, onFocused } = props;
  useEffect(() => {
    // Runs after the step with the question has rendered, so the field exists.
    if (!focusQuestion) return;
    const el = document.getElementById(`vraag-${focusQuestion}`);
    const target = el?.querySelector<HTMLElement>('input, textarea, select, button') ?? el;
    target?.focus();
    el?.scrollIntoView?.({ block: 'center' });
    onFocused();
  }, [focusQuestion, stepIndex, onFocused]);

  const go = (index: number) => {
    onStep(index);
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  if (!step) return <></>;
  return (
    <section className={styles.root} aria-labelledby="wizard-step-title">
      <nav aria-label={t.stepsNav}>
        <ol className={styles.steps}>
          {steps.map((s, i) => (
            <li key={s.id}>
              <Button
                className={styles.stepButton}
                size="small"
                appearance={i === stepIndex ? 'primary' : 'subtle'}
                aria-current={i === stepIndex ? 'step' : undefined}
                title={s.title}
                aria-label={`${t.stepOf(i + 1, steps.length)}: ${s.title}`}
                onClick={() => go(i)}
              >
                {i + 1}
              </Button>
            </li>
          ))}
        </ol>
      </nav>
      <div>
        <Text size={200} id="wizard-progress-label">
          {t.stepOf(stepIndex + 1, steps.length)}
        </Text>
        <ProgressBar value={(stepIndex + 1) / steps.length} aria-labelledby="wizard-progress-label" thickness="large" />
      </div>
      <h2 id="wizard-step-title" className={styles.heading} tabIndex={-1} ref={headingRef}>
        {step.title}
      </h2>
      {step.help && <Text>{step.help}</Text>}
      <div className={styles.questions}>
        {stepQuestions.map((q) => (
          <QuestionField key={q.id} question={q} draft={draft} onChange={props.onChange} message={props.messageFor(q.id)}>
            {props.extraFor(q.id)}
          </QuestionField>
        ))}
      </div>
      <div className={styles.nav}>
        <Button className={mergeClasses(stepIndex === 0 && styles.hidden)} disabled={stepIndex === 0} onClick={() => go(stepIndex - 1)}>
          {t.previous}
        </Button>
        {stepIndex < steps.length - 1 && (
          <Button appearance="primary" onClick={() => go(stepIndex + 1)}>
            {t.next}
          </Button>
        )}
      </div>
    </section>
  );
}
