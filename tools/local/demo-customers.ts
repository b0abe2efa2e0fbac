import type { NewCustomer } from '../admin/customers';

const year = (d: Date, n: number) =>
  new Date(Date.UTC(d.getUTCFullYear() + n, d.getUTCMonth(), d.getUTCDate())).toISOString();

/** The demo customer whose key npm start prints for the console: entitled to everything. */
export const DEMO_CONSOLE_CUSTOMER = 'globe-news';

/** Customers of different sectors and contract states, so the demo shows both deliveries and withholdings. */
export function demoCustomers(now = new Date()): { customer: NewCustomer; filter?: unknown }[] {
  const active = (tier: string) => ({ status: 'active' as const, tier, startsAt: year(now, -1), endsAt: year(now, 1) });
  const all = { categories: [], regions: [], minSeverity: 1 };
  return [
    {
      customer: {
        id: 'globe-news',
        name: 'Globe News Desk',
        sector: 'news_media',
        contract: active('enterprise'),
        entitlements: all,
      },
    },
    {
      customer: {
        id: 'northbank-risk',
        name: 'Northbank Risk',
        sector: 'finance',
        contract: active('standard'),
        entitlements: { categories: [], regions: [], minSeverity: 2 },
      },
      // The bank's own subscription filter: only the two most urgent levels reach this queue.
      filter: { level: ['flash', 'urgent'] },
    },
    {
      customer: {
        id: 'aegis-intel',
        name: 'Aegis Intelligence',
        sector: 'intelligence',
        contract: active('enterprise'),
        entitlements: all,
      },
    },
    {
      customer: {
        id: 'relief-ngo',
        name: 'Relief Without Borders',
        sector: 'ngo',
        contract: { status: 'trial', tier: 'trial', startsAt: year(now, -1), endsAt: year(now, 1) },
        entitlements: {
          categories: ['earthquake', 'storm', 'flood', 'fire', 'collapse', 'explosion'],
          regions: [],
          minSeverity: 1,
        },
      },
    },
    {
      customer: {
        id: 'paused-security',
        name: 'Paused Security Ltd',
        sector: 'corporate_security',
        contract: { ...active('standard'), status: 'suspended' },
        entitlements: all,
      },
    },
    {
      customer: {
        id: 'lapsed-media',
        name: 'Lapsed Media',
        sector: 'news_media',
        contract: { status: 'active', tier: 'standard', startsAt: year(now, -2), endsAt: year(now, -1) },
        entitlements: all,
      },
    },
  ];
}
