// Checks rows of a 党员基本信息采集表 and one 党组织和所在单位基本信息采集表 record the way a clerk fills them
// in, prints every problem with its field, and shows the accepted rows masked (敏感信息可用不可见).
// Usage: node examples/check-party-members.mjs [--en]   (all people are synthetic)
import { maskPartyMember, validatePartyMember, validatePartyOrg } from 'cn-orgdata';

const locale = process.argv.includes('--en') ? 'en' : 'zh-CN';
const asOf = '2026-11-25';

// Synthetic ID numbers: address code + birth date + order code, with the GB 11643 check character.
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const makeId = (body) => body + '10X98765432'[W.reduce((s, w, i) => s + w * Number(body[i]), 0) % 11];

const base = {
  name: '张三',
  sex: '男',
  ethnicity: '汉',
  idNumber: makeId('43060219900101123'),
  birthDate: '1990年1月1日',
  education: '大学',
  category: '正式党员',
  branch: '机关第一党支部',
  joinedDate: '2012-06-01',
  fullMemberDate: '2013-06-01',
  jobPost: '公务员',
  mobile: '138 1234 5678',
  landline: '0730-1234567',
  address: '湖南省岳阳市岳阳楼区某某路 1 号',
  membershipStatus: '正常',
  lostContact: '否',
  floating: '否',
};

const rows = [
  ['一条完整的记录', base],
  ['性别与身份证号不符', { ...base, name: '李四', sex: '女' }],
  ['未满 18 岁入党', { ...base, name: '王五', joinedDate: '2007-12-31', fullMemberDate: '2008-12-31' }],
  ['正式党员缺转正日期', { ...base, name: '赵六', fullMemberDate: '' }],
  [
    '预备党员预备期已过两年',
    { ...base, name: '钱七', category: '预备党员', joinedDate: '2023-05-10', fullMemberDate: '' },
  ],
  ['失联党员缺失去联系日期', { ...base, name: '孙八', lostContact: '是', mobile: '', landline: '' }],
  ['流动党员缺外出流向', { ...base, name: '周九', floating: '是' }],
  ['学历填了分类代码', { ...base, name: '吴十', education: '1' }],
  ['学生岗位年龄存疑', { ...base, name: '郑一', jobPost: '大学本科一年级学生' }],
];

console.log(`党员基本信息（asOf ${asOf}）`);
rows.forEach(([title, row], index) => {
  const result = validatePartyMember(row, { locale, asOf, path: [index + 1] });
  const found = result.ok ? result.warnings : result.issues;
  console.log(
    `\n  第 ${index + 1} 行 · ${title}：${result.ok ? (found.length ? '通过（有提醒）' : '通过') : '不通过'}`,
  );
  for (const issue of found) {
    console.log(
      `    ${issue.severity === 'error' ? '✗' : '!'} ${issue.path.slice(1).join('.')}：${issue.message} [${issue.code}]`,
    );
  }
  if (result.ok) {
    const shown = maskPartyMember(result.value);
    console.log(
      `    ${shown.name} ${shown.idNumber} ${shown.mobile ?? ''} ${shown.landline ?? ''} ${shown.address ?? ''}`,
    );
  }
});

// A 联合支部 needs two or more units and the category 联合党支部: this record has one unit and says 党支部.
const org = {
  name: '中共某某商会联合支部委员会',
  secretary: '张三',
  contact: '李四',
  contactPhone: '0730-1234567',
  category: '党支部',
  unitRelation: '联合支部',
  units: [
    {
      name: '某某商贸有限公司',
      nature: '非公有经济控制',
      partyOrgStatus: '建立联合党支部的',
      code: '91350100M000100Y43',
    },
  ],
};
const orgResult = validatePartyOrg(org, { locale });
console.log(`\n党组织“${org.name}”：${orgResult.ok ? '通过' : '不通过'}`);
for (const issue of orgResult.ok ? orgResult.warnings : orgResult.issues) {
  console.log(`  ${issue.severity === 'error' ? '✗' : '!'} ${issue.path.join('.')}：${issue.message} [${issue.code}]`);
}
