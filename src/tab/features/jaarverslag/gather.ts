import type { Member } from '../../../workgroups/index.ts';
import type { TabData, WerkgroepView } from '../../shared/data/tab-data.ts';
import type { ReportInput } from './build-report.ts';

export type ReportScope = { kind: 'werkgroep'; view: WerkgroepView } | { kind: 'mt'; mtLid: Member };

/**
 * Reads what the report needs. For an MT-lid: every werkgroep the user can see, keeping only the
 * results and verbeterpunten that MT-lid is responsible for.
 */
export async function gatherReportInput(
  data: TabData,
  scope: ReportScope,
  year: number,
  today: string,
  scopeLabel: string,
  onProgress?: (fraction: number) => void,
): Promise<ReportInput> {
  const views: WerkgroepView[] =
    scope.kind === 'werkgroep'
      ? [scope.view]
      : await Promise.all((await data.listMyWerkgroepen()).map((g) => data.loadWerkgroep(g.id)));
  const window = { from: `${year}-01-01T00:00:00Z`, to: `${year + 1}-01-01T00:00:00Z` };
  const input: ReportInput = { year, today, scopeLabel, werkgroepen: [], people: [], meetings: [], actions: [], results: [], verbeterpunten: [] };
  let done = 0;
  for (const view of views) {
    const gid = view.werkgroep.id;
    const [meetings, actions, results, punten] = await Promise.all([
      data.listMeetings(gid, window),
      data.listActions(gid),
      data.listResultaten(gid),
      data.listVerbeterpunten(gid),
    ]);
    const mtFilter = <T extends { verantwoordelijkMtLidId?: string }>(items: T[]) =>
      scope.kind === 'mt' ? items.filter((x) => x.verantwoordelijkMtLidId === scope.mtLid.id) : items;
    const keptResults = mtFilter(results);
    const keptPunten = mtFilter(punten);
    // An MT-lid's report covers only werkgroepen where they are responsible for something.
    if (scope.kind === 'mt' && keptResults.length === 0 && keptPunten.length === 0 && !view.werkgroep.mtLidIds.includes(scope.mtLid.id)) {
      continue;
    }
    input.werkgroepen.push(view.werkgroep);
    input.people.push(...view.members, ...view.mt);
    input.meetings.push(...meetings);
    input.actions.push(...actions);
    input.results.push(...keptResults);
    input.verbeterpunten.push(...keptPunten);
    onProgress?.(++done / views.length);
  }
  return input;
}
