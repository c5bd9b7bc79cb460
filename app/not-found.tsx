import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="stack">
      <h1>Page not found</h1>
      <p>This page does not exist, or it is not available offline yet.</p>
      <Link className="btn btn-primary" href="/">
        Back to today
      </Link>
    </div>
  );
}
