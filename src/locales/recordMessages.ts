import { _labelEn, _labelZh, type MessageCatalog } from './MessageDictionary';

const _unitZh = (unit: unknown): string => (typeof unit === 'string' && unit !== '' ? `（${unit}）` : '');
const _unitEn = (unit: unknown): string => (typeof unit === 'string' && unit !== '' ? ` (${unit})` : '');

/** Messages of record fields, people and rosters. Split by domain so a validator bundles only the messages it can report. */
export const recordMessages = {
  'zh-CN': {
    invalid_date: (p) =>
      p.reason === 'before-joined'
        ? `${_labelZh(p)} ${String(p.value)} 早于加入党组织日期 ${String(p.joined)}`
        : `${_labelZh(p)}“${String(p.value)}”不是有效日期${p.precision === 'month' ? '，应写成 1990-01 或 1990年1月' : '，应写成 1990-01-01、1990/1/1 或 1990年1月1日'}`,
    future_date: (p) => `${_labelZh(p)} ${String(p.date)} 晚于 ${String(p.asOf)}`,
    too_long: (p) => `${_labelZh(p)}过长：最多 ${String(p.max)} 个字，实为 ${String(p.actual)} 个字`,
    invalid_name: (p) =>
      `${_labelZh(p)}“${String(p.value)}”含有不应出现的字符${p.character ? `“${String(p.character)}”` : ''}`,
    birth_date_mismatch: (p) => `出生日期 ${String(p.declared)} 与证件号码中的出生日期 ${String(p.fromId)} 不一致`,
    sex_mismatch: (p) => `性别“${String(p.declared)}”与证件号码中的性别“${String(p.fromId)}”不一致`,
    id_type_mismatch: (p) =>
      p.doubtful
        ? `证件号码看起来是${String(p.looksLike)}的号码，请核实证件类型“${String(p.idType)}”是否正确`
        : `证件号码不符合证件类型“${String(p.idType)}”${p.looksLike ? `，看起来是${String(p.looksLike)}的号码，请核对证件类型` : ''}`,
    duplicate_id_number: (p) =>
      `证件号码 ${String(p.number)} 重复：第 ${String(p.row)} 行${_unitZh(p.unit)}与第 ${String(p.otherRow)} 行${_unitZh(p.otherUnit)}相同`,
    duplicate_mobile: (p) =>
      `${p.row === undefined ? '' : `第 ${String(p.row)} 行的`}手机号码 ${String(p.number)} 与第 ${String(p.otherRow)} 行另一人${p.otherName ? `（${String(p.otherName)}）` : ''}的相同，请核实`,
  },
  en: {
    invalid_date: (p) =>
      p.reason === 'before-joined'
        ? `${_labelEn(p)} ${String(p.value)} is before the joining date ${String(p.joined)}`
        : `${_labelEn(p)} "${String(p.value)}" is not a valid date${p.precision === 'month' ? '; write it as 1990-01' : '; write it as 1990-01-01'}`,
    future_date: (p) => `${_labelEn(p)} ${String(p.date)} is after ${String(p.asOf)}`,
    too_long: (p) => `${_labelEn(p)} is too long: at most ${String(p.max)} characters, got ${String(p.actual)}`,
    invalid_name: (p) =>
      `${_labelEn(p)} "${String(p.value)}" contains a character that does not belong in it${p.character ? ` ("${String(p.character)}")` : ''}`,
    birth_date_mismatch: (p) =>
      `birth date ${String(p.declared)} differs from the birth date ${String(p.fromId)} in the ID number`,
    sex_mismatch: (p) =>
      `sex "${String(p.declaredEn ?? p.declared)}" differs from the sex "${String(p.fromIdEn ?? p.fromId)}" in the ID number`,
    id_type_mismatch: (p) =>
      p.doubtful
        ? `the ID number looks like a ${String(p.looksLikeEn ?? p.looksLike)} number; please check that the ID type "${String(p.idTypeEn ?? p.idType)}" is right`
        : `the ID number does not fit ID type "${String(p.idTypeEn ?? p.idType)}"${p.looksLikeEn ? `; it looks like a ${String(p.looksLikeEn)} number, check the ID type` : ''}`,
    duplicate_id_number: (p) =>
      `ID number ${String(p.number)} appears twice: row ${String(p.row)}${_unitEn(p.unit)} has the same number as row ${String(p.otherRow)}${_unitEn(p.otherUnit)}`,
    duplicate_mobile: (p) =>
      `mobile number ${String(p.number)}${p.row === undefined ? '' : ` on row ${String(p.row)}`} is the same as that of another person on row ${String(p.otherRow)}${p.otherName ? ` (${String(p.otherName)})` : ''}; please check`,
  },
} satisfies MessageCatalog<
  | 'invalid_date'
  | 'future_date'
  | 'too_long'
  | 'invalid_name'
  | 'birth_date_mismatch'
  | 'sex_mismatch'
  | 'id_type_mismatch'
  | 'duplicate_id_number'
  | 'duplicate_mobile'
>;
