// Card sources must point upstream: `owner/repo/path[@ref][#anchor]` or an https URL on a known host.

const OWNERS = [
  'containerd',
  'opencontainers',
  'kubernetes',
  'kubernetes-sigs',
  'moby',
  'docker',
  'cncf-tags',
  'microsoft',
];
const HOSTS = [
  'github.com',
  'containerd.io',
  'kubernetes.io',
  'docs.docker.com',
  'opencontainers.org',
  'www.mankier.com',
];

const REPO_PATH = /^([a-z0-9-]+)\/([A-Za-z0-9._-]+)\/([A-Za-z0-9._\/-]+?)(?:@([A-Za-z0-9._\/-]+))?(?:#([A-Za-z0-9._-]+))?$/;

/** Returns the upstream URL for a source, or an error message. */
export function resolveSource(source: string): { url: string } | { error: string } {
  const s = source.trim();
  if (s.startsWith('https://')) {
    let url: URL;
    try {
      url = new URL(s);
    } catch {
      return { error: `source "${s}" is not a valid URL` };
    }
    if (!HOSTS.includes(url.hostname)) {
      return { error: `source host "${url.hostname}" is not upstream (allowed: ${HOSTS.join(', ')})` };
    }
    return { url: url.toString() };
  }
  if (s.startsWith('http://')) return { error: `source "${s}" must use https` };
  const m = REPO_PATH.exec(s);
  if (!m) {
    return { error: `source "${s}" is neither owner/repo/path nor an https URL` };
  }
  const [, owner, repo, path, ref, anchor] = m;
  if (!OWNERS.includes(owner)) {
    return { error: `source owner "${owner}" is not upstream (allowed: ${OWNERS.join(', ')})` };
  }
  const hash = anchor ? `#${anchor}` : '';
  return { url: `https://github.com/${owner}/${repo}/blob/${ref ?? 'main'}/${path}${hash}` };
}
