import type { MessageCatalog } from './MessageDictionary';

/** Messages of unit trees, headcounts and establishment statistics. Split by domain so a validator bundles only the messages it can report. */
export const unitMessages = {
  'zh-CN': {
    duplicate_unit: (p) => `单位“${String(p.path)}”重复：与第 ${String(p.otherRow)} 行相同`,
    missing_parent: (p) =>
      p.created
        ? `上级单位“${String(p.parent)}”不在单位表中，已按路径自动补建，请核实`
        : `上级单位“${String(p.parent)}”不在单位表中`,
    multiple_roots: (p) => `单位表有 ${String(p.count)} 个顶级单位（${String(p.roots)}），应只有一个`,
    path_without_root: (p) =>
      p.resolved
        ? `路径“${String(p.input)}”省略了顶级单位，已按“${String(p.path)}”处理`
        : `路径“${String(p.input)}”省略了顶级单位，且有多种理解：${String(p.candidates)}`,
    unknown_unit: (p) =>
      `单位“${String(p.path)}”不在${p.under ? `“${String(p.under)}”的` : '单位'}组织架构中${p.suggestions ? `，是否为：${String(p.suggestions)}` : ''}`,
    count_mismatch: (p) =>
      p.declared === null || p.declared === undefined
        ? `${String(p.name)}：确认表中未填报，名册中为 ${String(p.computed)} 人`
        : `${String(p.name)}：填报 ${String(p.declared)} 人，名册中为 ${String(p.computed)} 人`,
    over_establishment: (p) =>
      `${String(p.unit)}：${String(p.type)}实有 ${String(p.actual)} 人，核定 ${String(p.approved)} 名，超编 ${String(p.over ?? Number(p.actual) - Number(p.approved))} 名`,
    leader_posts_exceeded: (p) =>
      `${String(p.unit)}：实配领导 ${String(p.actual)} 名，核定领导职数 ${String(p.approved)} 名，超配 ${String(p.over ?? Number(p.actual) - Number(p.approved))} 名`,
    reported_actual_mismatch: (p) =>
      `${String(p.unit)}：${String(p.type)}填报实有 ${String(p.reported)} 人，实名名册中为 ${String(p.named)} 人`,
    rollup_mismatch: (p) =>
      `${String(p.unit)}：${String(p.field)}填报合计 ${String(p.declared)}，各项之和为 ${String(p.computed)}`,
    reported_twice: (p) => `单位“${String(p.unit)}”在多份上报中重复出现（${String(p.sources)}）`,
  },
  en: {
    duplicate_unit: (p) => `unit "${String(p.path)}" appears twice: same as row ${String(p.otherRow)}`,
    missing_parent: (p) =>
      p.created
        ? `parent unit "${String(p.parent)}" is not in the unit table; it was created from the path, please check`
        : `parent unit "${String(p.parent)}" is not in the unit table`,
    multiple_roots: (p) => `the unit table has ${String(p.count)} top-level units (${String(p.roots)}); expected one`,
    path_without_root: (p) =>
      p.resolved
        ? `path "${String(p.input)}" omits the top-level unit; read as "${String(p.path)}"`
        : `path "${String(p.input)}" omits the top-level unit and is ambiguous: ${String(p.candidates)}`,
    unknown_unit: (p) =>
      `unit "${String(p.path)}" is not in ${p.under ? `the structure of "${String(p.under)}"` : 'the unit tree'}${p.suggestions ? `; did you mean: ${String(p.suggestions)}` : ''}`,
    count_mismatch: (p) =>
      p.declared === null || p.declared === undefined
        ? `${String(p.nameEn ?? p.name)}: not in the declared table, the roster has ${String(p.computed)} people`
        : `${String(p.nameEn ?? p.name)}: declared ${String(p.declared)} people, the roster has ${String(p.computed)}`,
    over_establishment: (p) =>
      `${String(p.unit)}: ${String(p.actual)} actual staff of type ${String(p.typeEn ?? p.type)} exceed the approved ${String(p.approved)} by ${String(p.over ?? Number(p.actual) - Number(p.approved))}`,
    leader_posts_exceeded: (p) =>
      `${String(p.unit)}: ${String(p.actual)} leaders exceed the ${String(p.approved)} approved leader posts by ${String(p.over ?? Number(p.actual) - Number(p.approved))}`,
    reported_actual_mismatch: (p) =>
      `${String(p.unit)}: ${String(p.typeEn ?? p.type)} reported as ${String(p.reported)} actual, the named roster has ${String(p.named)}`,
    rollup_mismatch: (p) =>
      `${String(p.unit)}: declared total ${String(p.fieldEn ?? p.field)} ${String(p.declared)}, the parts add up to ${String(p.computed)}`,
    reported_twice: (p) => `unit "${String(p.unit)}" is in more than one report (${String(p.sources)})`,
  },
} satisfies MessageCatalog<
  | 'duplicate_unit'
  | 'missing_parent'
  | 'multiple_roots'
  | 'path_without_root'
  | 'unknown_unit'
  | 'count_mismatch'
  | 'over_establishment'
  | 'leader_posts_exceeded'
  | 'reported_actual_mismatch'
  | 'rollup_mismatch'
  | 'reported_twice'
>;
