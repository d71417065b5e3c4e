import { webLightTheme } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import type { ThemeName } from './host.ts';

export const lightTheme: Theme = webLightTheme;

/** Dark and high-contrast tokens load when Teams asks for them; most people open the tab in light. */
export async function loadTheme(name: ThemeName): Promise<Theme> {
  if (name === 'default') return webLightTheme;
  const { webDarkTheme, teamsHighContrastTheme } = await import('./themes-extra.ts');
  return name === 'dark' ? webDarkTheme : teamsHighContrastTheme;
}
