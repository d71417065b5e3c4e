import { Divider, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import { checklistSteps, visibleQuestions, type Answers, type Profile, type ProfileStamp, type StepId } from '../../../src/participation/index.ts';
import { AppError, describeError } from '../../../src/text/index.ts';
import { addinText as t } from '../../../src/text/ui-addin.ts';
import type { HeaderFacts, WordHost } from '../../word/index.ts';
import { openQuestions } from '../features/checklist/open-questions.ts';
import { nameQuestions, shortName } from '../features/checklist/question-names.ts';
import { Wizard } from '../features/checklist/wizard.tsx';
import type { Insights } from '../features/insights/compute-insights.ts';
import { AdviceCard, B1Hints, FindingsList, Preview } from '../features/insights/insights-panels.tsx';
import { ProfilePicker, type ProfileSource } from '../features/profile/profile-picker.tsx';
import type { RegisterConnector } from '../features/traject/connection.ts';
import { readConsent } from '../features/traject/consent.ts';
import type { RegisterRequest } from '../features/traject/traject-panel.tsx';

// Not needed for the first step: loaded after the first render.
const DocumentPanel = lazy(() => import('../features/document/document-panel.tsx').then((m) => ({ default: m.DocumentPanel })));
const loadInsights = () => import('../features/insights/compute-insights.ts');
const loadWordOps = () => import('../features/document/word-ops.ts');
const TrajectPanel = lazy(() => import('../features/traject/traject-panel.tsx').then((m) => ({ default: m.TrajectPanel })));
const loadProfiles = () => import('../features/profile/load-profile.ts');
const loadSiteProfiles = () => import('../features/traject/site-profile.ts');

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    maxWidth: '100%',
    boxSizing: 'border-box',
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  status: { color: tokens.colorNeutralForeground3, minHeight: tokens.lineHeightBase200 },
});

type Draft = Partial<Answers>;
const SAVE_DELAY_MS = 800;

/**
 * The score lists show "0 – niet" before the user picks: that shown 0 is the answer, so it is in
 * the draft (checked, saved, used for the advice) and the checklist can be finished without touching it.
 */
