// The address-code check behind the identifier validators: the GB/T 2260 history (1981–2024) plus the
// project overlay, without names (codes/regions; see its SOURCE.md for the rules and their reasons).
export {
  _checkRegion,
  _checkRegionAnyTime,
  _regionRetiredYear,
  REGION_OK,
  REGION_RETIRED,
  REGION_UNKNOWN_COUNTY,
  REGION_UNKNOWN_PROVINCE,
} from '../codes/_regionValidity';
