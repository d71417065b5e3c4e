// @vitest-environment happy-dom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { resourceKey, useResource } from './use-resource.ts';

/** A load the test answers by hand, recording each call and its abort signal. */
function manualLoads<T>() {
  const calls: { key: string; signal: AbortSignal; resolve(v: T): void; reject(e: unknown): void }[] = [];
  const load = (key: string) => (signal: AbortSignal) =>
    new Promise<T>((resolve, reject) => {
      calls.push({ key, signal, resolve, reject });
    });
  return { calls, load };
}

afterEach(cleanup);

describe('useResource', () => {
  it('loads once per key, keeps the last data while a reload is under way, then shows the new answer', async () => {
    const { calls, load } = manualLoads<string[]>();
    const { result, rerender } = renderHook(({ k }) => useResource(k, load(k)), { initialProps: { k: resourceKey('a') } });
    expect(result.current).toMatchObject({ loading: true, data: undefined });
    rerender({ k: resourceKey('a') });
    expect(calls).toHaveLength(1);
    await act(async () => calls[0]!.resolve(['een']));
    expect(result.current).toMatchObject({ loading: false, data: ['een'] });

    act(() => result.current.reload());
    expect(calls).toHaveLength(2);
    expect(result.current).toMatchObject({ loading: true, data: ['een'] });
    await act(async () => calls[1]!.resolve(['twee']));
    expect(result.current).toMatchObject({ loading: false, data: ['twee'] });
  });

  it('keeps the data after a failure, shows the error until the next try, and lets a write replace the data', async () => {
    const { calls, load } = manualLoads<string[]>();
    const { result } = renderHook(() => useResource('k', load('k')));
    await act(async () => calls[0]!.resolve(['een']));
    act(() => result.current.reload());
    const failure = new Error('stuk');
    await act(async () => calls[1]!.reject(failure));
    expect(result.current).toMatchObject({ loading: false, data: ['een'], error: failure });
    act(() => result.current.setData((d) => [...(d ?? []), 'lokaal']));
    expect(result.current.data).toEqual(['een', 'lokaal']);
    act(() => result.current.reload());
    expect(result.current.error).toBeUndefined();
  });

  it('drops the answer of a key that is no longer current and aborts its signal', async () => {
    const { calls, load } = manualLoads<string>();
    const { result, rerender } = renderHook(({ k }) => useResource(k, load(k)), { initialProps: { k: 'oud' } });
    rerender({ k: 'nieuw' });
    expect(calls.map((c) => [c.key, c.signal.aborted])).toEqual([['oud', true], ['nieuw', false]]);
    await act(async () => calls[1]!.resolve('nieuw'));
    await act(async () => calls[0]!.resolve('oud'));
    expect(result.current.data).toBe('nieuw');
  });

  it('aborts on unmount and asks nothing for a null key', async () => {
    const { calls, load } = manualLoads<string>();
    const { unmount } = renderHook(() => useResource('k', load('k')));
    unmount();
    expect(calls[0]!.signal.aborted).toBe(true);
    const none = renderHook(() => useResource<string>(null, load('x')));
    await waitFor(() => expect(none.result.current.loading).toBe(false));
    expect(calls).toHaveLength(1);
  });
});
