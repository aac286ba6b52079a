// Characters of street-level detail, never part of a province, prefecture or county name.
const D = '[^\\d\\s路街巷弄号村组栋幢室]';
/**
 * The 省 / 市 / 区县 at the start of an address, each optional: 湖南省岳阳市岳阳楼区, 北京市朝阳区, 浙江杭州西湖区,
 * 新疆维吾尔自治区乌鲁木齐市天山区. Lengths are those of the longest real names (双江拉祜族佤族布朗族傣族自治县).
 */
let regionPrefix: RegExp | undefined;

// Built on first use: a module-level `new RegExp` would stay in every bundle of the package.
function regionPrefixPattern(): RegExp {
  regionPrefix ??= new RegExp(
    `^(?:${D}{2,8}?(?:省|自治区|特别行政区))?(?:${D}{2,11}?(?:自治州|地区|盟|市|州))?(?:${D}{1,14}?(?:自治县|自治旗|区|县|旗|市))?`,
    'u',
  );
  return regionPrefix;
}

/**
 * Masks a 家庭住址 after its administrative-region part, which is no more revealing than the address code
 * that a masked ID number shows: '湖南省岳阳市岳阳楼区金鹗路 1 号' → '湖南省岳阳市岳阳楼区*******'. With
 * `keepStart`, that many characters stay instead; without a recognisable region, a quarter of the address
 * and at most 3 characters.
 */
export function _maskAddress(address: string, maskChar: string, keepStart?: number): string {
  const chars = Array.from(address.trim());
  const region = Array.from(regionPrefixPattern().exec(chars.join(''))?.[0] ?? '').length;
  const keep = keepStart ?? (region > 0 ? region : Math.min(3, Math.floor(chars.length / 4)));
  const visible = Math.max(0, Math.min(keep, chars.length));
  return chars.slice(0, visible).join('') + maskChar.repeat(chars.length - visible);
}
