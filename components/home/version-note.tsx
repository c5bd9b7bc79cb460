'use client';
// Today: which containerd version the cards follow (Settings changes it), and the way into the
// upgrade session, with the upgrade chosen in Settings when there is one.
import Link from 'next/link';

import { studyLineLabel } from '@/lib/decks/releases';

import { usePrefs } from '../db-provider';

export function VersionNote() {
  const { studyLine, upgrade } = usePrefs();
  const upgradeHref = upgrade ? `/upgrade?from=${upgrade.from}&to=${upgrade.to}` : '/upgrade';
  return (
    <div className="row muted version-note">
      <span>
        Cards for containerd {studyLineLabel(studyLine)}.{' '}
        <Link href="/settings" prefetch={false}>
          Change version
        </Link>
      </span>
      <Link className="btn btn-small" href={upgradeHref} prefetch={false}>
        {upgrade
          ? `Upgrading ${studyLineLabel(upgrade.from)} → ${studyLineLabel(upgrade.to)}: study what changes`
          : 'Upgrading? Study what changes'}
      </Link>
    </div>
  );
}
