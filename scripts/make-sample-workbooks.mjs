// Generates the sample workbooks of examples/data/ (read by examples/check-workbook.mjs and `npm run demo`).
// Everything is synthetic: invented names, ID numbers built here from a real region code and the
// GB 11643 check digit, USCCs with the GB 32100 / GB 11714 check characters. Each file holds deliberate
// mistakes of the kinds real files carry (listed next to each row). Deterministic: run it again and the
// files come out the same (test/sheets/samples.test.ts checks that the committed ones are current).
// Usage: node scripts/make-sample-workbooks.mjs [output folder, default examples/data]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from 'xlsx';

const OUT = join(process.argv[2] ?? fileURLToPath(new URL('../examples/data/', import.meta.url)), '/');

// --- identifiers, computed from the standards' formulas ------------------------------------------------
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(body17) {
  const s = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(body17[i]), 0);
  const v = (12 - (s % 11)) % 11;
  return v === 10 ? 'X' : String(v);
}
/** A resident ID: region, birth date yyyymmdd, order (odd for men, even for women). */
const makeId = (region, ymd, order) => {
  const body = region + ymd + String(order).padStart(3, '0');
  return body + idCheck(body);
};
/** The same ID with a wrong check digit. */
const breakCheck = (id) => id.slice(0, 17) + (id[17] === '0' ? '1' : id[17] === 'X' ? '0' : 'X');

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function orgCheck(body8) {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  const value = (c) => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55);
  const v = 11 - (weights.reduce((acc, w, i) => acc + w * value(body8[i]), 0) % 11);
  return v === 10 ? 'X' : v === 11 ? '0' : String(v);
}
function makeUscc(prefix8, orgBody8) {
  const body = prefix8 + orgBody8 + orgCheck(orgBody8);
  let w = 1;
  let s = 0;
  for (let i = 0; i < 17; i++) {
    s += USCC_ALPHABET.indexOf(body[i]) * w;
    w = (w * 3) % 31;
  }
  return body + USCC_ALPHABET[(31 - (s % 31)) % 31];
}

// --- cells -------------------------------------------------------------------------------------------
/** A text cell formatted @, as a template exported by a system has them. */
const text = (v) => ({ t: 's', v, z: '@' });
/** A number typed into a cell (what Excel does to an ID typed without a leading apostrophe). */
const num = (v) => ({ t: 'n', v });
/** A real date cell: the serial number with a date format (1900 system). */
const dateCell = (y, m, d) => ({
  t: 'n',
  v: (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000,
  z: 'yyyy-mm-dd',
});

/** A sheet from rows of values and SheetJS cell objects (kept as given: type, value, format, formula). */
function sheetOf(rows, { merges = [], widths = [] } = {}) {
  const ws = XLSX.utils.aoa_to_sheet(rows);
  if (merges.length) ws['!merges'] = merges;
  if (widths.length) ws['!cols'] = widths.map((wch) => ({ wch }));
  return ws;
}

function save(file, sheets) {
  const book = XLSX.utils.book_new();
  for (const [name, ws] of sheets) XLSX.utils.book_append_sheet(book, ws, name);
  const bytes = XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true });
  writeFileSync(OUT + file, bytes);
  if (!process.env.QUIET) console.log(`${file}: ${bytes.length} bytes`);
}

const merge = (r1, c1, r2, c2) => ({ s: { r: r1, c: c1 }, e: { r: r2, c: c2 } });

// --- the unit tree (单位基本情况表) -------------------------------------------------------------------
const ROOT = '示例县';
const MZ = `${ROOT}/示例县民政局`;
const CZ = `${ROOT}/示例县财政局`;
const TOWN = `${ROOT}/示例县城关镇`;

