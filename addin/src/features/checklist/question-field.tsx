import {
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';
import type { Answers, Question, QuestionOption } from '../../../../src/participation/index.ts';
import { addinText as t } from '../../../../src/text/ui-addin.ts';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  help: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  // A native select is as wide as its longest option; keep it inside the 320 px pane.
  select: { width: '100%', maxWidth: '100%', minWidth: 0 },
  selectInner: { width: '100%', minWidth: 0, textOverflow: 'ellipsis' },
  option: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  sub: { paddingLeft: tokens.spacingHorizontalXXL, minWidth: 0 },
});

type Draft = Partial<Answers>;
type Value = Draft[keyof Draft];

export interface QuestionFieldProps {
  question: Question;
  draft: Draft;
  onChange: (id: keyof Draft, value: Value) => void;
  /** Error or warning text shown under the field. */
  message?: { text: string; state: 'error' | 'warning' | 'none'; /** Part of the answer it is about, e.g. 'q11_periode.tot'. */ path?: string };
  /** Extra content under the field (B1 hints, advice). */
  children?: ReactNode;
}

function options(q: Question): readonly QuestionOption[] {
  return q.options ?? [];
}

const YES_NO: readonly QuestionOption[] = [
  { value: 'ja', label: t.yes },
  { value: 'nee', label: t.no },
];

/**
 * The number as typed, also when it is wrong (-5, 2.5): the checks then say so at the field. Made
 * right here, a -5 became "Er deed niemand mee." in the paragraph, which nobody answered.
 */
function typedNumber(raw: string): number | undefined {
  const n = raw.trim() === '' ? Number.NaN : Number(raw);
  return Number.isFinite(n) ? n : undefined;
}

function labelOf(q: Question): string {
  return q.required ? `${q.label} (${t.required})` : q.label;
}

