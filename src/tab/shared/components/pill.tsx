import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export type PillColor = 'danger' | 'warning' | 'success' | 'informative' | 'brand';

const useStyles = makeStyles({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    flexShrink: 0,
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusCircular,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    border: `${tokens.strokeWidthThin} solid transparent`,
    whiteSpace: 'nowrap',
    width: 'fit-content',
  },
  danger: { backgroundColor: tokens.colorPaletteRedBackground3, color: tokens.colorNeutralForegroundOnBrand },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground3, color: tokens.colorNeutralForeground1Static },
  success: { backgroundColor: tokens.colorPaletteGreenBackground1, color: tokens.colorPaletteGreenForeground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder1}` },
  informative: { backgroundColor: tokens.colorNeutralBackground4, color: tokens.colorNeutralForeground3, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  brand: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground2, border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}` },
  dangerTint: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder1}` },
  warningTint: { backgroundColor: tokens.colorPaletteYellowBackground1, color: tokens.colorPaletteYellowForeground2, border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder1}` },
});

/** A small status label (Fluent Badge look, without Badge's weight on the first page). */
export function Pill({ color, tint = false, children }: { color: PillColor; tint?: boolean; children: ReactNode }) {
  const styles = useStyles();
  const variant = tint && color === 'danger' ? styles.dangerTint : tint && color === 'warning' ? styles.warningTint : styles[color];
  return <span className={mergeClasses(styles.root, variant)}>{children}</span>;
}
