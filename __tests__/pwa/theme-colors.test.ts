/** @jest-environment node */
// The browser bar's colours (manifest, theme-color) and the page background are one pair of values.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { DARK_BACKGROUND, LIGHT_BACKGROUND } from '@/lib/pwa/theme-colors';

it('globals.css paints the same backgrounds the manifest and theme-color announce', () => {
  const css = readFileSync(path.join(process.cwd(), 'app', 'globals.css'), 'utf8');
  const backgrounds = [...css.matchAll(/--bg:\s*(#[0-9a-f]{6})/gi)].map(([, c]) => c!.toLowerCase());
  expect(backgrounds).toEqual([LIGHT_BACKGROUND, DARK_BACKGROUND]);
});
