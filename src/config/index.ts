export {
  isUnresolvedKeyVaultReference,
  readTenantSettings,
  settingDescriptions,
  tenantSettingsSchema,
  unresolvedKeyVaultSettings,
} from './settings.ts';
export type { TenantSettings } from './settings.ts';
