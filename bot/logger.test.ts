import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { sdkLogger } from './logger.ts';

function capture(level: string) {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  return { log: pino({ level, base: undefined }, stream), lines };
}

describe('the SDK logger', () => {
  it('passes only message strings, never activity objects, and nothing below the level', () => {
    const debug = capture('debug');
    sdkLogger(debug.log).debug('Handling activity', { from: { name: 'Jan Jansen' }, text: 'geheim' });
    expect(debug.lines).toEqual([{ level: 20, component: 'teams', msg: 'Handling activity', time: expect.any(Number) }]);
    const info = capture('info');
    sdkLogger(info.log).debug('Handling activity', { text: 'geheim' });
    sdkLogger(info.log).trace('trace line');
    sdkLogger(info.log).warn('token refused', new Error('bad signature'));
    expect(info.lines).toHaveLength(1);
    expect(info.lines[0]).toMatchObject({ level: 40, component: 'teams', msg: 'token refused', err: { name: 'Error', message: 'bad signature' } });
  });

  it('gives the same child for the same name, so a per-activity child costs nothing', () => {
    const { log, lines } = capture('info');
    const root = sdkLogger(log);
    const stream = root.child('stream');
    expect(root.child('stream')).toBe(stream);
    expect(root.child('jwt-validator')).not.toBe(stream);
    stream.info('closed');
    expect(lines[0]).toMatchObject({ component: 'teams/stream', msg: 'closed' });
  });
});