function unitInfo() {
  const u = (path, virtual, kind, uscc = '', sync = '是', phone = '') => [path, virtual, kind, uscc, sync, phone];
  const rows = [
    ['单位基本情况表'],
    // Real headers wrap and use full-width brackets: matched all the same.
    ['部门名称\n（全路径）', '是否虚拟部门', '组织类型', '统一社会信用代码', '同步到系统', '部门负责人\n电话'],
    u(ROOT, '否', '单位', makeUscc('11430600', 'MB000001')),
    u(MZ, '否', '单位', makeUscc('11430600', 'MB000102'), '是', '0730-8221001'),
    u(`${MZ}/班子成员`, '是', '部门'),
    u(`${MZ}/办公室`, '否', '部门', '', '是', text('13807301001')),
    u(`${MZ}/社会救助股`, '否', '部门'),
    u(`${MZ}/养老服务股`, '否', '部门'),
    u(`${MZ}/示例县救助管理站`, '否', '单位', makeUscc('12430600', 'MB000203')),
    u(`${MZ}/示例县社会福利院`, '否', '单位', makeUscc('12430600', 'MB000304')),
    u(`${MZ}/示例县老龄工作委员会办公室`, '否', '单位'), // a 挂牌机构 (see establishment.xlsx)
    u(`${MZ}/示例县殡仪馆`, '否', '单位', makeUscc('12430600', 'MB000405')),
    // full-width slashes and spaces around levels: normalised
    u(`${ROOT} ／ 示例县财政局`, '否', '单位', makeUscc('11430600', 'MB000506')),
    u(`${CZ}/班子成员`, '是', '部门'),
    u(`${CZ}/办公室`, '否', '部门'),
    u(`${CZ}/预算股`, '否', '部门', '', '是', text('0730-8221234')),
    // mistake: a landline typed as a number: the leading 0 of the area code is gone
    u(`${CZ}/国库股`, '否', '部门', '', '是', num(7308221235)),
    // mistake: 是否虚拟部门 must be 是 or 否
    u(`${CZ}/会计股`, '也许', '部门'),
    // mistake: a USCC with a wrong check character
    u(`${CZ}/示例县财政投资评审中心`, '否', '单位', '12430600MB0008090Y'),
    // mistake: the same unit twice
    u(`${CZ}/办公室`, '否', '部门'),
    u(TOWN, '否', '单位', makeUscc('11430600', 'MB000607')),
    u(`${TOWN}/班子成员`, '是', '部门'),
    u(`${TOWN}/党政综合办公室`, '否', '部门'),
    u(`${TOWN}/城南社区`, '否', '单位'),
    u(`${TOWN}/桃花村`, '否', '单位'),
  ];
  save('unit-info.xlsx', [
    ['单位基本情况表', sheetOf(rows, { merges: [merge(0, 0, 0, 5)], widths: [40, 12, 10, 22, 10, 16] })],
  ]);
}

// --- the roster (单位用户信息表) ----------------------------------------------------------------------
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘'];
const GIVEN = [
  '晓明',
  '丽华',
  '建国',
  '秀英',
  '志强',
  '海燕',
  '文杰',
  '雪梅',
  '国庆',
  '春兰',
  '子涵',
  '雨欣',
  '浩然',
  '思远',
];

