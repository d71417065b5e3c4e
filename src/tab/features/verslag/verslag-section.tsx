import { Button, Link, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { Member, Vergadering } from '../../../workgroups/index.ts';
import { meetingText } from '../../../text/ui-meetings.ts';
import { tabText } from '../../../text/ui-tab.ts';
import { ErrorBar } from '../../shared/components/error-bar.tsx';
import { Loading } from '../../shared/components/loading.tsx';
import { Section } from '../../shared/components/section.tsx';
import type { Verslag } from '../../shared/data/tab-data.ts';
import { resourceKey, useResource } from '../../shared/hooks/use-resource.ts';
import { useTabEnv } from '../../shared/tab-env.tsx';
import { amsterdamDay, formatMeetingNl, safeDateNl } from '../../shared/utils/dates.ts';
import { useItemWrites } from '../vergadering/use-item-writes.tsx';
import { verslagContent } from './verslag-content.ts';

const T = meetingText.verslag;

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

export interface VerslagSectionProps {
  groupId: string;
  werkgroepNaam: string;
  vergadering: Vergadering;
  previous?: Vergadering | undefined;
  /** The meeting before `previous`: what its minutes count as finished starts there. */
  beforePrevious?: Vergadering | undefined;
  next?: Vergadering | undefined;
  members: Member[];
}

function statusText(v: Verslag): string {
  return v.vastgesteld && v.vastgesteldOp ? T.approved(safeDateNl(v.vastgesteldOp)) : T.concept;
}

const describe = (v: Verslag) => (
  <>
    <Text weight="semibold">{v.titel}</Text>
    <Text>{statusText(v)}</Text>
  </>
);

/**
 * "Verslag en besluitenlijst": makes the meeting's minutes as .docx and saves them in the werkgroep's documents,
 * and lets this meeting approve the previous meeting's minutes.
 */
export function VerslagSection({ groupId, werkgroepNaam, vergadering, previous, beforePrevious, next, members }: VerslagSectionProps) {
  const styles = useStyles();
  const { data } = useTabEnv();
  const verslagen = useResource(resourceKey('verslagen', groupId), () => (data.listVerslagen ? data.listVerslagen(groupId) : Promise.resolve([])));
  const setVerslagen = verslagen.setData;
  const onChanged = useCallback(
    (id: string, v: Verslag | undefined) =>
      setVerslagen((list) => (v ? [...(list ?? []).filter((x) => x.id !== id && x.vergaderingId !== v.vergaderingId), v] : list?.filter((x) => x.id !== id))),
    [setVerslagen],
  );
  /** Builds and saves the minutes of `meeting` (a new concept, or the approved version when `vastgesteldOp` is set). */
  const saveDocument = async (meeting: { vergadering: Vergadering; previous?: Vergadering | undefined; next?: Vergadering | undefined }, existing?: Verslag, vastgesteldOp?: string) => {
    if (!data.saveVerslag) throw new Error('saveVerslag');
    const v = meeting.vergadering;
    const [agenda, besluiten, actions, { buildVerslag }] = await Promise.all([
      data.listAgendapunten(groupId, v.id),
      data.listBesluiten(groupId, v.id),
      data.listActions(groupId, { withVergadering: true }),
      import('./build-verslag.ts'),
    ]);
    const content = verslagContent({ werkgroepNaam, vergadering: v, previous: meeting.previous, next: meeting.next, agenda, besluiten, actions, members, vastgesteldOp });
    const saved = await data.saveVerslag(groupId, {
      vergadering: v,
      titel: T.heading(safeDateNl(amsterdamDay(v.start))),
      fileName: content.fileName,
      content: await buildVerslag(content),
      ...(existing ? { existing } : {}),
      ...(vastgesteldOp ? { vastgesteldOp } : {}),
    });
    return { saved, fileName: content.fileName };
  };
  const writes = useItemWrites<Verslag>({
    // Approving puts the approved version in the documents too, so the file itself says it is approved.
    save: async (v) =>
      previous && v.vergaderingId === previous.id && v.vastgesteldOp
        ? (await saveDocument({ vergadering: previous, previous: beforePrevious, next: vergadering }, v, v.vastgesteldOp)).saved
        : data.updateVerslag
          ? data.updateVerslag(groupId, v)
          : v,
    remove: () => Promise.resolve(),
    onChanged,
    describe,
  });
  const [notice, setNotice] = useState<string>();
  const mine = verslagen.data?.find((v) => v.vergaderingId === vergadering.id);
  const before = previous ? verslagen.data?.find((v) => v.vergaderingId === previous.id) : undefined;

  const make = () =>
    writes.write(async () => {
      setNotice(undefined);
      const { saved, fileName } = await saveDocument({ vergadering, previous, next }, mine);
      onChanged(saved.id, saved);
      setNotice(T.saved(fileName));
    });

  const approve = (v: Verslag) =>
    writes.write(async () => {
      setNotice(undefined);
      // "Their version" may be kept in the conflict dialog: only an approved result says so.
      if ((await writes.apply(v, { vastgesteld: true, vastgesteldOp: amsterdamDay(vergadering.start) })).vastgesteld) setNotice(T.approvedNotice);
    });

  if (!data.listVerslagen || !data.saveVerslag) return null;
  return (
    <Section title={T.title} testId="verslag">
      {verslagen.error ? <ErrorBar error={verslagen.error} onRetry={verslagen.reload} /> : null}
      {writes.error ? <ErrorBar error={writes.error} onDismiss={writes.clearError} /> : null}
      {notice ? (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ) : null}
      {verslagen.loading && !verslagen.data ? <Loading label={tabText.loading} /> : null}
      {verslagen.data ? (
        <div className={styles.block}>
          {mine ? (
            <div className={styles.row} data-testid="verslag-this">
              <Text>{statusText(mine)}</Text>
              {mine.documentUrl ? (
                <Link href={mine.documentUrl} target="_blank" rel="noreferrer">
                  {T.open}
                </Link>
              ) : null}
            </div>
          ) : null}
          {!mine?.vastgesteld ? (
            <Button appearance="primary" disabled={writes.busy} onClick={() => void make()}>
              {writes.busy ? T.saving : T.make}
            </Button>
          ) : null}
          {previous ? (
            <div className={styles.block} data-testid="verslag-previous">
              <Text weight="semibold">{T.previous}</Text>
              {before ? (
                <div className={styles.row}>
                  <Text>{statusText(before)}</Text>
                  {before.documentUrl ? (
                    <Link href={before.documentUrl} target="_blank" rel="noreferrer">
                      {T.open}
                    </Link>
                  ) : null}
                  {!before.vastgesteld && data.updateVerslag ? (
                    <Button disabled={writes.busy} onClick={() => void approve(before)}>
                      {T.approvePrevious(formatMeetingNl(previous.start))}
                    </Button>
                  ) : null}
                </div>
              ) : (
                <Text>{T.noPrevious}</Text>
              )}
            </div>
          ) : null}
        </div>
      ) : null}
    </Section>
  );
}
