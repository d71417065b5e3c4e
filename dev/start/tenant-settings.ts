// Kept apart from the tenant start itself, so a refusal is quick and loads nothing heavy.
import { existsSync } from 'node:fs';
import { readTenantSettings, type TenantSettings } from '../../src/config/index.ts';

/** The settings are missing or wrong: each problem names the setting. */
export class TenantSettingsError extends Error {
  constructor(readonly problems: { name: string; problem: string }[]) {
    super(problems.map((p) => `${p.name}: ${p.problem}`).join('; '));
  }
}

/** Reads .env (when present) into the environment without overriding what is already set, then validates. */
export function readTenantEnvironment(env: NodeJS.ProcessEnv = process.env, envFile = '.env'): TenantSettings {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  const result = readTenantSettings(env);
  const problems = result.ok ? [] : [...result.problems];
  // The schema allows a managed identity instead of a secret; one of the two must be there (the bot checks again).
  if (!env.CLIENT_SECRET && !env.MANAGED_IDENTITY_CLIENT_ID && !problems.some((p) => p.name === 'CLIENT_SECRET')) {
    problems.push({ name: 'CLIENT_SECRET', problem: 'ontbreekt' });
  }
  if (!result.ok || problems.length > 0) throw new TenantSettingsError(problems);
  return result.settings;
}