function unitUsers() {
  const header = ['序号', '姓名', '性别', '部门名称(全路径)', '职务', '证件类型', '证件号码', '座机号码', '手机号码'];
  const places = [
    [`${MZ}/班子成员`, 4, '局长'],
    [`${MZ}/办公室`, 3, '科员'],
    [`${MZ}/社会救助股`, 3, '股长'],
    [`${MZ}/养老服务股`, 2, '科员'],
    [`${MZ}/示例县救助管理站`, 4, '站长'],
    [`${MZ}/示例县社会福利院`, 3, '院长'],
    [`${MZ}/示例县殡仪馆`, 2, '馆长'],
    [MZ, 1, '驾驶员'],
    [`${CZ}/班子成员`, 3, '局长'],
    [`${CZ}/办公室`, 2, '科员'],
    [`${CZ}/预算股`, 3, '股长'],
    [`${TOWN}/班子成员`, 3, '镇长'],
    [`${TOWN}/党政综合办公室`, 2, '办事员'],
    [`${TOWN}/城南社区`, 2, '社区主任'],
    [`${TOWN}/桃花村`, 2, '村支书'],
  ];
  const people = [];
  let n = 0;
  for (const [path, count, post] of places) {
    for (let i = 0; i < count; i++, n++) {
      const female = n % 3 === 1;
      const year = 1965 + ((n * 7) % 35);
      const ymd = `${year}${String((n % 12) + 1).padStart(2, '0')}${String((n % 27) + 1).padStart(2, '0')}`;
      const order = 100 + n * 2 + (female ? 0 : 1);
      people.push({
        name: SURNAMES[n % SURNAMES.length] + GIVEN[(n * 5) % GIVEN.length],
        sex: female ? '女' : '男',
        path,
        post: i === 0 ? post : '科员',
        type: '身份证',
        id: makeId(n % 2 ? '430602' : '430671', ymd, order),
        landline: `0730-82${String(21000 + n).padStart(5, '0')}`,
        mobile: `138073${String(10000 + n * 37).padStart(5, '0')}`,
      });
    }
  }
  // The deliberate mistakes, one kind per row (the comment says what the check must find).
  const p = (i) => people[i];
  p(1).id = breakCheck(p(1).id); // invalid_checksum
  p(2).idCell = num(Number(p(2).id.slice(0, 15)) * 1000); // ID typed as a number: last digits lost → spreadsheet_number
  p(3).sex = p(3).sex === '男' ? '女' : '男'; // sex_mismatch with the ID's order digit
  p(5).path = `${ROOT}/示例县民正局/办公室`; // typo in the unit path → unknown_unit with a suggestion (headcount)
  p(6).path = '示例县民政局/社会救助股'; // without the root: resolved with a path_without_root warning
  p(8).id = p(8).id.slice(0, 6) + p(8).id.slice(8, 17); // a 15-digit first-generation ID
  Object.assign(p(10), { name: p(9).name, sex: p(9).sex, id: p(9).id }); // one person entered twice → duplicate_id_number
  p(12).mobile = p(11).mobile; // two people share a mobile → duplicate_mobile (warning)
  p(13).mobile = '1380730123'; // 10 digits → invalid_length
  p(14).landline = '8221999'; // no area code → missing_area_code
  p(15).landlineCell = num(7308221777); // landline typed as a number → spreadsheet_number
  p(16).name = ''; // required
  p(17).type = '军官证';
  p(17).id = '南字第2019123号'; // 军官证 number: accepted as written
  p(18).type = '护照';
  p(18).id = 'E12345678';
  p(19).name = '阿卜杜·热合曼'; // a middle dot: valid
  p(20).path = `${CZ} / 办公室`; // spaces around the separator: normalised
  p(21).mobileCell = { t: 'e', v: 42, w: '#N/A' }; // an error value (a VLOOKUP that found nothing) → error_cell
  p(22).post = { t: 's', v: '科员', f: 'IF(1,"科员","")' }; // a formula → formula_cell (warning)
  p(24).name = '王5'; // digits in a name → invalid_name
  p(26).path = `${TOWN}/桃花材`; // typo → unknown_unit
  p(27).id = `${p(27).id.slice(0, 10)}13${p(27).id.slice(12, 17)}`; // month 13 → invalid birth date
  p(27).id += idCheck(p(27).id);
  const rows = [['单位用户信息表'], header];
  people.forEach((q, i) => {
    rows.push([
      i + 1,
      q.name,
      q.sex,
      q.path,
      q.post,
      q.type,
      q.idCell ?? text(q.id),
      q.landlineCell ?? text(q.landline),
      q.mobileCell ?? text(q.mobile),
    ]);
    if (i === 19) rows.push([]); // a blank row in the middle: counted, not an error
  });
  save('unit-users.xlsx', [
    ['单位用户信息表', sheetOf(rows, { merges: [merge(0, 0, 0, 8)], widths: [6, 10, 6, 36, 10, 10, 22, 16, 14] })],
  ]);
}

