export { readTenantSettings, renderEnvExample, settingDescriptions, tenantSettingsSchema } from './settings.ts';
export type { SettingName, SettingsResult, TenantSettings } from './settings.ts';
