/**
 * SSRF refusal for all inputs: an address inside any refused range, written
 * in any form a URL or a resolver may hand over, is refused; public
 * addresses pass. The oracle for IPv4 is integer arithmetic over the ranges,
 * independent of node:net's BlockList that the code uses.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { REFUSED_IPV4, refusedAddress } from '../../../functions/domain/channels/address';
import { checkEndpoint, checkResolved } from '../../../functions/domain/channels/endpoint';
import { FC_PARAMS } from '../domain/arbitraries';

const toInt = (ip: string) => ip.split('.').reduce((n, o) => n * 256 + Number(o), 0);
const toIp = (n: number) => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
const RANGES = REFUSED_IPV4.map((c) => {
  const [net, bits] = c.split('/');
  return { start: toInt(net ?? ''), size: 2 ** (32 - Number(bits)) };
});
const inRefusedRange = (n: number) => RANGES.some((r) => n >= r.start && n < r.start + r.size);

/** An address inside one of the refused IPv4 ranges, any host bits. */
const privateV4 = fc
  .tuple(fc.constantFrom(...RANGES), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }))
  .map(([r, f]) => r.start + Math.floor(f * r.size));
const publicV4 = fc.integer({ min: 0, max: 2 ** 32 - 1 }).filter((n) => !inRefusedRange(n));
const hex4 = (n: number) => [Math.floor(n / 65536), n % 65536].map((h) => h.toString(16));

/** Any IPv4 inside IPv6: mapped, NAT64, 6to4, IPv4-compatible. */
const embedded = (n: number) => {
  const [hi, lo] = hex4(n);
  return fc.constantFrom(
    `::ffff:${toIp(n)}`,
    `::ffff:${hi}:${lo}`,
    `64:ff9b::${hi}:${lo}`,
    `2002:${hi}:${lo}::1`,
    `::${toIp(n)}`,
  );
};
const group = fc.integer({ min: 0, max: 0xffff }).map((g) => g.toString(16));
const v6In = (prefix: number, bits: number) =>
  fc
    .tuple(fc.integer({ min: 0, max: 2 ** (16 - bits) - 1 }), fc.array(group, { minLength: 7, maxLength: 7 }))
    .map(([low, rest]) => [(prefix + low).toString(16), ...rest].join(':'));
/** Loopback, ULA (fc00::/7, metadata fd00:ec2::254 among them), link-local, multicast, documentation. */
const privateV6 = fc.oneof(
  fc.constant('::1'),
  fc.constant('::'),
  fc.constant('fd00:ec2::254'),
  v6In(0xfc00, 7),
  v6In(0xfe80, 10),
  v6In(0xff00, 8),
  fc.array(group, { minLength: 6, maxLength: 6 }).map((r) => `2001:db8:${r.join(':')}`),
);
const publicV6 = fc
  .tuple(fc.integer({ min: 0x2400, max: 0x2c0f }), fc.array(group, { minLength: 7, maxLength: 7 }))
  .map(([first, rest]) => [first.toString(16), ...rest].join(':'));

test('every address in a refused IPv4 range is refused, as itself and inside IPv6', () => {
  fc.assert(
    fc.property(
      privateV4.chain((n) => fc.tuple(fc.constant(n), embedded(n))),
      ([n, v6]) => {
        assert.ok(refusedAddress(toIp(n)), toIp(n));
        assert.ok(refusedAddress(v6), v6);
      },
    ),
    FC_PARAMS,
  );
});

test('public IPv4 addresses pass; inside IPv6 they are refused all the same (no resolver needs that form)', () => {
  fc.assert(
    fc.property(
      publicV4.chain((n) => fc.tuple(fc.constant(n), embedded(n))),
      ([n, v6]) => {
        assert.equal(refusedAddress(toIp(n)), undefined, toIp(n));
        assert.ok(refusedAddress(v6), v6);
      },
    ),
    FC_PARAMS,
  );
});

test('IPv6 loopback, unique-local, link-local, multicast and documentation addresses are refused; global unicast passes', () => {
  fc.assert(
    fc.property(privateV6, publicV6, (bad, good) => {
      assert.ok(refusedAddress(bad), bad);
      assert.ok(refusedAddress(`fe80::1%eth0`));
      assert.equal(refusedAddress(good), undefined, good);
    }),
    FC_PARAMS,
  );
});

test('a URL naming a refused address in any spelling is refused, for every kind of channel', () => {
  const spellings = (n: number) =>
    fc.constantFrom(
      toIp(n),
      String(n), // http://2130706433/
      `0x${n.toString(16)}`,
      toIp(n)
        .split('.')
        .map((o) => `0${Number(o).toString(8)}`)
        .join('.'), // octal octets
      `[::ffff:${toIp(n)}]`,
    );
  fc.assert(
    fc.property(
      privateV4.chain((n) => spellings(n)),
      fc.constantFrom('webhook' as const, 'slack' as const, 'teams' as const),
      fc.constantFrom('', ':443', ':8080'),
      (host, kind, port) => {
        const r = checkEndpoint(`https://${host}${port}/hook`, kind);
        assert.equal(r.ok, false, host);
      },
    ),
    FC_PARAMS,
  );
});

test('a host is refused when any address it resolves to is refused, whatever the order', () => {
  fc.assert(
    fc.property(
      fc.array(publicV4.map(toIp), { maxLength: 4 }),
      fc.oneof(privateV4.map(toIp), privateV6),
      fc.nat(),
      (good, bad, at) => {
        const list = [...good];
        list.splice(at % (list.length + 1), 0, bad);
        assert.ok(checkResolved('hooks.example.com', list));
        if (good.length > 0) assert.equal(checkResolved('hooks.example.com', good), undefined);
      },
    ),
    FC_PARAMS,
  );
});
