import { _labelEn, _labelZh, type MessageCatalog, type MessageParams } from './MessageDictionary';

/** A param as text, or the fallback when the issue lacks it (messages never print "undefined"). */
const s = (value: unknown, fallback: string): string =>
  value === undefined || value === null || value === '' ? fallback : String(value);

/** The document an issue is about: its number, or "第 N 份文件" when it has none. */
const docZh = (p: MessageParams): string => s(p.number, '该文件');
const docEn = (p: MessageParams): string => s(p.numberEn ?? p.number, 'the document');

/** Messages of approval documents, 三定 histories, power and responsibility lists. Split by domain so a validator bundles only the messages it can report. */
export const sanDingMessages = {
  'zh-CN': {
    nonstandard_document_number: (p) =>
      `文号“${s(p.value, '')}”不符合公文格式${p.reason ? `（${String(p.reason)}）` : ''}，已按“${s(p.canonical, s(p.value, ''))}”处理`,
    document_year_mismatch: (p) =>
      p.later === false
        ? `文号年份 ${s(p.year, '')} 早于发文日期 ${s(p.date, '')}，请核实`
        : `文号年份 ${s(p.year, '')} 晚于发文日期 ${s(p.date, '')}`,
    duplicate_document: (p) => `文号“${docZh(p)}”重复：第 ${s(p.row, '?')} 份文件与第 ${s(p.otherRow, '?')} 份相同`,
    unknown_document: (p) => `${docZh(p)}所修改的文件“${s(p.amends, '')}”不在该部门的文件记录中，请核实`,
    amends_later_document: (p) =>
      `${docZh(p)}（${s(p.date, '')}）早于它所修改的文件“${s(p.amends, '')}”（${s(p.amendsDate, '')}）`,
    current_scheme_mismatch: (p) => {
      switch (p.reason) {
        case 'unmarked':
          return `最新的三定规定“${s(p.newest, '')}”未标记为现行三定`;
        case 'multiple':
          return `有 ${s(p.count, '多')} 份文件标记为现行三定（${s(p.marked, '')}），应只有一份`;
        case 'not-newest':
          return `${docZh(p)}标记为现行三定，但其后还有三定规定“${s(p.newest, '')}”`;
        case 'not-scheme':
          return `${docZh(p)}不是三定规定，不能标记为现行三定`;
        case 'missing':
          return '文件记录中没有三定规定，历史轨迹不完整';
        default:
          return '现行三定的标记有误';
      }
    },
    duplicate_function: (p) => `${docZh(p)}增加的职能“${s(p.name, '')}”已由${s(p.source, '此前的文件')}设定`,
    function_not_found: (p) =>
      p.number
        ? `${docZh(p)}${p.action === 'transfer-out' ? '划出' : '取消'}的职能“${s(p.name, '')}”${p.removedBy ? `已由${String(p.removedBy)}取消或划出` : '此前没有设定'}`
        : `关联的职能“${s(p.name, '')}”不是${s(p.department, '该部门')}${p.asOf ? `在 ${String(p.asOf)} ` : ''}的职能${p.suggestions ? `，是否为：${String(p.suggestions)}` : ''}`,
    duplicate_organ: (p) =>
      p.from
        ? `${docZh(p)}将内设机构“${String(p.from)}”更名为“${s(p.organ, '')}”，但“${s(p.organ, '')}”已存在`
        : `${docZh(p)}设立的内设机构“${s(p.organ, '')}”已存在（由${s(p.source, '此前的文件')}设立）`,
    organ_not_found: (p) =>
      `${docZh(p)}${p.action === 'rename' ? '更名' : '撤销'}的内设机构“${s(p.organ, '')}”${p.abolishedBy ? `已由${String(p.abolishedBy)}${p.renamedTo ? `更名为“${String(p.renamedTo)}”` : '撤销'}` : '不存在'}`,
    negative_establishment: (p) =>
      `${docZh(p)}调整后${s(p.type, '编制')}为 ${s(p.result, '负数')}（原为 ${s(p.before, '?')}），不能为负数`,
    duplicate_entry: (p) =>
      `${_labelZh(p)}“${s(p.value, '')}”重复：第 ${s(p.row, '?')} 项与第 ${s(p.otherRow, '?')} 项相同`,
    department_mismatch: (p) =>
      `实施部门“${s(p.unit, '')}”不是${p.department ? `“${String(p.department)}”` : '该部门'}或其内设机构`,
    establishment_mismatch: (p) =>
      p.missing
        ? `${s(p.department, s(p.unit, '该部门'))}：编制统计中没有该部门的记录，无法与三定核对`
        : `${s(p.department, s(p.unit, '该部门'))}：${s(p.type, '编制')}按三定为 ${s(p.sanDing, '?')} 名，编制统计中为 ${s(p.record, '?')} 名`,
    transfer_not_received: (p) =>
      `${s(p.department, '该部门')}的${docZh(p)}将职能“${s(p.name, '')}”划出至${s(p.written, s(p.other, '其他部门'))}，但${s(p.other, '接收部门')}截至 ${s(p.by, '?')} 的职能中没有该职能`,
    transfer_not_sent: (p) =>
      `${s(p.department, '该部门')}的${docZh(p)}从${s(p.written, s(p.other, '其他部门'))}划入职能“${s(p.name, '')}”，但${s(p.other, '划出部门')}截至 ${s(p.by, '?')} 仍有该职能（两个部门同时承担）`,
  },
  en: {
    nonstandard_document_number: (p) =>
      `document number "${s(p.value, '')}" does not follow the official format${p.reasonEn ? ` (${String(p.reasonEn)})` : ''}; read as "${s(p.canonical, s(p.value, ''))}"`,
    document_year_mismatch: (p) =>
      p.later === false
        ? `the year ${s(p.year, '')} of the document number is before the document date ${s(p.date, '')}; please check`
        : `the year ${s(p.year, '')} of the document number is after the document date ${s(p.date, '')}`,
    duplicate_document: (p) =>
      `document number "${docEn(p)}" appears twice: document ${s(p.row, '?')} is the same as document ${s(p.otherRow, '?')}`,
    unknown_document: (p) =>
      `document "${s(p.amends, '')}" amended by ${docEn(p)} is not in the department's documents; please check`,
    amends_later_document: (p) =>
      `${docEn(p)} (${s(p.date, '')}) is dated before the document it amends, "${s(p.amends, '')}" (${s(p.amendsDate, '')})`,
    current_scheme_mismatch: (p) => {
      switch (p.reason) {
        case 'unmarked':
          return `the newest three-determination scheme "${s(p.newest, '')}" is not marked as the current one`;
        case 'multiple':
          return `${s(p.count, 'several')} documents are marked as the current three-determination scheme (${s(p.marked, '')}); expected one`;
        case 'not-newest':
          return `${docEn(p)} is marked as the current three-determination scheme, but the scheme "${s(p.newest, '')}" is newer`;
        case 'not-scheme':
          return `${docEn(p)} is not a three-determination scheme and cannot be marked as the current one`;
        case 'missing':
          return 'the documents hold no three-determination scheme: the history is incomplete';
        default:
          return 'the current three-determination scheme is marked wrongly';
      }
    },
    duplicate_function: (p) =>
      `function "${s(p.name, '')}" added by ${docEn(p)} was already set by ${s(p.sourceEn ?? p.source, 'an earlier document')}`,
    function_not_found: (p) =>
      p.number
        ? `function "${s(p.name, '')}" ${p.action === 'transfer-out' ? 'transferred out' : 'removed'} by ${docEn(p)} ${p.removedBy ? `was already removed by ${String(p.removedBy)}` : 'was never set'}`
        : `linked function "${s(p.name, '')}" is not a function of ${s(p.department, 'the department')}${p.asOf ? ` on ${String(p.asOf)}` : ''}${p.suggestions ? `; did you mean: ${String(p.suggestions)}` : ''}`,
    duplicate_organ: (p) =>
      p.from
        ? `${docEn(p)} renames internal organ "${String(p.from)}" to "${s(p.organ, '')}", which already exists`
        : `internal organ "${s(p.organ, '')}" created by ${docEn(p)} already exists (created by ${s(p.sourceEn ?? p.source, 'an earlier document')})`,
    organ_not_found: (p) =>
      `internal organ "${s(p.organ, '')}" ${p.action === 'rename' ? 'renamed' : 'abolished'} by ${docEn(p)} ${p.abolishedBy ? `was already ${p.renamedTo ? `renamed to "${String(p.renamedTo)}"` : 'abolished'} by ${String(p.abolishedBy)}` : 'does not exist'}`,
    negative_establishment: (p) =>
      `${docEn(p)} brings ${s(p.typeEn ?? p.type, 'the establishment')} to ${s(p.result, 'a negative number')} (was ${s(p.before, '?')}); it cannot be negative`,
    duplicate_entry: (p) =>
      `${_labelEn(p)} "${s(p.value, '')}" appears twice: item ${s(p.row, '?')} is the same as item ${s(p.otherRow, '?')}`,
    department_mismatch: (p) =>
      `implementing unit "${s(p.unit, '')}" is not ${p.department ? `"${String(p.department)}"` : 'the department'} or one of its internal organs`,
    establishment_mismatch: (p) =>
      p.missing
        ? `${s(p.department, s(p.unit, 'the department'))}: the establishment statistics have no record of it to check against the three-determination scheme`
        : `${s(p.department, s(p.unit, 'the department'))}: ${s(p.typeEn ?? p.type, 'establishment')} is ${s(p.sanDing, '?')} per the three-determination scheme, ${s(p.record, '?')} in the establishment statistics`,
    transfer_not_received: (p) =>
      `${docEn(p)} of ${s(p.department, 'the department')} transfers function "${s(p.name, '')}" out to ${s(p.written, s(p.other, 'another department'))}, but ${s(p.other, 'the receiving department')} does not hold it by ${s(p.by, '?')}`,
    transfer_not_sent: (p) =>
      `${docEn(p)} of ${s(p.department, 'the department')} transfers function "${s(p.name, '')}" in from ${s(p.written, s(p.other, 'another department'))}, but ${s(p.other, 'the sending department')} still holds it on ${s(p.by, '?')} (both departments would hold it)`,
  },
} satisfies MessageCatalog<
  | 'nonstandard_document_number'
  | 'document_year_mismatch'
  | 'duplicate_document'
  | 'unknown_document'
  | 'amends_later_document'
  | 'current_scheme_mismatch'
  | 'duplicate_function'
  | 'function_not_found'
  | 'duplicate_organ'
  | 'organ_not_found'
  | 'negative_establishment'
  | 'duplicate_entry'
  | 'department_mismatch'
  | 'establishment_mismatch'
  | 'transfer_not_received'
  | 'transfer_not_sent'
>;
