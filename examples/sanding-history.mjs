// 机构编制历史 (三定): builds one department's history from three approval documents, prints its 三定 at two
// dates, checks its 权力清单 against the functions and its establishment against the statistics record, then
// prints the issues of a deliberately inconsistent history. Synthetic department and documents only.
// Usage: node examples/sanding-history.mjs [--en]
import {
  reconcileSanDing,
  reconcileTransfers,
  sanDingAsOf,
  validatePowerList,
  validateSanDingHistory,
} from 'cn-orgdata';

const locale = process.argv.includes('--en') ? 'en' : 'zh-CN';
const asOf = '2026-01-01';
const department = '示例县/示例县民政局';

// 1. The 2010 三定规定: functions, internal organs, establishment and leader posts, stated in full.
const scheme2010 = {
  issuer: '中共示例县委机构编制委员会',
  number: '示编〔2010〕5号',
  title: '示例县民政局主要职责内设机构和人员编制规定',
  date: '2010-06-01',
  scheme: '是',
  changes: [
    { type: '增加职能', function: { id: 'F01', name: '负责全县社会组织登记管理' } },
    { type: '增加职能', function: { id: 'F02', name: '负责全县救灾工作' } },
    { type: '增加职能', function: { id: 'F03', name: '负责全县婚姻登记管理' } },
    { type: '设立内设机构', organ: '办公室' },
    { type: '设立内设机构', organ: '社会事务股' },
    { type: '设立内设机构', organ: '救灾救济股' },
    { type: '调整编制', establishmentType: '行政编制', set: 10 },
    { type: '调整编制', establishmentType: '工勤编制', set: 2 },
    { type: '调整领导职数', post: '局长', set: 1 },
    { type: '调整领导职数', post: '副局长', set: 2 },
  ],
};

// 2. A 2017 reply (批复) that amends it: the year written in square brackets, as clerks often do.
const reply2017 = {
  issuer: '示例县机构编制委员会办公室',
  number: '示编办[2017]11号',
  title: '关于调整示例县民政局内设机构和编制的批复',
  date: '2017年3月1日',
  amends: '示编〔2010〕5号',
  changes: [
    { type: '内设机构更名', organ: '社会事务股', newName: '社会事务和社会救助股' },
    { type: '调整编制', establishmentType: '行政编制', delta: '+2' },
    { type: '调整领导职数', post: '副局长', delta: 1 },
  ],
};

// 3. The 2019 三定规定 after the institutional reform: 救灾 goes to the new 应急管理局; marked 现行三定.
const scheme2019 = {
  issuer: '中共示例县委机构编制委员会',
  number: '示编〔2019〕8号',
  title: '示例县民政局职能配置、内设机构和人员编制规定',
  date: '2019-03-15',
  scheme: '是',
  current: '是',
  changes: [
    { type: '增加职能', function: { id: 'F01', name: '负责全县社会组织登记管理' } },
    { type: '增加职能', function: { id: 'F03', name: '负责全县婚姻登记管理' } },
    { type: '增加职能', function: { id: 'F04', name: '负责全县养老服务体系建设' } },
    { type: '划出职能', function: { id: 'F02' }, department: '示例县应急管理局' },
    { type: '设立内设机构', organ: '办公室' },
    { type: '内设机构更名', organ: '社会事务和社会救助股', newName: '社会救助股' },
    { type: '撤销内设机构', organ: '救灾救济股' },
    { type: '设立内设机构', organ: '养老服务股' },
    { type: '调整编制', establishmentType: '行政编制', set: 12 },
    { type: '调整编制', establishmentType: '工勤编制', set: 1 },
    { type: '调整领导职数', post: '局长', set: 1 },
    { type: '调整领导职数', post: '副局长', set: 3 },
  ],
};

// Entered in any order: the documents apply by date.
const history = { department, documents: [scheme2019, reply2017, scheme2010] };

function printState(state) {
  const en = locale === 'en';
  console.log(
    `\n${en ? 'Three determinations of' : '三定'} ${state.department} ${en ? 'on' : '（'}${state.date}${en ? '' : '）'}`,
  );
  console.log(
    `  ${en ? 'scheme in force' : '适用的三定规定'}: ${state.scheme}${state.current ? (en ? ' (current)' : '（现行）') : ''}`,
  );
  console.log(`  ${en ? 'functions' : '职能'}: ${state.functions.map((f) => f.name).join('；')}`);
  console.log(`  ${en ? 'internal organs' : '内设机构'}: ${state.organs.map((o) => o.name).join('、')}`);
  const e = state.establishment;
  console.log(
    `  ${en ? 'establishment' : '编制'}: ${en ? 'administrative' : '行政编制'} ${e.administrative}, ${en ? 'worker' : '工勤编制'} ${e.worker}`,
  );
  const posts = Object.entries(state.leaderPostsByTitle).map(([post, n]) => `${post} ${n}`);
  console.log(`  ${en ? 'leader posts' : '领导职数'}: ${state.leaderPosts} (${posts.join(', ')})`);
  console.log(`  ${en ? 'documents applied' : '已适用的文件'}: ${state.documents.join('、')}`);
}

