import type { MessageDictionary, MessageParams } from './MessageDictionary';

const label = (p: MessageParams): string => (typeof p.labelEn === 'string' ? p.labelEn : 'value');

/** English messages, on request with `{ locale: 'en' }`. */
export const en = {
  invalid_type: (p) => `${label(p)} has the wrong type: expected text, got ${String(p.received)}`,
  required: (p) => `${label(p)} is required`,
  invalid_length: (p) => `${label(p)} has the wrong length: expected ${String(p.expected)}, got ${String(p.actual)}`,
  invalid_format: (p) => `${label(p)} has an invalid format${p.reasonEn ? `: ${String(p.reasonEn)}` : ''}`,
  invalid_checksum: (p) =>
    `${label(p)} has a wrong check character: expected ${String(p.expected)}, got ${String(p.actual)}`,
  spreadsheet_number: (p) =>
    `${label(p)} was stored by a spreadsheet as a number and lost ${p.lost === 'leading_zero' ? 'its leading 0' : 'its last digits'}; format the column as text and enter it again`,
  invalid_birth_date: (p) => `birth date ${String(p.birthDate)} is not a real date`,
  future_birth_date: (p) => `birth date ${String(p.birthDate)} is after ${String(p.asOf)}`,
  doubtful_birth_date: (p) => `birth date ${String(p.birthDate)} is before 1900; please check`,
  unknown_region: (p) =>
    p.level === 'province'
      ? `address code ${String(p.regionCode)} has an unknown province`
      : `address code ${String(p.regionCode)} is not in the region table; please check`,
  region_retired_before_birth: (p) =>
    `address code ${String(p.regionCode)} was retired in ${String(p.until)}, before the birth year ${String(p.birthYear)}`,
  legacy_15_digit: () => 'old 15-digit numbers are not allowed here; enter the 18-character number',
  unknown_registration_department: (p) => `registration department ${String(p.department)} does not exist`,
  unknown_uscc_category: (p) =>
    `category ${String(p.category)} is not defined for registration department ${String(p.department)}; please check`,
  invalid_embedded_org_code: (p) =>
    `the organisation code ${String(p.orgCode)} inside the USCC fails its check; please check`,
  pilot_uscc_checksum: () =>
    'the check character fails GB 32100 but the embedded organisation code is valid (a pilot-era code); please check',
  invalid_mobile_prefix: (p) => `mobile prefix ${String(p.prefix)} does not exist`,
  unknown_mobile_prefix: (p) => `mobile prefix ${String(p.prefix)} is not in the prefix table; please check`,
  missing_area_code: () => 'the landline number lacks its area code; write it as area code-number, e.g. 0730-1234567',
  unknown_area_code: (p) => `area code ${String(p.areaCode)} is not in the area-code table; please check`,
  invalid_local_number_length: (p) =>
    `local numbers under area code ${String(p.areaCode)} have ${String(p.expected)} digits, got ${String(p.actual)}`,
  unknown_code: (p) => `"${String(p.value)}" is not in ${String(p.tableEn ?? 'the code table')}`,
  not_selectable: (p) => `"${String(p.value)}" is a grouping code; choose one of the entries under it`,
} satisfies MessageDictionary;
