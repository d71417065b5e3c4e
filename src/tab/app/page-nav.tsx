import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { tabText } from '../../text/ui-tab.ts';

export type NavPage = 'overzicht' | 'vergadering' | 'resultaten' | 'mijn-acties' | 'jaarverslag' | 'participatie' | 'mt-overzicht';

const NAV: { page: NavPage; label: string }[] = [
  { page: 'overzicht', label: tabText.nav.overzicht },
  { page: 'vergadering', label: tabText.nav.vergadering },
  { page: 'resultaten', label: tabText.nav.resultaten },
  { page: 'mijn-acties', label: tabText.nav.mijnActies },
  { page: 'jaarverslag', label: tabText.nav.jaarverslag },
  { page: 'participatie', label: tabText.nav.participatie },
];
const MT_NAV = { page: 'mt-overzicht' as const, label: tabText.nav.mtOverzicht };

const useStyles = makeStyles({
  list: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, listStyle: 'none', margin: 0, padding: 0 },
  link: {
    display: 'inline-block',
    position: 'relative',
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textDecorationLine: 'none',
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { color: tokens.colorNeutralForeground1Hover, backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '0' },
  },
  switcher: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  // A native select: the browser's own focus ring and keyboard handling, and little weight on the first page.
  select: {
    padding: tokens.spacingHorizontalXS,
    font: 'inherit',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessible}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  current: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    '::after': {
      content: '""',
      position: 'absolute',
      insetInline: tokens.spacingHorizontalM,
      bottom: '0',
      height: tokens.strokeWidthThicker,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorCompoundBrandStroke,
    },
  },
});

/**
 * The pages as links (hash routes), styled like Teams tabs. Plain links keep deep links and the browser's
 * own navigation working, and keep the focus-management library of TabList off the first page.
 */
export function PageNav({ current, mt = false }: { current: NavPage; mt?: boolean }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {(mt ? [...NAV, MT_NAV] : NAV).map((n) => (
        <li key={n.page}>
          <a
            href={`#/${n.page}`}
            className={mergeClasses(styles.link, n.page === current && styles.current)}
            aria-current={n.page === current ? 'page' : undefined}
          >
            {n.label}
          </a>
        </li>
      ))}
    </ul>
  );
}

const CHOICE_KEY = 'participatie.werkgroep';

/**
 * The werkgroep the user picked last in this tab. Kept per place the tab runs (a team's channel tab,
 * the personal tab, the demo), so a channel tab starts with its own team's werkgroep until the user picks
 * another one there.
 */
export function readWerkgroepChoice(place: string | undefined): string | undefined {
  try {
    return window.localStorage.getItem(`${CHOICE_KEY}:${place ?? 'persoonlijk'}`) ?? undefined;
  } catch {
    // Storage can be off (private window, a locked-down Teams client): then the choice lasts this visit only.
    return undefined;
  }
}

export function storeWerkgroepChoice(place: string | undefined, groupId: string | undefined): void {
  try {
    const key = `${CHOICE_KEY}:${place ?? 'persoonlijk'}`;
    if (groupId) window.localStorage.setItem(key, groupId);
    else window.localStorage.removeItem(key);
  } catch {
    // See readWerkgroepChoice.
  }
}

/** The werkgroep picker for members of more than one werkgroep; a plain select keeps the first page small. */
export function WerkgroepSwitch({
  werkgroepen,
  current,
  currentNaam,
  onChange,
}: {
  werkgroepen: readonly { id: string; naam: string }[];
  current: string | undefined;
  /** The shown werkgroep's name, for a team that is not (yet) among the user's werkgroepen. */
  currentNaam?: string;
  onChange(groupId: string): void;
}) {
  const styles = useStyles();
  const id = useId();
  return (
    <div className={styles.switcher}>
      <label htmlFor={id}>
        {tabText.werkgroepKeuze.label}
      </label>
      <select id={id} className={styles.select} value={current ?? ''} onChange={(e) => onChange(e.target.value)}>
        {current && !werkgroepen.some((w) => w.id === current) ? <option value={current}>{currentNaam ?? tabText.appTitle}</option> : null}
        {werkgroepen.map((w) => (
          <option key={w.id} value={w.id}>
            {w.naam}
          </option>
        ))}
      </select>
    </div>
  );
}
