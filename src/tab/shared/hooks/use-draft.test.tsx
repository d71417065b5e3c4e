// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useDraft } from './use-draft.ts';

afterEach(() => {
  cleanup();
  window.sessionStorage.clear();
});

describe('useDraft', () => {
  it('keeps one draft per key: switching the key shows that key’s draft at once, clear goes back to the start value', () => {
    const { result, rerender } = renderHook(({ k }) => useDraft(k, { titel: '' }), { initialProps: { k: 'actie:1' } });
    act(() => result.current[1]({ titel: 'Eerste' }));
    rerender({ k: 'actie:2' });
    expect(result.current[0]).toEqual({ titel: '' });
    act(() => result.current[1]((d) => ({ ...d, titel: 'Tweede' })));
    rerender({ k: 'actie:1' });
    expect(result.current[0]).toEqual({ titel: 'Eerste' });
    act(() => result.current[2]());
    expect(result.current[0]).toEqual({ titel: '' });
    expect(window.sessionStorage.getItem('werkgroep-tab:draft:actie:1')).toBeNull();
    expect(JSON.parse(window.sessionStorage.getItem('werkgroep-tab:draft:actie:2')!)).toEqual({ titel: 'Tweede' });
  });
});
