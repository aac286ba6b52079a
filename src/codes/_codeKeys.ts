import { _compactText } from '../identifiers/_normalize';

// Punctuation and symbols never tell two names apart but vary between templates: （）vs (), 、vs ,, “” …
const NAME_NOISE = /[\p{P}\p{S}]/gu;

/** A code as compared: NFKC (full-width digits), no whitespace or Excel apostrophe, upper case. */
export function _codeKey(text: string): string {
  return _compactText(text, null);
}

/** A name as compared: the code key without punctuation or symbols. */
export function _nameKey(text: string): string {
  return _compactText(text, NAME_NOISE);
}

/** A digit string without its leading zeros, so '01', '1' and '001' meet ('0' stays '0'). */
export function _numberKey(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '');
}