const NO_PRIORITY: Answers['q6_prioriteit'] = { speerpunt: 0, impact: 0, omvang: 0, afbreukrisico: 0 };
function withShownDefaults(d: Draft): Draft {
  return d.q6_prioriteit === undefined ? { ...d, q6_prioriteit: NO_PRIORITY } : d;
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export interface TaskPaneProps {
  host: WordHost;
  /** Profile URL configured by the administrator (manifest query string), if any: loaded without asking. */
  configuredProfileUrl: string | null;
  /** How to reach the traject register; null or absent when it is not set up where the pane runs. */
  registerConnector?: RegisterConnector | null;
  now?: () => Date;
}

export function TaskPane({ host, configuredProfileUrl, registerConnector = null, now = () => new Date() }: TaskPaneProps): ReactElement {
  const styles = useStyles();
  const [loading, setLoading] = useState(true);
  const [draft, setDraft] = useState<Draft>(() => withShownDefaults({}));
  const [stepIndex, setStepIndex] = useState(0);
  /** Steps the user has opened; findings about later steps wait until they get there. */
  const [visited, setVisited] = useState<ReadonlySet<StepId>>(() => new Set<StepId>(['stuk']));
  const [allVisited, setAllVisited] = useState(false);
  const [focusQuestion, setFocusQuestion] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ intent: 'info' | 'warning' | 'error' | 'success'; text: string } | null>(null);
  const [saveState, setSaveState] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const [hasParagraph, setHasParagraph] = useState(false);
  /** null = the default profile (loaded with the insights). */
  const [profile, setProfile] = useState<Profile | null>(null);
  const [profileSource, setProfileSource] = useState<ProfileSource>('default');
  const [insightsModule, setInsightsModule] = useState<Awaited<ReturnType<typeof loadInsights>> | null>(null);
  /** About the profile: which one is used, a fallback, or a paragraph written with another one. */
  const [profileNotice, setProfileNotice] = useState<{ intent: 'info' | 'warning'; text: string } | null>(null);
  /** The profile that wrote the paragraph now in the document, from its answers part. */
  const [writtenWith, setWrittenWith] = useState<ProfileStamp | null>(null);
  const [registerRequest, setRegisterRequest] = useState<RegisterRequest | null>(null);
  const [header, setHeader] = useState<HeaderFacts>({});
  const dirty = useRef(false);
  // The day, not the function: `now` is a new function each render, the day changes once a day.
  const today = isoDay(now());

  // Restore answers and state from the document (one read round trip).
  const refresh = useCallback(async (restoreAnswers: boolean) => {
    try {
      const { readDocumentState } = await loadWordOps();
      const state = await readDocumentState(host);
      setHasParagraph(state.controls.length > 0);
      setWrittenWith(state.controls.length > 0 ? (state.stored?.profiel ?? null) : null);
      setHeader(state.header);
      if (restoreAnswers && state.stored) {
        setDraft(withShownDefaults(state.stored.answers));
        // Answers from an earlier session: the user has been through the whole checklist before.
        setAllVisited(true);
        setNotice({ intent: 'success', text: t.restored });
      } else if (restoreAnswers) {
        // A new checklist starts from the document's own subject line.
        const onderwerp = state.onderwerp;
        if (onderwerp) setDraft((d) => (d.q2_onderwerp ? d : { ...d, q2_onderwerp: onderwerp }));
        if (state.storedUnreadable) setNotice({ intent: 'warning', text: t.storedUnreadable });
      }
    } catch (error) {
      if (!(error instanceof AppError)) console.error(error);
      setNotice({ intent: 'error', text: describeError(error) });
    } finally {
      setLoading(false);
    }
  }, [host]);

  useEffect(() => {
    // The document is the outside system here: its state arrives after an await, never synchronously.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void refresh(true);
    void loadInsights().then(setInsightsModule);
  }, [refresh]);

  // The administrator's profile: a URL in the add-in's settings, else the file on the participation site
  // (read with the register's sign-in, so only once the user agreed to connect). null: none configured.
  const loadCentral = useMemo((): (() => Promise<Profile | null>) | null => {
    if (configuredProfileUrl) return () => loadProfiles().then((m) => m.loadProfileFromUrl(configuredProfileUrl));
    if (registerConnector && readConsent() === 'ja') return () => loadSiteProfiles().then((m) => m.loadSiteProfile(registerConnector));
    return null;
  }, [configuredProfileUrl, registerConnector]);

  // It loads without asking; when it cannot, the default is used and we say so.
  useEffect(() => {
    if (!loadCentral) return;
    let live = true;
    Promise.all([loadCentral(), loadProfiles()])
      .then(([loaded, m]) => {
        if (!live) return;
        if (!loaded) return setProfileNotice({ intent: 'info', text: t.profileNoneOnSite });
        const id = m.profileIdentity(loaded);
        setProfile(loaded);
        setProfileSource('configured');
        setProfileNotice({ intent: 'info', text: t.profileCentral(id.naam, id.versie) });
      })
      .catch((error: unknown) => {
        if (live) setProfileNotice({ intent: 'warning', text: t.profileFallback(describeError(error)) });
      });
    return () => {
      live = false;
    };
  }, [loadCentral]);

  // Save as you go: debounced, only after the user changed something.
  useEffect(() => {
    if (!dirty.current) return;
    const timer = setTimeout(() => {
      setSaveState('saving');
      loadWordOps()
        .then(({ saveAnswers }) => saveAnswers(host, draft))
        .then(() => setSaveState('saved'))
        .catch((error: unknown) => {
          setSaveState('failed');
          setNotice({ intent: 'error', text: describeError(error) });
        });
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, host]);

  const onChange = useCallback((id: keyof Draft, value: Draft[keyof Draft]) => {
    dirty.current = true;
    setDraft((d) => {
      const next = { ...d } as Record<string, unknown>;
      if (value === undefined) delete next[id];
      else next[id] = value;
      return next as Draft;
    });
  }, []);

  const questions = useMemo(() => visibleQuestions(draft), [draft]);
  const steps = useMemo(() => {
    const visible = new Set(questions.map((q) => q.id));
    return checklistSteps.filter((s) => s.questionIds.some((id) => visible.has(id)));
  }, [questions]);
  const safeStep = Math.min(stepIndex, Math.max(steps.length - 1, 0));

  const goToStep = useCallback(
    (index: number) => {
      setStepIndex(index);
      const id = steps[index]?.id;
      if (id) setVisited((v) => (v.has(id) ? v : new Set([...v, id])));
    },
    [steps],
  );

  const insights: Insights | null = useMemo(
    () => (insightsModule ? insightsModule.computeInsights(draft, profile, today) : null),
    [insightsModule, draft, profile, today],
  );
  const current = insights?.profiel;
  const otherProfile =
    writtenWith && current && (writtenWith.naam !== current.naam || writtenWith.versie !== current.versie)
      ? t.profileOther(writtenWith.naam, writtenWith.versie, current.naam, current.versie)
      : null;

  // Reached: on a step the user opened, or before the furthest one (a step can appear later, when
  // an answer makes its questions visible, without the user having skipped it).
  const reached = useMemo(() => {
    if (allVisited) return () => true;
    const furthest = steps.reduce((max, s, i) => (visited.has(s.id) ? i : max), 0);
    const stepOf = new Map(steps.flatMap((s, i) => s.questionIds.map((id) => [id as string, i] as const)));
    return (questionId: string) => (stepOf.get(questionId) ?? Infinity) <= furthest;
  }, [allVisited, steps, visited]);
  const shownFindings = useMemo(() => insights?.findings.filter((f) => reached(f.questionId)) ?? [], [insights, reached]);

  const jump = useCallback(
    (questionId: string) => {
      const index = steps.findIndex((s) => s.questionIds.some((id) => id === questionId));
      if (index >= 0) goToStep(index);
      setFocusQuestion(questionId);
    },
    [steps, goToStep],
  );

  const clearFocus = useCallback(() => setFocusQuestion(null), []);

  const messageFor = useCallback(
    (questionId: string) => {
      const f = insights?.findings.find((x) => x.questionId === questionId && x.severity !== 'hint');
      if (f?.severity === 'error') return { text: nameQuestions(f.message, f.questionId, true), state: 'error' as const };
      // A wrong value (a negative number, an end before the start) is said at the question itself.
      const wrong = insights?.problems.find((p) => p.code !== 'PART.REQUIRED' && p.path.split('.')[0] === questionId);
      if (wrong) return { text: nameQuestions(wrong.message, questionId, true), state: 'error' as const, path: wrong.path };
      if (f) return { text: nameQuestions(f.message, f.questionId, true), state: 'warning' as const };
      // Another level than advised: ask for the reason right at the "waarom" question.
      const advised = insights?.advice?.level;
      if (questionId === 'q9a_waarom' && advised && draft.q9_niveau && draft.q9_niveau !== advised && !draft.q9a_waarom?.trim()) {
        return { text: t.adviceDiffers, state: 'warning' as const };
      }
      return undefined;
    },
    [insights, draft.q9_niveau, draft.q9a_waarom],
  );

  const extraFor = (questionId: string) => {
    if (questionId === 'q9_niveau' && insights?.advice) {
      return (
        <AdviceCard
          advice={insights.advice}
          levels={insights.levels}
          chosen={draft.q9_niveau}
          onAccept={() => onChange('q9_niveau', insights.advice?.level)}
        />
      );
    }
    const hints = insights?.b1[questionId];
    return hints ? <B1Hints hints={hints} /> : null;
  };

  const pickProfile = (source: ProfileSource, load: () => Promise<Profile>) => {
    load()
      .then((p) => {
        setProfile(source === 'default' ? null : p);
        setProfileSource(source);
        setNotice(source === 'default' ? null : { intent: 'success', text: t.profileLoaded(p.gemeentenaam) });
        setProfileNotice(null);
      })
      .catch((error: unknown) => setNotice({ intent: 'error', text: describeError(error) }));
  };

  const saveText =
    saveState === 'saving' ? t.saving : saveState === 'saved' ? t.saved : saveState === 'failed' ? t.saveFailed : '';

  return (
    <main className={styles.root} aria-labelledby="pane-title">
      <header className={styles.header}>
        <h1 id="pane-title" className={styles.title}>
          {t.appTitle}
        </h1>
        <Text size={200} className={styles.status} role="status">
          {saveText}
        </Text>
      </header>
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {profileNotice && (
        <MessageBar intent={profileNotice.intent} layout="multiline">
          <MessageBarBody>{profileNotice.text}</MessageBarBody>
        </MessageBar>
      )}
      {otherProfile && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{otherProfile}</MessageBarBody>
        </MessageBar>
      )}
      {loading ? (
        <Spinner label={t.loading} />
      ) : (
        <>
          <ProfilePicker
            source={profileSource}
            loadCentral={
              loadCentral &&
              (() =>
                loadCentral().then((p) => {
                  if (!p) throw new AppError('WORD.PROFILE_FETCH');
                  return p;
                }))
            }
            onPick={pickProfile}
          />
          <Wizard
            steps={steps}
            questions={questions}
            stepIndex={safeStep}
            onStep={goToStep}
            draft={draft}
            onChange={onChange}
            messageFor={messageFor}
            extraFor={extraFor}
            focusQuestion={focusQuestion}
            onFocused={clearFocus}
          />
          <Divider />
          {insights && <FindingsList findings={shownFindings} labelOf={shortName} onJump={jump} />}
          <Preview html={insights?.paragraphHtml ?? null} />
          <Suspense fallback={<Spinner size="tiny" />}>
            <DocumentPanel
              host={host}
              answers={insights?.answers ?? null}
              text={insights?.paragraphText ?? null}
              hasParagraph={hasParagraph}
              openQuestions={insights ? openQuestions(insights.problems) : []}
              labelOf={shortName}
              onJump={jump}
              {...(insights ? { profiel: insights.profiel } : {})}
              now={now}
              onWritten={(written) => {
                void refresh(false);
                setRegisterRequest((r) => ({ ...written, header, seq: (r?.seq ?? 0) + 1 }));
              }}
            />
          </Suspense>
          {registerRequest && (
            <Suspense fallback={<Spinner size="tiny" />}>
              <TrajectPanel connector={registerConnector} request={registerRequest} documentUrl={host.documentUrl?.() ?? null} now={now} />
            </Suspense>
          )}
        </>
      )}
    </main>
  );
}
