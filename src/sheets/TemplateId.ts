/**
 * The forms the sheets adapter knows, one template each. Ids are part of the public contract: the list
 * only grows.
 *
 * @example
 * TEMPLATE_IDS.includes('unit-info') // true
 */
export const TEMPLATE_IDS = [
  'unit-admin',
  'unit-info',
  'unit-users',
  'confirmation-county',
  'confirmation-township',
  'party-org-summary',
  'party-member-summary',
  'establishment',
  'department-info',
  'power-list',
  'responsibility-list',
] as const;

/** A template id: 'unit-info' (单位基本情况表), 'unit-users' (单位用户信息表) … */
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/**
 * True when the value names a template.
 *
 * @example
 * isTemplateId('unit-info') // true
 * isTemplateId('roster')    // false
 */
export function isTemplateId(value: unknown): value is TemplateId {
  return typeof value === 'string' && (TEMPLATE_IDS as readonly string[]).includes(value);
}
