import type { Metadata } from 'next';
import Link from 'next/link';

// The service worker answers with this page when a page it has not saved is opened without a network.
export const metadata: Metadata = { title: 'Offline', robots: { index: false } };

export default function OfflinePage() {
  return (
    <div className="stack">
      <h1>You are offline</h1>
      <p>This page is not saved on this device. Your cards and your study progress are, so you can keep going.</p>
      <Link className="btn btn-primary" href="/">
        Back to today
      </Link>
    </div>
  );
}
