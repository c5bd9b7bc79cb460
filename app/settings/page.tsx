import type { Metadata } from 'next';

import { SettingsForm } from '@/components/settings/settings-form';

export const metadata: Metadata = { title: 'Settings' };

export default function SettingsPage() {
  return (
    <>
      <h1>Settings</h1>
      <SettingsForm />
    </>
  );
}
