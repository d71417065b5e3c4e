import { Button, Field, Select, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState, type FocusEvent, type ReactElement } from 'react';
import { addinText as t } from '../../src/text/ui-addin.ts';
import { buildBwVoorstel, createFakeHost, renderFakeDocumentHtml, toDocx, type FakeWordDocument, type FixtureShape } from '../word-fake/index.ts';
import { TaskPane } from '../src/app/task-pane.tsx';
import type { RegisterConnector } from '../src/features/traject/connection.ts';
import { demoRegisterConnector } from './demo-register.ts';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  title: { margin: 0, fontSize: tokens.fontSizeBase600 },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalL },
  layout: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalL },
  document: {
    flex: '1 1 420px',
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow8,
    padding: tokens.spacingHorizontalXXL,
    fontFamily: 'Calibri, Arial, sans-serif',
    '& h3': { fontSize: tokens.fontSizeBase400, marginBottom: tokens.spacingVerticalXS },
    '& p': { marginTop: 0 },
    '& .content-control': {
      border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
      padding: tokens.spacingHorizontalS,
      margin: `${tokens.spacingVerticalS} 0`,
    },
    '& .content-control-title': { fontSize: tokens.fontSizeBase100, color: tokens.colorBrandForeground1 },
    '& ins': { color: tokens.colorPaletteGreenForeground1 },
    '& del': { color: tokens.colorPaletteRedForeground1 },
  },
  pane: {
    width: '320px',
    flex: '0 0 320px',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  hint: { marginTop: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  editable: { '& [contenteditable="true"]:focus': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  documentTitle: { margin: `0 0 ${tokens.spacingVerticalM} 0`, fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground3 },
  paneTitle: { margin: 0, padding: tokens.spacingHorizontalM, fontSize: tokens.fontSizeBase300, backgroundColor: tokens.colorNeutralBackground3 },
});

/**
 * Each block is an editing host of its own, so Enter never adds a block the fake document does not
 * know; the control's title is not text of the document.
 */
function editableHtml(doc: FakeWordDocument): string {
  return renderFakeDocumentHtml(doc)
    .replace(/^<(p|h[1-6]|section)\b/gm, '<$1 contenteditable="true"')
    .replace(/<span class="content-control-title"/g, '<span contenteditable="false" class="content-control-title"');
}

/**
 * Copies what the user typed in the document view back into the fake document, as a hand edit in
 * Word would change it. The view renders one element per block and, inside a content control, one
 * per paragraph after the title (renderFakeDocumentHtml); tracked deletions are not editable text.
 */
function applyTypedText(doc: FakeWordDocument, view: HTMLElement): boolean {
  let changed = false;
  const elements = Array.from(view.children);
  const controlIndex = new Map<string, number>();
  doc.blocks.forEach((block, i) => {
    const el = elements[i];
    if (!el) return;
    if (block.kind === 'p') {
      // A paragraph stays one paragraph: Enter inside it is a line break, not a new block.
      const typed = (el as HTMLElement).innerText.replace(/\s*\n+\s*/g, ' ').trim();
      if (block.revision !== 'deleted' && typed !== block.text.trim()) {
        block.text = typed;
        changed = true;
      }
      return;
    }
    const which = controlIndex.get(block.tag) ?? 0;
    controlIndex.set(block.tag, which + 1);
    const shown = block.paragraphs.filter((p) => p.revision !== 'deleted');
    // Select-all and typing can leave bare text in the box, so read lines, not child elements.
    const typed = Array.from(el.childNodes)
      .flatMap((n) => {
        if (n instanceof HTMLElement) {
          if (n.classList.contains('content-control-title') || n.querySelector('del') !== null) return [];
          return n.innerText.split('\n');
        }
        return (n.textContent ?? '').split('\n');
      })
      .map((line) => line.trim())
      .filter((line) => line !== '');
    if (typed.join('\n') !== shown.map((p) => p.text.trim()).filter((line) => line !== '').join('\n')) {
      doc.editControlText(block.tag, typed.join('\n'), which);
      changed = true;
    }
  });
  return changed;
}

/** `?profiel=<url>` plays the administrator's profile setting, as in the manifest. */
function demoProfileUrl(): string | null {
  const value = new URLSearchParams(window.location.search).get('profiel');
  if (!value) return null;
  try {
    const url = new URL(value, window.location.href);
    return url.origin === window.location.origin ? url.href : null;
  } catch {
    return null;
  }
}

function initialShape(): FixtureShape {
  const s = new URLSearchParams(window.location.search).get('document');
  return s === 'without-heading' || s === 'two-headings' ? s : 'with-heading';
}

export function DemoPage(): ReactElement {
  const styles = useStyles();
  const [shape, setShape] = useState<FixtureShape>(initialShape);
  const [tracking, setTracking] = useState(false);
  const [session, setSession] = useState(0);
  const doc = useMemo(() => buildBwVoorstel(shape), [shape]);
  // ?wordApi=1.3 plays an older Word (Office 2019): no getReviewedText, answers via the Common API.
  const host = useMemo(
    () =>
      createFakeHost(doc, {
        wordApi: new URLSearchParams(window.location.search).get('wordApi') === '1.3' ? '1.3' : '1.4',
        // The register links to the document; here the demo page stands in for it.
        documentUrl: new URL('demo.html', window.location.href).href,
      }),
    [doc],
  );
  const [connector, setConnector] = useState<RegisterConnector | null>(null);
  const [profileUrl, setProfileUrl] = useState<string | null>(demoProfileUrl);
  useEffect(() => {
    void demoRegisterConnector(window).then(setConnector);
  }, []);
  const [version, setVersion] = useState(0);
  // The counter of Word round trips is for developers and tests (?dev=1), not for users.
  const dev = new URLSearchParams(window.location.search).has('dev');

  useEffect(() => doc.onChange(() => setVersion((v) => v + 1)), [doc]);
  // Lets testers (and the e2e test) type into the simulated document from the console.
  useEffect(() => {
    (window as unknown as { participatieDemo?: unknown }).participatieDemo = {
      editParagraph: (text: string) => doc.editControlText('participatieparagraaf', text),
      syncCount: () => doc.syncCount,
      /** The answers part as Word would store it. */
      answersXml: () => doc.parts.map((p) => p.xml).join('\n'),
      /** Opens the same document again, as with another profile URL from the administrator. */
      reopen: (url: string | null) => {
        setProfileUrl(url === null ? null : new URL(url, window.location.href).href);
        setSession((s) => s + 1);
      },
    };
  }, [doc]);
  useEffect(() => {
    doc.changeTrackingMode = tracking ? 'TrackAll' : 'Off';
  }, [doc, tracking]);

  const onDocumentBlur = useCallback(
    (e: FocusEvent<HTMLDivElement>) => {
      // Still typing inside the document: wait until focus leaves it.
      if (e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget)) return;
      if (applyTypedText(doc, e.currentTarget)) doc.notify();
      else setVersion((v) => v + 1);
    },
    [doc],
  );

  const download = async () => {
    const bytes = await toDocx(doc);
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'b-en-w-voorstel.docx';
    a.click();
    URL.revokeObjectURL(url);
  };

  return (
    <div className={styles.page}>
      <header>
        <h1 className={styles.title}>{t.demoTitle}</h1>
        <Text>{t.demoIntro}</Text>
      </header>
      <section className={styles.toolbar} aria-label={t.demoShape}>
        <Field label={t.demoShape}>
          <Select value={shape} onChange={(_, d) => setShape(d.value as FixtureShape)}>
            {(Object.keys(t.demoShapes) as FixtureShape[]).map((k) => (
              <option key={k} value={k}>
                {t.demoShapes[k]}
              </option>
            ))}
          </Select>
        </Field>
        <Switch label={t.demoTrackChanges} checked={tracking} onChange={(_, d) => setTracking(d.checked)} />
        <Button onClick={() => setSession((s) => s + 1)}>{t.demoReopen}</Button>
        <Button onClick={() => void download()}>{t.demoDownload}</Button>
        {dev ? (
          <Text data-testid="sync-count" data-sync-count={doc.syncCount}>
            {t.demoSyncs(doc.syncCount)}
          </Text>
        ) : (
          <span hidden data-testid="sync-count" data-sync-count={doc.syncCount} />
        )}
      </section>
      <div className={styles.layout}>
        <section className={styles.document} aria-labelledby="demo-document-title">
          <h2 id="demo-document-title" className={styles.documentTitle}>
            {t.demoDocument}
          </h2>
          <p className={styles.hint} id="demo-document-hint">
            {t.demoEditHint}
          </p>
          {/* Remounted on every change so the browser's own edits never mix with React's. */}
          <div
            key={version}
            data-testid="document"
            className={styles.editable}
            onBlur={onDocumentBlur}
            dangerouslySetInnerHTML={{ __html: editableHtml(doc) }}
          />
        </section>
        {/* Not a landmark itself: the pane's own <main> must stay top-level. */}
        <div className={styles.pane} data-testid="task-pane">
          <TaskPane key={`${shape}-${session}`} host={host} configuredProfileUrl={profileUrl} registerConnector={connector} />
        </div>
      </div>
    </div>
  );
}
