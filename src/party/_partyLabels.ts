import type { _FieldLabel } from '../people/_RecordReader';

/** The labels of the 党组织和所在单位基本信息采集表, as printed on the form. */
export const _ORG_LABELS = {
  record: { label: '党组织信息', labelEn: 'party organisation' },
  name: { label: '党组织名称', labelEn: 'organisation name' },
  secretary: { label: '党组织书记', labelEn: 'secretary' },
  contact: { label: '党组织联系人', labelEn: 'contact person' },
  contactPhone: { label: '联系电话', labelEn: 'contact phone' },
  category: { label: '组织类别', labelEn: 'organisation category' },
  unitRelation: { label: '党组织所在单位情况', labelEn: "organisation's unit relation" },
  units: { label: '所在单位', labelEn: 'units' },
  unit: { label: '所在单位', labelEn: 'unit' },
  unitName: { label: '单位名称', labelEn: 'unit name' },
  unitNature: { label: '单位类别', labelEn: 'unit category' },
  unitPartyOrgStatus: { label: '单位建立党组织情况', labelEn: "unit's party organisation status" },
  unitCode: { label: '党组织所在单位代码', labelEn: 'unit code' },
} as const satisfies Record<string, _FieldLabel>;

/** The labels of the 党员基本信息采集表, as printed on the form. */
export const _MEMBER_LABELS = {
  record: { label: '党员信息', labelEn: 'party member' },
  name: { label: '姓名', labelEn: 'name' },
  sex: { label: '性别', labelEn: 'sex' },
  ethnicity: { label: '民族', labelEn: 'ethnic group' },
  idNumber: { label: '公民身份号码', labelEn: 'resident ID number' },
  birthDate: { label: '出生日期', labelEn: 'date of birth' },
  education: { label: '学历', labelEn: 'education' },
  category: { label: '人员类别', labelEn: 'member category' },
  branch: { label: '所在党支部', labelEn: 'party branch' },
  joinedDate: { label: '加入党组织日期', labelEn: 'date of joining the party' },
  fullMemberDate: { label: '转为正式党员日期', labelEn: 'date of full membership' },
  jobPost: { label: '工作岗位', labelEn: 'job post' },
  mobile: { label: '手机号', labelEn: 'mobile number' },
  landline: { label: '固定电话', labelEn: 'landline number' },
  phone: { label: '联系电话（手机号或固定电话）', labelEn: 'contact phone (mobile or landline)' },
  address: { label: '家庭住址', labelEn: 'home address' },
  membershipStatus: { label: '党籍状态', labelEn: 'membership status' },
  lostContact: { label: '是否为失联党员', labelEn: 'lost contact' },
  lostContactDate: { label: '失去联系日期', labelEn: 'date contact was lost' },
  floating: { label: '是否为流动党员', labelEn: 'floating member' },
  floatingDestination: { label: '外出流向', labelEn: 'destination' },
} as const satisfies Record<string, _FieldLabel>;