/** One question of the checklist, rendered from its answer shape. */
export function QuestionField({ question: q, draft, onChange, message, children }: QuestionFieldProps): ReactElement {
  const styles = useStyles();
  const id = q.id as keyof Draft;
  const value = draft[id] as unknown;
  const set = (v: unknown) => onChange(id, v as Value);
  const fieldProps = {
    label: labelOf(q),
    hint: q.help || undefined,
    validationMessage: message?.text,
    validationState: message?.state ?? 'none',
  } as const;

  const radio = (opts: readonly QuestionOption[], current: string | undefined, onPick: (v: string) => void) => (
    <Field {...fieldProps}>
      <RadioGroup value={current ?? ''} onChange={(_, d) => onPick(d.value)}>
        {opts.map((o) => (
          <Radio key={o.value} value={o.value} label={o.label} />
        ))}
      </RadioGroup>
    </Field>
  );

  const checkboxes = (
    opts: readonly QuestionOption[],
    picked: readonly string[],
    onPick: (v: string[]) => void,
    extra?: ReactNode,
    /** Inputs that belong to one picked option, shown right under its checkbox. */
    perOption?: (o: QuestionOption) => ReactNode,
  ) => (
    <fieldset className={styles.fieldset} data-question={q.id}>
      <legend className={styles.legend}>{labelOf(q)}</legend>
      {q.help && <span className={styles.help}>{q.help}</span>}
      {opts.map((o) => (
        <div key={o.value} className={styles.option}>
          <Checkbox
            label={o.label}
            checked={picked.includes(o.value)}
            onChange={(_, d) => onPick(d.checked ? [...picked, o.value] : picked.filter((p) => p !== o.value))}
          />
          {perOption && picked.includes(o.value) && <div className={styles.sub}>{perOption(o)}</div>}
        </div>
      ))}
      {extra}
      {message && message.state !== 'none' && <Field validationMessage={message.text} validationState={message.state} />}
    </fieldset>
  );

  let body: ReactElement;
  switch (q.id) {
    case 'q2_onderwerp':
    case 'q4b_initiatiefnemer':
      body = (
        <Field {...fieldProps}>
          <Input value={(value as string) ?? ''} onChange={(_, d) => set(d.value === '' ? undefined : d.value)} />
        </Field>
      );
      break;
    case 'q7b_toelichting':
    case 'q9a_waarom':
      body = (
        <Field {...fieldProps}>
          <Textarea resize="vertical" value={(value as string) ?? ''} onChange={(_, d) => set(d.value === '' ? undefined : d.value)} />
        </Field>
      );
      break;
    case 'q12_aantal':
      body = (
        <Field {...fieldProps}>
          <Input type="number" min={0} step={1} value={value === undefined ? '' : String(value)} onChange={(_, d) => set(typedNumber(d.value))} />
        </Field>
      );
      break;
    case 'q6_prioriteit': {
      const current = (value as Answers['q6_prioriteit'] | undefined) ?? { speerpunt: 0, impact: 0, omvang: 0, afbreukrisico: 0 };
      body = (
        <fieldset className={styles.fieldset} data-question={q.id}>
          <legend className={styles.legend}>{labelOf(q)}</legend>
          {q.help && <span className={styles.help}>{q.help}</span>}
          {(Object.keys(t.priority) as (keyof typeof t.priority)[]).map((k) => (
            <Field key={k} label={q.fields?.find((f) => f.value === k)?.label ?? t.priority[k]}>
              <Select className={styles.select} select={{ className: styles.selectInner }} value={String(current[k])} onChange={(_, d) => set({ ...current, [k]: Number(d.value) })}>
                {t.scale.map((label, n) => (
                  <option key={n} value={n}>
                    {label}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
        </fieldset>
      );
      break;
    }
    case 'q4_omgevingswet':
      body = (
        <Field {...fieldProps}>
          <Select className={styles.select} select={{ className: styles.selectInner }} value={(value as string) ?? ''} onChange={(_, d) => set(d.value || undefined)}>
            <option value="">–</option>
            {options(q).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </Field>
      );
      break;
    case 'q7a_redenen':
      body = checkboxes(options(q), (value as string[]) ?? [], (v) => set(v.length ? v : undefined));
      break;
    case 'q7c_informeren':
    case 'q8_betrokkenen':
    case 'q10_methoden': {
      const key = q.id === 'q7c_informeren' ? 'kanaal' : q.id === 'q8_betrokkenen' ? 'groep' : 'methode';
      const list = (value as Record<string, string | number | undefined>[] | undefined) ?? [];
      const opts = options(q).length ? options(q) : q.id === 'q7c_informeren' ? Object.entries(t.informChannels).map(([v, label]) => ({ value: v, label })) : [];
      const other = list.find((e) => e[key] === 'anders');
      const patchEntry = (option: string, patch: Record<string, string | number | undefined>) =>
        set(
          list.map((e) => {
            if (e[key] !== option) return e;
            const next: Record<string, string | number | undefined> = { ...e, ...patch };
            for (const k of Object.keys(patch)) if (next[k] === undefined) delete next[k];
            return next;
          }),
        );
      // The answers hold an own name per group (omschrijving) and a number per method (aantal);
      // "anders" has its own description field below the list.
      const perOption =
        q.id === 'q8_betrokkenen'
          ? (o: QuestionOption) =>
              o.value === 'anders' ? null : (
                <Field label={t.groupName(o.label)}>
                  <Input
                    value={String(list.find((e) => e[key] === o.value)?.omschrijving ?? '')}
                    onChange={(_, d) => patchEntry(o.value, { omschrijving: d.value.trim() === '' ? undefined : d.value })}
                  />
                </Field>
              )
          : q.id === 'q10_methoden'
            ? (o: QuestionOption) => {
                const n = list.find((e) => e[key] === o.value)?.aantal;
                return (
                  <Field label={t.methodCount(o.label)}>
                    <Input
                      type="number"
                      min={1}
                      max={10_000}
                      step={1}
                      value={n === undefined ? '' : String(n)}
                      onChange={(_, d) => patchEntry(o.value, { aantal: typedNumber(d.value) })}
                    />
                  </Field>
                );
              }
            : undefined;
      body = checkboxes(
        opts,
        list.map((e) => String(e[key])),
        (picked) => {
          const next = picked.map((p) => list.find((e) => e[key] === p) ?? { [key]: p });
          set(next.length ? next : undefined);
        },
        other && (
          <Field label={t.other}>
            <Input
              value={String(other.omschrijving ?? '')}
              onChange={(_, d) => patchEntry('anders', { omschrijving: d.value === '' ? undefined : d.value })}
            />
          </Field>
        ),
        perOption,
      );
      break;
    }
    case 'q11_periode': {
      const p = (value as Answers['q11_periode']) ?? {};
      // An end before the start is said at the end date; anything else under the whole question.
      const atTot = message?.path === 'q11_periode.tot';
      const patch = (k: 'van' | 'tot' | 'omschrijving', v: string) => {
        const next = { ...p, [k]: v === '' ? undefined : v };
        set(next.van || next.tot || next.omschrijving || next.data?.length ? next : undefined);
      };
      body = (
        <fieldset className={styles.fieldset} data-question={q.id}>
          <legend className={styles.legend}>{labelOf(q)}</legend>
          {q.help && <span className={styles.help}>{q.help}</span>}
          <Field label={t.periodFrom}>
            <Input type="date" value={p.van ?? ''} onChange={(_, d) => patch('van', d.value)} />
          </Field>
          <Field label={t.periodTo} validationMessage={atTot ? message?.text : undefined} validationState={atTot ? message?.state : 'none'}>
            <Input type="date" value={p.tot ?? ''} onChange={(_, d) => patch('tot', d.value)} />
          </Field>
          <Field label={t.periodText} validationMessage={atTot ? undefined : message?.text} validationState={atTot ? 'none' : message?.state ?? 'none'}>
            <Input value={p.omschrijving ?? ''} onChange={(_, d) => patch('omschrijving', d.value)} />
          </Field>
        </fieldset>
      );
      break;
    }
    case 'q13_inbreng': {
      const lines = (value as string[] | undefined) ?? [];
      body = (
        <Field {...fieldProps} hint={[q.help, t.inbrengHelp].filter(Boolean).join(' ')}>
          <Textarea
            resize="vertical"
            value={lines.join('\n')}
            onChange={(_, d) => {
              const next = d.value.split('\n');
              set(next.some((l) => l.trim()) ? next : undefined);
            }}
          />
        </Field>
      );
      break;
    }
    case 'q14_watMetInbreng': {
      const points = (draft.q13_inbreng ?? []).filter((l) => l.trim());
      const list = (value as Answers['q14_watMetInbreng']) ?? [];
      body = (
        <fieldset className={styles.fieldset} data-question={q.id}>
          <legend className={styles.legend}>{labelOf(q)}</legend>
          {points.map((point, i) => {
            const entry = list[i];
            const update = (patch: Partial<{ uitkomst: 'overgenomen' | 'deels' | 'niet'; toelichting?: string }>) => {
              const next = points.map((_, j) => (j === i ? { uitkomst: 'overgenomen' as const, ...entry, ...patch } : list[j] ?? { uitkomst: 'overgenomen' as const }));
              set(next);
            };
            return (
              <div key={i} className={styles.group}>
                <Field label={t.inbrengOutcome(point)}>
                  <Select className={styles.select} select={{ className: styles.selectInner }} value={entry?.uitkomst ?? ''} onChange={(_, d) => update({ uitkomst: d.value as 'overgenomen' })}>
                    <option value="">–</option>
                    {(Object.keys(t.outcomes) as (keyof typeof t.outcomes)[]).map((k) => (
                      <option key={k} value={k}>
                        {t.outcomes[k]}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field label={t.outcomeReason}>
                  <Input value={entry?.toelichting ?? ''} onChange={(_, d) => update({ toelichting: d.value === '' ? undefined : d.value })} />
                </Field>
              </div>
            );
          })}
          {message && message.state !== 'none' && <Field validationMessage={message.text} validationState={message.state} />}
        </fieldset>
      );
      break;
    }
    case 'q15_terugkoppeling': {
      const fb = value as Answers['q15_terugkoppeling'];
      body = (
        <div className={styles.group}>
          {radio(YES_NO, fb === undefined ? undefined : fb.terugkoppeling ? 'ja' : 'nee', (v) => set({ ...fb, terugkoppeling: v === 'ja' }))}
          {fb?.terugkoppeling && (
            <>
              <Field label={t.feedbackChannel}>
                <Select className={styles.select} select={{ className: styles.selectInner }} value={fb.kanaal ?? ''} onChange={(_, d) => set({ ...fb, kanaal: (d.value || undefined) as 'brief' })}>
                  <option value="">–</option>
                  {Object.entries(t.feedbackChannels).map(([k, label]) => (
                    <option key={k} value={k}>
                      {label}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={t.feedbackDate}>
                <Input type="date" value={fb.datum ?? ''} onChange={(_, d) => set({ ...fb, datum: d.value || undefined })} />
              </Field>
            </>
          )}
        </div>
      );
      break;
    }
    case 'q16_mandaat': {
      const m = value as Answers['q16_mandaat'];
      body = (
        <div className={styles.group}>
          {radio(YES_NO, m === undefined ? undefined : m.vastgelegd ? 'ja' : 'nee', (v) => set({ ...m, vastgelegd: v === 'ja' }))}
          {m?.vastgelegd && (
            <>
              <Field label={t.mandateBudget}>
                <Input
                  type="number"
                  min={0}
                  value={m.budget === undefined ? '' : String(m.budget)}
                  onChange={(_, d) => set({ ...m, budget: typedNumber(d.value) })}
                />
              </Field>
              <Field label={t.mandateWho}>
                <Input value={m.wieBeslist ?? ''} onChange={(_, d) => set({ ...m, wieBeslist: d.value || undefined })} />
              </Field>
            </>
          )}
        </div>
      );
      break;
    }
    case 'q17_vervolg': {
      const v = value as Answers['q17_vervolg'];
      body = (
        <div className={styles.group}>
          {radio(YES_NO, v === undefined ? undefined : v.vervolg ? 'ja' : 'nee', (x) => set({ ...v, vervolg: x === 'ja' }))}
          {v?.vervolg && (
            <>
              <Field label={t.followUpDate}>
                <Input type="date" value={v.datum ?? ''} onChange={(_, d) => set({ ...v, datum: d.value || undefined })} />
              </Field>
              <Field label={t.followUpText}>
                <Input value={v.tekst ?? ''} onChange={(_, d) => set({ ...v, tekst: d.value || undefined })} />
              </Field>
            </>
          )}
        </div>
      );
      break;
    }
    case 'q18_afstemming': {
      const a = value as Answers['q18_afstemming'];
      body = (
        <div className={styles.group}>
          {radio(YES_NO, a === undefined ? undefined : a.afgestemd ? 'ja' : 'nee', (x) => set({ ...a, afgestemd: x === 'ja' }))}
          {a?.afgestemd && (
            <Field label={t.consultedName}>
              <Input value={a.naam ?? ''} onChange={(_, d) => set({ ...a, naam: d.value || undefined })} />
            </Field>
          )}
        </div>
      );
      break;
    }
    default:
      // Single choices: soort stuk, fase, bopa-lijst, verslag, oordeel, beleidsruimte, participatie, niveau.
      body = radio(options(q), value as string | undefined, (v) => set(v));
  }

  return (
    <div className={styles.group} id={`vraag-${q.id}`} data-question={q.id} tabIndex={-1}>
      {body}
      {children}
    </div>
  );
}
