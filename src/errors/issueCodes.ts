/**
 * Every stable issue code the library can report. Codes are part of the public contract: they are never
 * renamed, only added.
 */
export const ISSUE_CODES = [
  // any value
  'invalid_type',
  'required',
  'invalid_length',
  'invalid_format',
  'invalid_checksum',
  'spreadsheet_number',
  // resident ID family (GB 11643)
  'invalid_birth_date',
  'future_birth_date',
  'doubtful_birth_date',
  'unknown_region',
  'region_retired_before_birth',
  'legacy_15_digit',
  // USCC / org code (GB 32100, GB 11714)
  'unknown_registration_department',
  'unknown_uscc_category',
  'invalid_embedded_org_code',
  'pilot_uscc_checksum',
  // phones
  'invalid_mobile_prefix',
  'unknown_mobile_prefix',
  'missing_area_code',
  'unknown_area_code',
  'invalid_local_number_length',
  // code tables
  'unknown_code',
  'not_selectable',
] as const;

/** A stable, snake_case issue code. */
export type IssueCode = (typeof ISSUE_CODES)[number];
