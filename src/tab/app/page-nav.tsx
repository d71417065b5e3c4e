import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { tabText } from '../../text/ui-tab.ts';

export type NavPage = 'overzicht' | 'vergadering' | 'resultaten' | 'mijn-acties' | 'jaarverslag';

const NAV: { page: NavPage; label: string }[] = [
  { page: 'overzicht', label: tabText.nav.overzicht },
  { page: 'vergadering', label: tabText.nav.vergadering },
  { page: 'resultaten', label: tabText.nav.resultaten },
  { page: 'mijn-acties', label: tabText.nav.mijnActies },
  { page: 'jaarverslag', label: tabText.nav.jaarverslag },
];

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
export function PageNav({ current }: { current: NavPage }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {NAV.map((n) => (
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
