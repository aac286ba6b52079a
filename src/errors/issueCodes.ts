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
  // dates and text fields of records
  'invalid_date',
  'future_date',
  'too_long',
  'invalid_name',
  // unit paths (部门名称(全路径))
  'empty_segment',
  'segment_too_long',
  'path_too_deep',
  'forbidden_character',
  // people: cross-field rules
  'birth_date_mismatch',
  'sex_mismatch',
  'id_type_mismatch',
  // party members and organisations
  'joined_under_age',
  'invalid_full_member_date',
  'missing_full_member_date',
  'probation_overdue',
  'missing_lost_contact_date',
  'missing_floating_destination',
  'implausible_student_age',
  'party_org_category_mismatch',
  'invalid_unit_count',
  // rosters
  'duplicate_id_number',
  'duplicate_mobile',
  // unit trees and headcounts
  'duplicate_unit',
  'missing_parent',
  'multiple_roots',
  'path_without_root',
  'unknown_unit',
  'count_mismatch',
  // establishment statistics
  'over_establishment',
  'leader_posts_exceeded',
  'reported_actual_mismatch',
  'rollup_mismatch',
  'reported_twice',
  // workbooks (cn-orgdata/sheets)
  'not_a_workbook',
  'workbook_encrypted',
  'workbook_too_large',
  'suspicious_compression',
  'hostile_content',
  'workbook_corrupt',
  'empty_workbook',
  'sheet_too_large',
  'wrong_template',
  'missing_column',
  'duplicate_column',
  'unknown_column',
  'formula_cell',
  'error_cell',
  // 机构编制 records over time: approval documents, 三定 history, power and responsibility lists
  'nonstandard_document_number',
  'document_year_mismatch',
  'duplicate_document',
  'unknown_document',
  'amends_later_document',
  'current_scheme_mismatch',
  'duplicate_function',
  'function_not_found',
  'duplicate_organ',
  'organ_not_found',
  'negative_establishment',
  'duplicate_entry',
  'department_mismatch',
  'establishment_mismatch',
  'transfer_not_received',
  'transfer_not_sent',
] as const;

/** A stable, snake_case issue code. */
export type IssueCode = (typeof ISSUE_CODES)[number];
