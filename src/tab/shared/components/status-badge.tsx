import { Pill } from './pill.tsx';
import type { ResultaatStatus, VerbeterActieStatus } from '../../../workgroups/index.ts';
import { tabText } from '../../../text/ui-tab.ts';

const COLORS = {
  gepland: 'informative',
  loopt: 'warning',
  gereed: 'success',
  uitgevoerd: 'success',
  'onderdeel bedrijfsvoering': 'brand',
} as const;

export function StatusBadge({ status }: { status: ResultaatStatus | VerbeterActieStatus }) {
  const label =
    status in tabText.resultaten.statusLabels
      ? tabText.resultaten.statusLabels[status as ResultaatStatus]
      : tabText.resultaten.actieStatusLabels[status as VerbeterActieStatus];
  return (
    <Pill color={COLORS[status]} tint>
      {label}
    </Pill>
  );
}
