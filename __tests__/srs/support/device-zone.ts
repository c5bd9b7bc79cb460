// Run in a child process with TZ set (the Date API reads the zone once per process): prints, for
// each [now, dayStartHour] in argv[2], the study day computed from the device's zone (null) and
// from the zone named in TZ, and whether Intl was asked for anything on the device path.
import { nextStudyDayStart, studyDayKey, studyDayStart } from '../../../lib/srs/study-day';

const zone = process.env.TZ!;
const cases = JSON.parse(process.argv[2]!) as [number, number][];
let intlCalls = 0;
const RealFormat = Intl.DateTimeFormat;
const day = (now: number, dayStartHour: number, timeZone: string | null) => {
  const s = { dayStartHour, timeZone };
  return { start: studyDayStart(now, s), next: nextStudyDayStart(now, s), key: studyDayKey(now, s) };
};
const results = cases.map(([now, hour]) => {
  Intl.DateTimeFormat = function (...args: ConstructorParameters<typeof RealFormat>) {
    intlCalls++;
    return new RealFormat(...args);
  } as unknown as typeof Intl.DateTimeFormat;
  const device = day(now, hour, null);
  Intl.DateTimeFormat = RealFormat;
  return { device, named: day(now, hour, zone) };
});
process.stdout.write(JSON.stringify({ results, intlCalls }));
