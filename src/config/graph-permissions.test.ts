import { describe, expect, it } from 'vitest';
import { TAB_DELEGATED_PERMISSIONS } from './graph-permissions.ts';
import { TAB_GRAPH_SCOPES } from '../tab/app/connect.ts';
import { OBO_ALLOWED_SCOPES } from '../../bot/obo.ts';

const sorted = (list: readonly string[]): string[] => [...list].sort();

describe('the tab asks for exactly the delegated permissions the README lists', () => {
  it('in MSAL (and so in the manifest) and in the on-behalf-of exchange', () => {
    expect(sorted(TAB_GRAPH_SCOPES.map((s) => s.replace(/^https:\/\/graph\.microsoft\.com\//, '')))).toEqual(sorted(TAB_DELEGATED_PERMISSIONS));
    expect(sorted(OBO_ALLOWED_SCOPES)).toEqual(sorted(TAB_DELEGATED_PERMISSIONS));
  });
});
