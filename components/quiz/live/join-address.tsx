'use client';
// Which address phones join at, for the host: a host who opened the app at localhost (which no
// phone can reach) picks one of this computer's network addresses, and the QR code follows.
import type { JoinLinks } from '@/lib/quiz/join-links';

interface Props {
  links: JoinLinks;
  chosen: string;
  onChoose: (origin: string) => void;
}

export function JoinAddress({ links, chosen, onChoose }: Props) {
  if (links.source === 'none') {
    return (
      <p className="banner banner-error flush">
        Phones cannot reach this computer: it has no network address but localhost. Connect it to the phones’ Wi-Fi (or set PUBLIC_URL on
        the server), then reload this page.
      </p>
    );
  }
  if (links.source === 'public-url') return null;
  if (links.origins.length === 1) {
    return links.hostOnLoopback ? (
      <p className="muted flush">Phones join at {links.origins[0]}/play: you opened this app at localhost, which phones cannot reach.</p>
    ) : null;
  }
  return (
    <div className="field">
      <label htmlFor="join-origin">Phones join at</label>
      <select id="join-origin" value={chosen} onChange={(e) => onChoose(e.target.value)} aria-describedby="join-origin-hint">
        {links.origins.map((origin) => (
          <option key={origin} value={origin}>
            {origin}/play
          </option>
        ))}
      </select>
      <span id="join-origin-hint" className="hint">
        {links.hostOnLoopback
          ? 'You opened this app at localhost, which phones cannot reach. '
          : 'This computer has more than one address. '}
        Pick the one on the phones’ network; the QR code follows.
      </span>
    </div>
  );
}
