import { execFileSync } from 'node:child_process';
import path from 'node:path';

import { nextStudyDayStart, studyDayKey, studyDayStart, systemTimeZone } from '@/lib/srs';

const berlin = { dayStartHour: 4, timeZone: 'Europe/Berlin' };
const ny = { dayStartHour: 4, timeZone: 'America/New_York' };
const tokyo = { dayStartHour: 4, timeZone: 'Asia/Tokyo' };
const H = 3_600_000;

describe('study day', () => {
  it('starts at 4 AM local in Berlin (winter, UTC+1)', () => {
    const now = Date.UTC(2026, 0, 15, 12, 0); // 13:00 Berlin
    expect(new Date(studyDayStart(now, berlin)).toISOString()).toBe('2026-01-15T03:00:00.000Z');
    expect(new Date(nextStudyDayStart(now, berlin)).toISOString()).toBe('2026-01-16T03:00:00.000Z');
    expect(studyDayKey(now, berlin)).toBe('2026-01-15');
  });

  it('a review at 2 AM local still belongs to the previous study day', () => {
    const now = Date.UTC(2026, 0, 15, 1, 0); // 02:00 Berlin
    expect(studyDayKey(now, berlin)).toBe('2026-01-14');
    expect(new Date(nextStudyDayStart(now, berlin)).toISOString()).toBe('2026-01-15T03:00:00.000Z');
  });

  it('differs by time zone for the same instant', () => {
    const now = Date.UTC(2026, 0, 15, 20, 0); // 21:00 Berlin, 15:00 New York, 05:00 next day Tokyo
    expect(studyDayKey(now, berlin)).toBe('2026-01-15');
    expect(studyDayKey(now, ny)).toBe('2026-01-15');
    expect(studyDayKey(now, tokyo)).toBe('2026-01-16');
    expect(new Date(nextStudyDayStart(now, ny)).toISOString()).toBe('2026-01-16T09:00:00.000Z');
  });

  it('is 23 hours long across the spring DST change and 25 across the autumn one (Berlin)', () => {
    const beforeSpring = Date.UTC(2026, 2, 28, 12, 0); // Sat 28 Mar; clocks go forward Sun 29 Mar 02:00
    const a = studyDayStart(beforeSpring, berlin);
    const b = nextStudyDayStart(beforeSpring, berlin);
    expect(new Date(a).toISOString()).toBe('2026-03-28T03:00:00.000Z');
    expect(new Date(b).toISOString()).toBe('2026-03-29T02:00:00.000Z');
    expect(b - a).toBe(23 * H);

    const beforeAutumn = Date.UTC(2026, 9, 24, 12, 0); // Sat 24 Oct; clocks go back Sun 25 Oct 03:00
    const c = studyDayStart(beforeAutumn, berlin);
    const d = nextStudyDayStart(beforeAutumn, berlin);
    expect(d - c).toBe(25 * H);
    expect(new Date(d).toISOString()).toBe('2026-10-25T03:00:00.000Z');
  });

  it('handles a day start inside the DST gap (New York, 2 AM on the spring-forward night)', () => {
    const settings = { dayStartHour: 2, timeZone: 'America/New_York' };
    const now = Date.UTC(2026, 2, 8, 12, 0); // Sun 8 Mar 2026 08:00 EDT; 02:00 did not exist
    const start = studyDayStart(now, settings);
    expect(new Date(start).toISOString()).toBe('2026-03-08T07:00:00.000Z'); // 03:00 EDT, right after the jump
    expect(nextStudyDayStart(now, settings) - start).toBe(23 * H);
  });

  it('honours another day-start hour', () => {
    const now = Date.UTC(2026, 5, 1, 22, 30); // 00:30 Berlin (summer, UTC+2)
    expect(studyDayKey(now, { dayStartHour: 0, timeZone: 'Europe/Berlin' })).toBe('2026-06-02');
    expect(studyDayKey(now, berlin)).toBe('2026-06-01');
  });

  it("reads the device's time zone once a minute, not on every call", () => {
    const spy = jest.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions');
    try {
      const t = Date.UTC(2026, 10, 28, 12, 0);
      const zone = systemTimeZone(t);
      expect(zone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
      spy.mockClear();
      for (let i = 0; i < 50; i++) expect(systemTimeZone(t + i * 1000)).toBe(zone);
      expect(spy).not.toHaveBeenCalled();
      // A minute later (the phone may have crossed a border), or a clock set back, asks again.
      systemTimeZone(t + 60_000);
      systemTimeZone(t - 1);
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
  });

  describe("following the device's zone (timeZone null, the Date API's local time)", () => {
    // Each instant sits on or next to a DST change, or a plain day, in a zone that has them.
    const cases: Record<string, [number, number][]> = {
      'Europe/Berlin': [
        [Date.UTC(2026, 0, 15, 12, 0), 4],
        [Date.UTC(2026, 2, 29, 1, 30), 4], // spring forward: a 23-hour day
        [Date.UTC(2026, 9, 25, 0, 30), 2], // fall back: 02:00 happens twice
      ],
      'America/New_York': [
        [Date.UTC(2026, 2, 8, 12, 0), 2], // the day starts inside the gap
        [Date.UTC(2026, 10, 1, 5, 30), 1], // 01:00 repeated on the fall-back night
      ],
      'Asia/Tokyo': [[Date.UTC(2026, 5, 1, 18, 59), 4]],
    };

    it.each(Object.keys(cases))('matches the named zone when the device is in %s, without asking Intl', (zone) => {
      // The Date API reads TZ once per process: each zone gets a process of its own.
      const out = execFileSync(
        process.execPath,
        ['--require', 'tsx/cjs', path.join(__dirname, 'support', 'device-zone.ts'), JSON.stringify(cases[zone])],
        {
          env: { ...process.env, TZ: zone },
          encoding: 'utf8',
        },
      );
      const { results, intlCalls } = JSON.parse(out) as { results: { device: unknown; named: unknown }[]; intlCalls: number };
      expect(results).toHaveLength(cases[zone]!.length);
      for (const { device, named } of results) expect(device).toEqual(named);
      expect(intlCalls).toBe(0);
    });

    it('gives the spring-forward day in New York 23 hours, starting right after the jump', () => {
      const out = execFileSync(
        process.execPath,
        ['--require', 'tsx/cjs', path.join(__dirname, 'support', 'device-zone.ts'), JSON.stringify([[Date.UTC(2026, 2, 8, 12, 0), 2]])],
        {
          env: { ...process.env, TZ: 'America/New_York' },
          encoding: 'utf8',
        },
      );
      const { device } = (JSON.parse(out) as { results: { device: { start: number; next: number } }[] }).results[0]!;
      expect(new Date(device.start).toISOString()).toBe('2026-03-08T07:00:00.000Z');
      expect(device.next - device.start).toBe(23 * H);
    });
  });
});
