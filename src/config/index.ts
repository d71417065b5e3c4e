export {
  isUnresolvedKeyVaultReference,
  readTenantSettings,
  renderEnvExample,
  settingDescriptions,
  tenantSettingsSchema,
  unresolvedKeyVaultSettings,
} from './settings.ts';
export type { SettingName, SettingsResult, TenantSettings } from './settings.ts';
