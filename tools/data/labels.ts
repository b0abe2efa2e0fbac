/**
 * Training labels for the significance model (npm run train). Target: "this post reports an incident happening / its direct impact"
 * (what a breaking-event alert is built from). Aftermath chatter (donations,
 * sympathy) and off-topic posts are negatives; ambiguous classes are skipped.
 */
const POS = new Set([
  'on-topic',
  'Relevant',
  'caution_and_advice',
  'displaced_people_and_evacuations',
  'infrastructure_and_utility_damage',
  'injured_or_dead_people',
  'missing_or_found_people',
]);
const NEG = new Set([
  'off-topic',
  'Not related',
  'Not applicable',
  'Not Relevant',
  'not_humanitarian',
  'rescue_volunteering_or_donation_effort',
  'sympathy_and_support',
]);
const T26_POS_INFO = new Set(['Affected individuals', 'Infrastructure and utilities', 'Caution and advice']);
const T26_NEG_INFO = new Set(['Donations and volunteering', 'Sympathy and support']);

/** 1 positive, 0 negative, -1 ambiguous (left out of training). */
export function labelOf(d: { dataset: string; label: string; infoType?: string | undefined }): number {
  if (d.dataset === 'CrisisLexT26') {
    if (d.label === 'Not related' || d.label === 'Not applicable') return 0;
    if (d.infoType && T26_NEG_INFO.has(d.infoType)) return 0;
    if (d.label === 'Related and informative' && d.infoType && T26_POS_INFO.has(d.infoType)) return 1;
    return d.label === 'Related - but not informative' ? 0 : -1;
  }
  return POS.has(d.label) ? 1 : NEG.has(d.label) ? 0 : -1;
}