// --- the confirmation table (统计确认表, 区直单位) as 示例县民政局 filled it -----------------------------
function confirmation() {
  const rows = [
    ['单位组织架构及通讯录统计确认表（区直单位）'],
    ['单位名称：', '示例县民政局'],
    ['一、部门'],
    ['序号', '部门名称', '部门人数'],
    [1, '班子成员', 2], // the roster counts 1 (its other rows were rejected) → count_mismatch
    [2, '办公室', '1人'], // '1人' is read as 1
    [3, '社会救助服务股', 3], // no such department (社会救助股) → unknown_unit with a suggestion, 社会救助股 not declared
    [4, '养老服务股', 1],
    ['人数汇总', '', 8], // the rows add up to 7 → rollup_mismatch
    ['二、下属机构'],
    ['序号', '下属机构名称', '机构人数'],
    [1, '示例县救助管理站', 1],
    [2, '示例县社会福利院', '两'], // not a number → invalid_format
    // 示例县殡仪馆 left out → not declared
    ['人数汇总', '', 3],
    ['合计', '', 11],
    [],
    ['单位负责人（签字）：', '', '填表日期：2026年11月20日'],
  ];
  const merges = [
    merge(0, 0, 0, 2),
    merge(2, 0, 2, 2),
    merge(8, 0, 8, 1),
    merge(9, 0, 9, 2),
    merge(13, 0, 13, 1),
    merge(14, 0, 14, 1),
  ];
  save('confirmation-county.xlsx', [['统计确认表', sheetOf(rows, { merges, widths: [10, 30, 12] })]]);
}

// --- party members (党员基本信息汇总表, two-row header) ---------------------------------------------------
function partyMembers() {
  const top = [
    '序号',
    '姓名',
    '性别',
    '民族',
    '公民身份号码',
    '出生日期',
    '学历',
    '人员类别',
    '所在党支部',
    '加入党组织日期',
    '转为正式党员日期',
    '工作岗位',
    '联系电话',
    '',
    '家庭住址',
    '党籍状态',
    '是否为失联党员',
    '失去联系日期',
    '是否为流动党员',
    '外出流向',
  ];
  const sub = top.map((_, i) => (i === 12 ? '手机号' : i === 13 ? '固定电话' : ''));
  const merges = [
    merge(0, 0, 0, 19),
    merge(1, 12, 1, 13),
    ...top.map((_, c) => merge(1, c, 2, c)).filter((m) => m.s.c !== 12 && m.s.c !== 13),
  ];
  const branch = '中共示例县民政局机关支部委员会';
  const m = (name, sex, ymd, order, birth, joined, full, extra = {}) => {
    const id = makeId('430602', ymd, order);
    return [
      0,
      name,
      sex,
      '汉族',
      text(extra.id ?? id),
      birth,
      '21 大学',
      extra.category ?? '正式党员',
      branch,
      joined,
      full,
      '011 公务员',
      text(`1390730${String(order).padStart(4, '0')}`),
      text('0730-8223001'),
      '示例县城关镇人民路 1 号',
      '正常',
      extra.lost ?? '否',
      extra.lostDate ?? '',
      extra.floating ?? '否',
      extra.destination ?? '',
    ];
  };
  const rows = [
    ['党员基本信息汇总表'],
    top,
    sub,
    // dates in many shapes, all valid
    m('周晓明', '男', '19800312', 101, '1980-03-12', '2005/6/1', '2006.06.01'),
    m('吴丽华', '女', '19850704', 102, '1985年7月4日', '20080701', dateCell(2009, 7, 1)),
    m('郑建国', '男', '19761120', 103, dateCell(1976, 11, 20), num(dateCell(2000, 7, 1).v), '2001-07-01'), // a serial without format
    // mistakes
    m('冯秀英', '女', '19900215', 104, '1990-02-30', '2015-06-01', '2016-06-01'), // 2月30日 → invalid_date
    m('陈志强', '男', '19880808', 105, '1988-08-08', '2016-05-01', ''), // 正式党员 without 转正日期
    m('褚海燕', '女', '19920101', 106, '1992-01-01', '2024-01-10', '', { category: '预备党员' }), // probation over a year → warning
    m('卫文杰', '男', '19951010', 107, '1995-10-10', '2030-01-01', '2031-01-01'), // joined in the future
    m('蒋雪梅', '女', '19700505', 108, '1970-05-05', '1995-07-01', '1996-07-01', { lost: '是', lostDate: '2020.3' }), // 年月 only: fine
    m('沈国庆', '男', '19691001', 109, '1969-10-01', '1990-07-01', '1991-07-01', { lost: '是' }), // lost without a date
    m('韩春兰', '女', '19830909', 110, '1983-09-09', '2010-07-01', '2011-07-01', { floating: '是' }), // floating without destination
  ];
  rows.forEach((row, i) => {
    if (i >= 3) row[0] = i - 2;
  });
  rows[9][3] = num(1); // 民族 typed as 1: the code 01 lost its leading zero → spreadsheet_number
  save('party-members.xlsx', [
    [
      '党员基本信息汇总表',
      sheetOf(rows, { merges, widths: [6, 10, 6, 8, 22, 12, 12, 10, 30, 14, 14, 16, 14, 16, 24, 8, 8, 10, 8, 12] }),
    ],
  ]);
}

