import { _labelEn, _labelZh, type MessageCatalog } from './MessageDictionary';

/** Messages of full-path unit names. Split by domain so a validator bundles only the messages it can report. */
export const unitPathMessages = {
  'zh-CN': {
    empty_segment: (p) => `${_labelZh(p)}第 ${String(p.position)} 级为空（连续的分隔符或首尾多余的“/”）`,
    segment_too_long: (p) =>
      `${_labelZh(p)}第 ${String(p.position)} 级“${String(p.segment)}”过长：最多 ${String(p.max)} 个字`,
    path_too_deep: (p) => `${_labelZh(p)}层级过多：最多 ${String(p.max)} 级，实为 ${String(p.actual)} 级`,
    forbidden_character: (p) => `${_labelZh(p)}含有不允许的字符“${String(p.character)}”`,
  },
  en: {
    empty_segment: (p) => `${_labelEn(p)} has an empty level ${String(p.position)} (doubled or stray "/")`,
    segment_too_long: (p) =>
      `${_labelEn(p)} level ${String(p.position)} is too long: at most ${String(p.max)} characters`,
    path_too_deep: (p) => `${_labelEn(p)} has too many levels: at most ${String(p.max)}, got ${String(p.actual)}`,
    forbidden_character: (p) => `${_labelEn(p)} contains the character "${String(p.character)}", which is not allowed`,
  },
} satisfies MessageCatalog<'empty_segment' | 'segment_too_long' | 'path_too_deep' | 'forbidden_character'>;