const at2018 = sanDingAsOf(history, '2018-01-01', { locale, asOf });
printState(at2018);
printState(sanDingAsOf(history, '2024-06-30', { locale, asOf }));
console.log(`\n${locale === 'en' ? 'Notes on the history' : '历史记录提示'}:`);
for (const issue of at2018.issues) console.log(`  [${issue.severity}] ${issue.path.join('.')}: ${issue.message}`);

// 权力清单: one item links to a function transferred out in 2019, one is implemented by another department.
const powers = validatePowerList(
  [
    {
      name: '社会团体成立登记',
      category: '行政许可',
      department: `${department}/社会救助股`,
      target: '社会团体',
      basis: '《社会团体登记管理条例》',
      function: 'F01',
    },
    {
      name: '自然灾害救助款物发放',
      category: '给付',
      department,
      basis: '《自然灾害救助条例》',
      function: '负责全县救灾工作',
    },
    {
      name: '婚姻登记',
      category: '行政确认',
      department: '示例县/示例县公安局',
      basis: '《婚姻登记条例》',
      function: '负责全县婚姻登记',
    },
  ],
  { history, date: '2024-06-30', locale, asOf },
);
console.log(`\n${locale === 'en' ? 'Power list' : '权力清单'}:`);
for (const issue of powers.ok ? powers.warnings : powers.issues) {
  console.log(`  [${issue.severity}] ${issue.path.join('.')}: ${issue.message}`);
}

// 三定 against the establishment statistics of the same date.
const reconciliation = reconcileSanDing(
  history,
  [{ unitPath: department, approved: { 行政编制: 11, 工勤编制: 1 }, leaderPosts: 4 }],
  { date: '2024-06-30', locale, asOf },
);
console.log(`\n${locale === 'en' ? 'Against the statistics' : '与编制统计核对'}:`);
for (const issue of reconciliation.issues) console.log(`  [${issue.severity}] ${issue.message}`);

// 职能划转 across departments: 民政局 transfers 救灾 out to 应急管理局 in 2019; 应急管理局's 三定 records it
// arriving, but also claims 婚姻登记 from 民政局, which 民政局 keeps (both departments would hold it).
const emergency = {
  department: '示例县/示例县应急管理局',
  documents: [
    {
      issuer: '中共示例县委机构编制委员会',
      number: '示编〔2019〕9号',
      title: '示例县应急管理局职能配置、内设机构和人员编制规定',
      date: '2019-04-01',
      scheme: '是',
      current: '是',
      changes: [
        { type: '增加职能', function: '负责全县安全生产综合监督管理' },
        { type: '划入职能', function: { id: 'F02', name: '负责全县救灾工作' }, department: '示例县民政局' },
        { type: '划入职能', function: '负责全县婚姻登记管理', department: '示例县民政局' },
        { type: '设立内设机构', organ: '办公室' },
      ],
    },
  ],
};
const transfers = reconcileTransfers([history, emergency], { locale, asOf });
console.log(`\n${locale === 'en' ? 'Transfers between departments' : '部门之间的职能划转'}:`);
for (const transfer of transfers.transfers) {
  console.log(
    `  ${transfer.department} ${transfer.direction === 'out' ? '→' : '←'} ${transfer.otherDepartment}: ${transfer.function.name} (${transfer.document}) ${transfer.status}`,
  );
}
for (const issue of transfers.issues) console.log(`  [${issue.severity}] ${issue.message}`);

// A deliberately inconsistent history: every kind of mistake the replay finds.
const broken = {
  department,
  documents: [
    { ...scheme2010, current: '是' },
    {
      issuer: '示例县机构编制委员会办公室',
      number: '示编办〔2016〕3号',
      title: '关于调整示例县民政局内设机构的批复',
      date: '2016-05-01',
      amends: '示编办〔2017〕11号',
      changes: [
        { type: '撤销内设机构', organ: '救灾救济股' },
        { type: '撤销内设机构', organ: '救灾救济股' },
        { type: '内设机构更名', organ: '信访股', newName: '信访和法规股' },
        { type: '设立内设机构', organ: '办公室' },
        { type: '取消职能', function: '负责全县殡葬管理' },
        { type: '调整编制', establishmentType: '工勤编制', delta: -3 },
      ],
    },
    { ...reply2017, number: '示编办〔2017〕11号' },
    { ...scheme2019, current: '否' },
  ],
};
const result = validateSanDingHistory(broken, { locale, asOf });
console.log(`\n${locale === 'en' ? 'Issues of an inconsistent history' : '不一致的历史记录'}:`);
for (const issue of result.ok ? result.warnings : result.issues) {
  console.log(`  [${issue.severity}] ${issue.path.join('.')}: ${issue.message} (${issue.code})`);
}