// --- party organisations (党组织和所在单位信息汇总表): a 联合支部 spans rows -------------------------------
function partyOrgs() {
  const top = [
    '序号',
    '党组织名称',
    '党组织书记',
    '党组织联系人',
    '联系电话',
    '组织类别',
    '党组织所在单位情况',
    '党组织所在单位',
    '',
    '',
    '',
  ];
  const sub = ['', '', '', '', '', '', '', '单位名称', '单位类别', '单位建立党组织情况', '党组织所在单位代码'];
  const org = (seq, name, secretary, contact, phone, category, relation, unit = ['', '', '', '']) => [
    seq,
    name,
    secretary,
    contact,
    text(phone),
    category,
    relation,
    unit[0],
    unit[1],
    unit[2],
    text(unit[3]),
  ];
  const unit = (name, nature, status, code) => ['', '', '', '', '', '', '', name, nature, status, text(code)];
  const rows = [
    ['党组织和所在单位信息汇总表'],
    top,
    sub,
    org(1, '中共示例县民政局机关支部委员会', '周晓明', '吴丽华', '0730-8223001', '631 党支部', '法人单位', [
      '示例县民政局',
      '4 机关',
      '13 建立党支部的',
      makeUscc('11430600', 'MB000102'),
    ]),
    // a 联合支部 over three rows (its own cells merged down): fine
    org(2, '中共示例县社会福利联合支部委员会', '郑建国', '冯秀英', '13907301103', '632 联合党支部', '联合支部', [
      '示例县社会福利院',
      '3 事业单位',
      '2 建立联合党支部的',
      makeUscc('12430600', 'MB000304'),
    ]),
    unit('示例县救助管理站', '3 事业单位', '2 建立联合党支部的', makeUscc('12430600', 'MB000203')),
    unit('示例县殡仪馆', '3', '2', 'MB000405-0'), // an old 组织机构代码 with a wrong check character
    // a 联合支部 with one unit → invalid_unit_count
    org(3, '中共示例县城关镇非公企业联合支部委员会', '蒋雪梅', '沈国庆', '0730-8223101', '632', '联合支部', [
      '示例县城关镇某商贸有限公司',
      '23 非公有经济控制',
      '2',
      makeUscc('91430600', 'MA4L0001'),
    ]),
    // same as the parent organisation: no unit block
    org(4, '中共示例县财政局预算股党小组', '韩春兰', '韩春兰', '0730-8223202', '党支部', '与上级党组织相同'),
    // a 党支部 in a unit marked 建立党委的 → party_org_category_mismatch (warning)
    org(5, '中共示例县城关镇机关支部委员会', '王晓明', '李丽华', '0730-8223303', '631', '法人单位', [
      '示例县城关镇人民政府',
      '13 乡镇',
      '11 建立党委的',
      makeUscc('11430600', 'MB000607'),
    ]),
  ];
  const merges = [
    merge(0, 0, 0, 10),
    merge(1, 7, 1, 10),
    ...[0, 1, 2, 3, 4, 5, 6].map((c) => merge(1, c, 2, c)),
    ...[0, 1, 2, 3, 4, 5, 6].map((c) => merge(4, c, 6, c)),
  ];
  save('party-orgs.xlsx', [
    ['党组织和所在单位信息汇总表', sheetOf(rows, { merges, widths: [6, 34, 10, 10, 16, 14, 16, 30, 14, 18, 22] })],
  ]);
}

