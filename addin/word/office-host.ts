// The real Office host. The only file that reads the Office and Word globals from office.js.
import type { CommonCustomXmlParts, OfficeAuthInfo, WordContext, WordHost } from './word-api.ts';

export type OfficeThemeKind = 'light' | 'dark';

export interface OfficeStartup {
  /** null when the page is not running inside Word (opened straight in a browser). */
  host: WordHost | null;
  theme: OfficeThemeKind;
  /** For signing in to the traject register; null outside Word. */
  auth: OfficeAuthInfo | null;
}

function isDark(colour: string | undefined): boolean {
  const hex = /^#?([0-9a-f]{6})$/i.exec(colour ?? '')?.[1];
  if (!hex) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

/** Waits for office.js, then returns the host and the Office theme (light or dark). */
export async function startOffice(): Promise<OfficeStartup> {
  if (typeof Office === 'undefined') return { host: null, theme: 'light', auth: null };
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Word) return { host: null, theme: 'light', auth: null };
  const theme = isDark(Office.context.officeTheme?.bodyBackgroundColor) ? 'dark' : 'light';
  const host: WordHost = {
    run: (batch) => Word.run((context) => batch(context as unknown as WordContext)),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    isReadOnly: () => Office.context.document.mode === Office.DocumentMode.ReadOnly,
    commonXmlParts: Office.context.document.customXmlParts as unknown as CommonCustomXmlParts,
    documentUrl: () => Office.context.document.url || null,
  };
  // https://learn.microsoft.com/office/dev/add-ins/develop/enable-nested-app-authentication-in-your-add-in
  const auth: OfficeAuthInfo = {
    isNestedAppAuthSupported: () => Office.context.requirements.isSetSupported('NestedAppAuth', '1.1'),
    loginHint: async () => {
      try {
        return (await Office.auth.getAuthContext()).userPrincipalName || undefined;
      } catch {
        // Older Office has no getAuthContext: MSAL then asks which account, in its popup.
        return undefined;
      }
    },
  };
  return { host, theme, auth };
}
