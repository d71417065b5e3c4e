import { z } from 'zod';

const guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'moet een GUID zijn');

/**
 * Every setting the product reads from the environment (or a .env file), with what it is for.
 * `.env.example` is generated from this list, so the two cannot drift apart.
 */
export const settingDescriptions = {
  PUBLIC_BASE_URL: 'Het https-adres waarop de web-app draait, zonder / aan het eind (bijv. https://participatie.weert.nl).',
  TENANT_ID: 'Tenant-id (GUID) van de Microsoft 365-omgeving van de gemeente.',
  CLIENT_ID: 'Client-id (GUID) van de Entra-app van de bot en de app-only Graph-toegang.',
  CLIENT_SECRET: 'Geheim van die Entra-app. In Azure uit Key Vault; nooit in de repo.',
  TAB_CLIENT_ID: 'Client-id (GUID) van de Entra-app voor aanmelden in de tab en de Word-add-in (SSO en NAA).',
  TAB_CLIENT_SECRET:
    'Geheim van de Entra-app van de tab, voor aanmelden in Teams-clients zonder nested app authentication (on-behalf-of). Leeg laten als tab en bot dezelfde Entra-app gebruiken. In Azure uit Key Vault; nooit in de repo.',
  TEAMS_APP_ID: 'Id (GUID) van de Teams-app in het app-pakket.',
  MT_GROUP_ID: 'Id (GUID) van de Microsoft 365-groep met de MT-leden.',
  PARTICIPATION_SITE_ID:
    'Id van de SharePoint-site met het participatieregister (de lijst Participatietrajecten), zoals Graph die geeft: <host>,<site-id>,<web-id>. Vind het met GET /sites/<host>:/sites/<naam>. Leeg: de bot volgt geen trajecten op.',
  STORE: 'Waar de bot zijn eigen gegevens bewaart: sqlite (standaard) of azure-tables.',
  AZURE_TABLES_URL: 'Adres van de Azure Table Storage (bij STORE=azure-tables), bijv. https://<account>.table.core.windows.net.',
  DATA_DIR: 'Map voor de SQLite-database en lokale bestanden (standaard ./data).',
  GEMEENTE_NAAM: 'Naam van de gemeente zoals die in de app staat.',
  PORT: 'Poort van de web-app (standaard 3978).',
  LOG_LEVEL: 'Hoeveel er gelogd wordt: fatal, error, warn, info, debug (standaard info).',
  WERKGROEP_IDS: 'Id\'s van de groepen van de werkgroepen, met komma\'s ertussen. Teams waarin de bot is toegevoegd komen er vanzelf bij.',
  TEAMS_APP_CATALOG_ID:
    'Id van de app in de app-catalogus van de organisatie (na het uploaden; in het Teams-beheercentrum bij de app, of Graph /appCatalogs/teamsApps). De bot installeert zichzelf ermee bij leden, en de knoppen in de kaarten openen er de tab mee. Leeg: de kaarten gebruiken TEAMS_APP_ID, wat alleen werkt als de app niet via de catalogus is verspreid.',
  REMIND_CRON: 'Hoe vaak de bot kijkt of er herinneringen zijn, als cron-regel (standaard elke 5 minuten: */5 * * * *).',
  BOT_MODE: 'Alleen voor lokaal testen: development slaat de tokencontrole over. Laat leeg in productie.',
} as const;

/** Settings needed to run against a real tenant. */
export const tenantSettingsSchema = z
  .object({
    PUBLIC_BASE_URL: z
      .url('moet een volledig adres zijn')
      .refine((u) => u.startsWith('https://'), 'moet met https:// beginnen')
      .transform((u) => u.replace(/\/+$/, '')),
    TENANT_ID: guid,
    CLIENT_ID: guid,
    CLIENT_SECRET: z.string().min(1).optional(),
    TAB_CLIENT_ID: guid,
    TAB_CLIENT_SECRET: z.string().min(1).optional(),
    TEAMS_APP_ID: guid,
    MT_GROUP_ID: guid,
    PARTICIPATION_SITE_ID: z
      .string()
      .regex(/^[a-z0-9.-]+,[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12},[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'moet een site-id zijn: <host>,<GUID>,<GUID>')
      .optional(),
    STORE: z.enum(['sqlite', 'azure-tables']).default('sqlite'),
    AZURE_TABLES_URL: z.url().optional(),
    DATA_DIR: z.string().min(1).default('data'),
    GEMEENTE_NAAM: z.string().min(1).default('Gemeente'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3978),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
    WERKGROEP_IDS: z.string().optional(),
    TEAMS_APP_CATALOG_ID: z.string().optional(),
    REMIND_CRON: z.string().default('*/5 * * * *'),
    BOT_MODE: z.literal('production', 'gebruik development alleen lokaal, nooit met een echte tenant').optional(),
  })
  .refine((s) => s.STORE !== 'azure-tables' || s.AZURE_TABLES_URL, {
    path: ['AZURE_TABLES_URL'],
    message: 'is nodig bij STORE=azure-tables',
  });

export type TenantSettings = z.infer<typeof tenantSettingsSchema>;

export type SettingsResult =
  | { ok: true; settings: TenantSettings }
  | { ok: false; problems: { name: string; problem: string }[] };

/**
 * App Service leaves an app setting as the literal `@Microsoft.KeyVault(...)` text when it cannot resolve the
 * reference (no access to the vault, a wrong secret name), so such a value is never a real secret.
 * https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references
 */
export function isUnresolvedKeyVaultReference(value: string | undefined): boolean {
  return /^\s*@Microsoft\.KeyVault\(/i.test(value ?? '');
}

/** The names of the settings whose value is an unresolved Key Vault reference, in the order given. */
export function unresolvedKeyVaultSettings(env: Record<string, string | undefined>): string[] {
  return Object.entries(env)
    .filter(([, v]) => isUnresolvedKeyVaultReference(v))
    .map(([name]) => name);
}

const UNRESOLVED = 'is een Key Vault-verwijzing die Azure niet kon ophalen (geef de web-app toegang tot de Key Vault en controleer de naam van het geheim)';

/** Reads the tenant settings; every missing or wrong one is named, so an administrator can fix them in one go. */
export function readTenantSettings(env: Record<string, string | undefined>): SettingsResult {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const unresolved = unresolvedKeyVaultSettings(present).filter((name) => name in settingDescriptions);
  const result = tenantSettingsSchema.safeParse(present);
  if (result.success && unresolved.length === 0) return { ok: true, settings: result.data };
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? '?');
        return { name, problem: name in present ? issue.message : 'ontbreekt' };
      });
  return {
    ok: false,
    problems: [...unresolved.map((name) => ({ name, problem: UNRESOLVED })), ...problems.filter((p) => !unresolved.includes(p.name))],
  };
}

/** The .env.example text: each setting with its description, empty. */
export function renderEnvExample(): string {
  const lines = ['# Instellingen voor een echte Microsoft 365-omgeving (npm start -- --tenant).', '# Kopieer naar .env en vul in. Zet .env nooit in git.', ''];
  for (const [name, description] of Object.entries(settingDescriptions)) {
    lines.push(`# ${description}`, `${name}=`, '');
  }
  return lines.join('\n');
}
