/**
 * @jest-environment node
 */
// Which addresses phones are told to join at, from the interface list and the request's Host.
import { joinOrigins } from '@/server/net/join-origins';
import { isLoopbackHost, lanAddresses } from '@/server/net/lan-addresses';

import { FAKE_INTERFACES, LOOPBACK_ONLY } from './support/interfaces';

const LAN = ['192.168.1.20', '10.0.0.5', '2001:db8::20', 'fd00::5'];

describe('lanAddresses', () => {
  it('lists non-internal IPv4 first, then IPv6 that is not link-local, each once', () => {
    expect(lanAddresses(FAKE_INTERFACES)).toEqual(LAN);
    expect(lanAddresses({ a: FAKE_INTERFACES.eth0, b: FAKE_INTERFACES.eth0 })).toEqual(['10.0.0.5', 'fd00::5']);
    expect(lanAddresses(LOOPBACK_ONLY)).toEqual([]);
    expect(lanAddresses({})).toEqual([]);
  });
});

describe('isLoopbackHost', () => {
  it.each(['localhost', 'LOCALHOST', 'app.localhost', '127.0.0.1', '127.1.2.3', '[::1]', '::1', '[::ffff:127.0.0.1]'])(
    '%s is loopback',
    (host) => {
      expect(isLoopbackHost(host)).toBe(true);
    },
  );
  it.each(['192.168.1.20', '[2001:db8::20]', 'localhost.example.org', 'example.org', '0.0.0.0', ''])('%s is not', (host) => {
    expect(isLoopbackHost(host)).toBe(false);
  });
});

describe('joinOrigins', () => {
  const base = { protocol: 'http' as const, port: 3000, addresses: LAN };
  const lanOrigins = ['http://192.168.1.20:3000', 'http://10.0.0.5:3000', 'http://[2001:db8::20]:3000', 'http://[fd00::5]:3000'];

  it('offers the LAN addresses to a host who opened the app at a loopback address', () => {
    for (const host of ['localhost:3000', '127.0.0.1:3000', '[::1]:3000']) {
      expect(joinOrigins({ ...base, host })).toEqual({ origins: lanOrigins, hostOnLoopback: true, source: 'lan' });
    }
  });

  it('puts the address the host used first when it is one of the server’s own', () => {
    expect(joinOrigins({ ...base, host: '10.0.0.5:3000' })).toEqual({
      origins: ['http://10.0.0.5:3000', 'http://192.168.1.20:3000', 'http://[2001:db8::20]:3000', 'http://[fd00::5]:3000'],
      hostOnLoopback: false,
      source: 'host',
    });
    expect(joinOrigins({ ...base, host: '[2001:0db8:0::20]:3000' }).origins[0]).toBe('http://[2001:db8::20]:3000');
  });

  it('never takes a name or port from a Host header that is not the server’s own address', () => {
    for (const host of ['evil.example', 'evil.example:3000', '192.168.1.99:3000', 'x@192.168.1.20', '', undefined]) {
      const links = joinOrigins({ ...base, host });
      expect(links.origins).toEqual(lanOrigins);
      expect(links.hostOnLoopback).toBe(false);
    }
    // An own address reached through another port (a forwarded one) still gets the server's port.
    expect(joinOrigins({ ...base, host: '192.168.1.20:8080' }).origins[0]).toBe('http://192.168.1.20:3000');
  });

  it('says so when nothing but loopback is there', () => {
    expect(joinOrigins({ ...base, addresses: [], host: '127.0.0.1:3000' })).toEqual({
      origins: ['http://127.0.0.1:3000'],
      hostOnLoopback: true,
      source: 'none',
    });
    expect(joinOrigins({ ...base, addresses: [], host: 'evil.example' })).toEqual({
      origins: ['http://localhost:3000'],
      hostOnLoopback: false,
      source: 'none',
    });
  });

  it('lets PUBLIC_URL win, without a trailing slash', () => {
    expect(joinOrigins({ ...base, host: 'localhost:3000', publicUrl: 'https://quiz.example.org/' })).toEqual({
      origins: ['https://quiz.example.org'],
      hostOnLoopback: true,
      source: 'public-url',
    });
  });

  it('leaves out the default port', () => {
    expect(joinOrigins({ ...base, port: 80, host: 'localhost' }).origins[0]).toBe('http://192.168.1.20');
    expect(joinOrigins({ ...base, protocol: 'https', port: 443, host: 'localhost' }).origins[0]).toBe('https://192.168.1.20');
  });
});
