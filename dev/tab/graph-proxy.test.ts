import { describe, expect, it } from 'vitest';
import { rewriteLinks } from './graph-proxy.ts';

describe('demo proxy link rewriting', () => {
  it('turns absolute emulator nextLinks into links relative to the client base', () => {
    const body = JSON.stringify({ '@odata.nextLink': 'https://127.0.0.1:4443/v1.0/groups/g/members?$skiptoken=abc', value: [{ webUrl: 'https://gemeente.sharepoint.com/x' }] });
    const out = JSON.parse(rewriteLinks(body, 'https://127.0.0.1:4443')) as Record<string, unknown>;
    expect(out['@odata.nextLink']).toBe('groups/g/members?$skiptoken=abc');
    expect(JSON.stringify(out)).toContain('https://gemeente.sharepoint.com/x');
  });
});
