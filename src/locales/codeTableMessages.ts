import type { MessageCatalog } from './MessageDictionary';

/** Messages of the code-table lookups. Split by domain so a validator bundles only the messages it can report. */
export const codeTableMessages = {
  'zh-CN': {
    unknown_code: (p) => `代码“${String(p.value)}”不在${String(p.table ?? '代码表')}中`,
    not_selectable: (p) => `“${String(p.value)}”是分类代码，请选择其下的具体项`,
  },
  en: {
    unknown_code: (p) => `"${String(p.value)}" is not in ${String(p.tableEn ?? 'the code table')}`,
    not_selectable: (p) => `"${String(p.value)}" is a grouping code; choose one of the entries under it`,
  },
} satisfies MessageCatalog<'unknown_code' | 'not_selectable'>;
