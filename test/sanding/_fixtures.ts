// Synthetic 机构编制 history of one department: a 2010 三定规定, a 2017 adjustment, a 2019 三定规定.

export const DEPARTMENT = '示例县/示例县民政局';
export const AS_OF = '2026-01-01';

export const scheme2010 = {
  issuer: '中共示例县委机构编制委员会',
  number: '示编〔2010〕5号',
  title: '示例县民政局主要职责内设机构和人员编制规定',
  date: '2010-06-01',
  scheme: true,
  changes: [
    { type: 'add-function', function: { id: 'F01', name: '负责全县社会组织登记管理' } },
    { type: 'add-function', function: { id: 'F02', name: '负责全县救灾工作' } },
    { type: 'create-organ', organ: '办公室' },
    { type: 'create-organ', organ: '社会事务股' },
    { type: 'create-organ', organ: '救灾救济股' },
    { type: 'change-establishment', establishmentType: '行政编制', set: 10 },
    { type: 'change-establishment', establishmentType: '工勤编制', set: 2 },
    { type: 'change-leader-posts', post: '局长', set: 1 },
    { type: 'change-leader-posts', post: '副局长', set: 2 },
  ],
};

export const reply2017 = {
  issuer: '示例县机构编制委员会办公室',
  number: '示编办〔2017〕11号',
  title: '关于调整示例县民政局内设机构和编制的批复',
  date: '2017-03-01',
  amends: '示编〔2010〕5号',
  changes: [
    { type: 'rename-organ', organ: '社会事务股', newName: '社会事务和社会救助股' },
    { type: 'change-establishment', establishmentType: '行政编制', delta: 2 },
    { type: 'change-leader-posts', post: '副局长', delta: 1 },
    { type: 'add-function', function: '负责全县婚姻登记管理' },
  ],
};

export const scheme2019 = {
  issuer: '中共示例县委机构编制委员会',
  number: '示编〔2019〕8号',
  title: '示例县民政局职能配置、内设机构和人员编制规定',
  date: '2019-03-15',
  scheme: true,
  current: true,
  changes: [
    { type: 'add-function', function: { id: 'F01', name: '负责全县社会组织登记管理' } },
    { type: 'add-function', function: '负责全县婚姻登记管理' },
    { type: 'add-function', function: { id: 'F04', name: '负责全县养老服务体系建设' } },
    { type: 'transfer-function-out', function: { id: 'F02' }, department: '示例县应急管理局' },
    { type: 'create-organ', organ: '办公室' },
    { type: 'rename-organ', organ: '社会事务和社会救助股', newName: '社会救助股' },
    { type: 'abolish-organ', organ: '救灾救济股' },
    { type: 'create-organ', organ: '养老服务股' },
    { type: 'change-establishment', establishmentType: '行政编制', set: 12 },
    { type: 'change-establishment', establishmentType: '工勤编制', delta: -1 },
    { type: 'change-leader-posts', post: '局长', set: 1 },
    { type: 'change-leader-posts', post: '副局长', set: 3 },
  ],
};

export const history = { department: DEPARTMENT, documents: [scheme2010, reply2017, scheme2019] };

export const ZERO = { administrative: 0, 'political-legal': 0, 'public-institution': 0, worker: 0 };

/** The issues of a Result, whichever its outcome. */
export function issuesOf(result: { ok: boolean; issues?: unknown; warnings?: unknown }) {
  return (result.ok ? result.warnings : result.issues) as {
    code: string;
    severity: string;
    path: unknown[];
    message: string;
    params: Record<string, unknown>;
  }[];
}
