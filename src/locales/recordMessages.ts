import { _labelEn, _labelZh, type MessageCatalog } from './MessageDictionary';

/** Messages of record fields, people and rosters. Split by domain so a validator bundles only the messages it can report. */
export const recordMessages = {
  'zh-CN': {
    invalid_date: (p) =>
      `${_labelZh(p)}“${String(p.value)}”不是有效日期${p.precision === 'month' ? '，应写成 1990-01 或 1990年1月' : '，应写成 1990-01-01、1990/1/1 或 1990年1月1日'}`,
    future_date: (p) => `${_labelZh(p)} ${String(p.date)} 晚于 ${String(p.asOf)}`,
    too_long: (p) => `${_labelZh(p)}过长：最多 ${String(p.max)} 个字，实为 ${String(p.actual)} 个字`,
    invalid_name: (p) =>
      `${_labelZh(p)}“${String(p.value)}”含有不应出现的字符${p.character ? `“${String(p.character)}”` : ''}`,
    birth_date_mismatch: (p) => `出生日期 ${String(p.declared)} 与证件号码中的出生日期 ${String(p.fromId)} 不一致`,
    sex_mismatch: (p) => `性别“${String(p.declared)}”与证件号码中的性别“${String(p.fromId)}”不一致`,
    id_type_mismatch: (p) =>
      `证件号码不符合证件类型“${String(p.idType)}”的格式${p.looksLike ? `，看起来是${String(p.looksLike)}` : ''}`,
    duplicate_id_number: (p) =>
      `证件号码 ${String(p.number)} 重复：与第 ${String(p.otherRow)} 行${p.otherUnit ? `（${String(p.otherUnit)}）` : ''}相同`,
    duplicate_mobile: (p) => `手机号码 ${String(p.number)} 与第 ${String(p.otherRow)} 行的另一人相同，请核实`,
  },
  en: {
    invalid_date: (p) =>
      `${_labelEn(p)} "${String(p.value)}" is not a valid date${p.precision === 'month' ? '; write it as 1990-01' : '; write it as 1990-01-01'}`,
    future_date: (p) => `${_labelEn(p)} ${String(p.date)} is after ${String(p.asOf)}`,
    too_long: (p) => `${_labelEn(p)} is too long: at most ${String(p.max)} characters, got ${String(p.actual)}`,
    invalid_name: (p) =>
      `${_labelEn(p)} "${String(p.value)}" contains a character that does not belong in it${p.character ? ` ("${String(p.character)}")` : ''}`,
    birth_date_mismatch: (p) =>
      `birth date ${String(p.declared)} differs from the birth date ${String(p.fromId)} in the ID number`,
    sex_mismatch: (p) =>
      `sex "${String(p.declaredEn ?? p.declared)}" differs from the sex "${String(p.fromIdEn ?? p.fromId)}" in the ID number`,
    id_type_mismatch: (p) =>
      `the ID number does not fit ID type "${String(p.idTypeEn ?? p.idType)}"${p.looksLikeEn ? `; it looks like ${String(p.looksLikeEn)}` : ''}`,
    duplicate_id_number: (p) =>
      `ID number ${String(p.number)} appears twice: same as row ${String(p.otherRow)}${p.otherUnit ? ` (${String(p.otherUnit)})` : ''}`,
    duplicate_mobile: (p) =>
      `mobile number ${String(p.number)} is the same as another person's on row ${String(p.otherRow)}; please check`,
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