// --- establishment (机构编制情况统计表) ---------------------------------------------------------------
function establishment() {
  const types = ['行政编制', '政法专项编制', '事业编制', '工勤编制', '合计'];
  const top = [
    '序号',
    '单位名称（全路径）',
    '层级',
    '所属系统',
    '事业单位分类',
    '经费形式',
    '是否挂牌机构',
    '核定编制',
    '',
    '',
    '',
    '',
    '实有人数',
    '',
    '',
    '',
    '',
    '核定领导职数',
    '实配领导职数',
  ];
  const sub = ['', '', '', '', '', '', '', ...types, ...types, '', ''];
  const merges = [
    merge(0, 0, 0, 18),
    merge(1, 7, 1, 11),
    merge(1, 12, 1, 16),
    ...[0, 1, 2, 3, 4, 5, 6, 17, 18].map((c) => merge(1, c, 2, c)),
  ];
  const row = (seq, path, level, system, category, funding, nameplate, approved, actual, posts, leaders) => [
    seq,
    path,
    level,
    system,
    category,
    funding,
    nameplate,
    ...approved,
    ...actual,
    posts,
    leaders,
  ];
  const rows = [
    ['机构编制情况统计表'],
    top,
    sub,
    // 13 people on 12 行政编制 → over_establishment (a warning from the rollup)
    row(1, MZ, '县级', '政府', '', '', '否', [12, 0, 0, 2, 14], [13, 0, 0, 2, 15], 4, 4),
    row(
      2,
      `${MZ}/示例县救助管理站`,
      '县级',
      '政府',
      '公益一类',
      '全额拨款',
      '否',
      [0, 0, 6, 0, 6],
      [0, 0, 4, 0, 4],
      1,
      1,
    ),
    // 合计 10 written, the parts add up to 8 → rollup_mismatch at the 合计 cell
    row(
      3,
      `${MZ}/示例县社会福利院`,
      '县级',
      '政府',
      '公益二类',
      '差额拨款',
      '否',
      [0, 0, 8, 0, 10],
      [0, 0, 3, 0, 3],
      1,
      1,
    ),
    // a negative number and a word where a number belongs → invalid_format
    row(
      4,
      `${MZ}/示例县殡仪馆`,
      '县级',
      '政府',
      '生产经营类',
      '自收自支',
      '否',
      [0, 0, '-2', 0, ''],
      [0, 0, '两', 0, ''],
      1,
      1,
    ),
    row(5, CZ, '县级', '政府', '', '', '否', [10, 0, 0, 1, 11], [9, 0, 0, 1, 10], 3, 3),
    // an unknown 层级
    row(6, TOWN, '区级', '政府', '', '', '否', [20, 0, 15, 0, 35], [18, 0, 12, 0, 30], 6, 5),
    // a 挂牌机构: its numbers are kept with its host
    row(7, `${MZ}/示例县老龄工作委员会办公室`, '县级', '政府', '', '', '是', [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], '', ''),
  ];
  save('establishment.xlsx', [
    ['机构编制情况统计表', sheetOf(rows, { merges, widths: [6, 36, 8, 8, 12, 10, 8, ...new Array(12).fill(8)] })],
  ]);
}

mkdirSync(OUT, { recursive: true });
unitInfo();
unitUsers();
confirmation();
partyMembers();
partyOrgs();
establishment();
