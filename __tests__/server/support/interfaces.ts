// A made-up interface list (os.networkInterfaces() shape), so join-link tests never depend on the
// machine they run on.
import type { NetworkInterfaceInfo } from 'node:os';

type Info = NetworkInterfaceInfo;

const v4 = (address: string, internal = false): Info => ({
  address,
  netmask: '255.255.255.0',
  family: 'IPv4',
  mac: '02:00:00:00:00:01',
  internal,
  cidr: `${address}/24`,
});
const v6 = (address: string, internal = false): Info => ({
  address,
  netmask: 'ffff:ffff:ffff:ffff::',
  family: 'IPv6',
  mac: '02:00:00:00:00:01',
  internal,
  cidr: `${address}/64`,
  scopeid: 0,
});

/** Loopback, a Wi-Fi card with link-local, LAN and global IPv6, a wired card, a self-assigned one. */
export const FAKE_INTERFACES: NodeJS.Dict<Info[]> = {
  lo: [v4('127.0.0.1', true), v6('::1', true)],
  wlan0: [v6('fe80::1c2:3ff:fe44:5566'), v4('192.168.1.20'), v6('2001:DB8::20')],
  eth0: [v4('10.0.0.5'), v6('fd00::5')],
  usb0: [v4('169.254.7.7')],
};

export const LOOPBACK_ONLY: NodeJS.Dict<Info[]> = { lo: [v4('127.0.0.1', true), v6('::1', true)] };
