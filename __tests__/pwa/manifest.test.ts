/** @jest-environment node */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import manifest, { dynamic } from '@/app/manifest';

const PUBLIC = path.join(__dirname, '..', '..', 'public');

function pngSize(src: string): string {
  const png = readFileSync(path.join(PUBLIC, src));
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
}

describe('web app manifest', () => {
  const m = manifest();

  it('is static, so the export can write it', () => {
    expect(dynamic).toBe('force-static');
  });

  it('names the app, with a short name that fits under an icon', () => {
    expect(m.name).toBe('containerd Cards');
    expect(m.short_name!.length).toBeLessThanOrEqual(12);
  });

  it('installs as a standalone app scoped to the whole site', () => {
    expect(m).toMatchObject({ id: '/', start_url: '/', scope: '/', display: 'standalone' });
    expect(m.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(m.background_color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('lists PNG icons at 192 and 512 and a maskable 512, each the size it claims', () => {
    const icons = m.icons ?? [];
    expect(icons.map((i) => `${i.sizes}/${i.purpose}`)).toEqual(expect.arrayContaining(['192x192/any', '512x512/any', '512x512/maskable']));
    for (const icon of icons) {
      expect(icon.type).toBe('image/png');
      expect(pngSize(icon.src)).toBe(icon.sizes);
    }
  });

  it('has narrow and wide screenshots for the richer install dialog', () => {
    const shots = m.screenshots ?? [];
    expect(shots.map((s) => s.form_factor).sort()).toEqual(['narrow', 'wide']);
    for (const shot of shots) {
      expect(pngSize(shot.src)).toBe(shot.sizes);
      expect(shot.label).toBeTruthy();
    }
    expect(shots.find((s) => s.form_factor === 'narrow')?.sizes).toBe('390x844');
    expect(shots.find((s) => s.form_factor === 'wide')?.sizes).toBe('1280x800');
  });

  it('offers a "Study now" shortcut', () => {
    expect(m.shortcuts).toEqual([expect.objectContaining({ name: 'Study now', url: '/study' })]);
  });
});
