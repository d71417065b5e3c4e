import { describe, expect, it } from 'vitest';
import { startText } from '../../src/text/ui-start.ts';
import { parseClock, parseStartArgs, StartUsageError } from './args.ts';
import { createDemoClock } from './clock.ts';
import { DEFAULT_PORTS, portPlan } from './ports.ts';

describe('parseClock', () => {
  it.each([
    ['2026-12-01T08:00', '2026-12-01T07:00:00.000Z'], // winter time: UTC+1
    ['2026-06-01T08:00', '2026-06-01T06:00:00.000Z'], // summer time: UTC+2
    ['2026-03-29T08:00', '2026-03-29T06:00:00.000Z'], // the day summer time starts
    ['2026-12-01', '2026-12-01T07:00:00.000Z'], // a date alone means 08:00
    ['2026-12-01T08:00Z', '2026-12-01T08:00:00.000Z'],
    ['2026-12-01T08:00:00+01:00', '2026-12-01T07:00:00.000Z'],
  ])('%s → %s', (input, expected) => {
    expect(parseClock(input)).toBe(expected);
  });

  it.each(['morgen', '01-12-2026 08:00', '2026-13-01T08:00', '2026-02-30T08:00', '2026-12-01T25:00', '2026-12-01T8:00', ''])('refuses %j in Dutch', (input) => {
    expect(() => parseClock(input)).toThrow(new StartUsageError(startText.launcher.badClock));
  });
});

describe('parseStartArgs', () => {
  it('has defaults for a plain npm start', () => {
    expect(parseStartArgs([])).toEqual({ reset: false, speed: 1, dataDir: 'data', build: true, tenant: false, verbose: false, help: false });
  });

  it('reads every option', () => {
    expect(parseStartArgs(['--reset', '--clock', '2026-12-01T08:00', '--speed', '60', '--port-base', '4000', '--data-dir', 'x', '--no-build', '--verbose'])).toEqual({
      reset: true,
      clock: '2026-12-01T07:00:00.000Z',
      speed: 60,
      portBase: 4000,
      dataDir: 'x',
      build: false,
      tenant: false,
      verbose: true,
      help: false,
    });
    expect(parseStartArgs(['--port-base', '0']).portBase).toBe(0);
  });

  it.each([
    [['--speed', '0'], startText.launcher.badSpeed],
    [['--speed', 'snel'], startText.launcher.badSpeed],
    [['--port-base', '80'], startText.launcher.badPortBase],
    [['--port-base', '65001'], startText.launcher.badPortBase],
    [['--port-base', '3000.5'], startText.launcher.badPortBase],
  ])('refuses %j', (args, message) => {
    expect(() => parseStartArgs(args)).toThrow(message);
  });

  it('refuses unknown options and pointed to --help', () => {
    expect(() => parseStartArgs(['--klok', 'x'])).toThrow(StartUsageError);
    expect(() => parseStartArgs(['--klok', 'x'])).toThrow(/npm start -- --help/);
  });
});

describe('portPlan', () => {
  it('uses the fixed ports by default, a block from a base, and 0 everywhere for tests', () => {
    expect(portPlan()).toEqual(DEFAULT_PORTS);
    expect(portPlan(4000)).toEqual({ web: 4000, bot: 4001, chat: 4002, emulator: 4003 });
    expect(portPlan(0)).toEqual({ web: 0, bot: 0, chat: 0, emulator: 0 });
  });
});

describe('createDemoClock', () => {
  it('starts where you say and runs speed times as fast', () => {
    let real = 1_000_000;
    const clock = createDemoClock({ start: '2026-12-01T07:00:00.000Z', speed: 60, realNow: () => real });
    expect(clock.now()).toBe('2026-12-01T07:00:00.000Z');
    real += 1_000; // one real second = one demo minute
    expect(clock.now()).toBe('2026-12-01T07:01:00.000Z');
    real += 60_000;
    expect(clock.now()).toBe('2026-12-01T08:01:00.000Z');
    expect(clock.startedAt).toBe('2026-12-01T07:00:00.000Z');
  });

  it('is the real time without a start', () => {
    let real = Date.parse('2026-11-23T18:00:00.000Z');
    const clock = createDemoClock({ realNow: () => real });
    real += 5_000;
    expect(clock.now()).toBe('2026-11-23T18:00:05.000Z');
  });
});
