import type { _FieldLabel } from '../people/_RecordReader';
import type { EstablishmentType } from './EstablishmentRecord';

/** The four establishment types in the order the forms print them. */
export const _EST_TYPES: readonly EstablishmentType[] = [
  'administrative',
  'political-legal',
  'public-institution',
  'worker',
];

/** Names of the establishment types, as the forms print them. */
export const _EST_TYPE_NAMES: Record<EstablishmentType, _FieldLabel> = {
  administrative: { label: '行政编制', labelEn: 'administrative establishment' },
  'political-legal': { label: '政法专项编制', labelEn: 'political-legal establishment' },
  'public-institution': { label: '事业编制', labelEn: 'public institution establishment' },
  worker: { label: '工勤编制', labelEn: 'worker establishment' },
};

/** The labels of the 机构编制 record's fields. */
export const _EST_LABELS = {
  record: { label: '机构编制信息', labelEn: 'establishment record' },
  unitPath: { label: '单位名称（全路径）', labelEn: 'unit path' },
  level: { label: '层级', labelEn: 'level' },
  system: { label: '所属系统', labelEn: 'system' },
  category: { label: '事业单位分类', labelEn: 'public institution category' },
  fundingForm: { label: '经费形式', labelEn: 'funding form' },
  nameplate: { label: '是否挂牌机构', labelEn: 'nameplate unit' },
  approved: { label: '核定编制', labelEn: 'approved establishment' },
  actual: { label: '实有人数', labelEn: 'actual staff' },
  leaderPosts: { label: '核定领导职数', labelEn: 'approved leader posts' },
  leaders: { label: '实配领导职数', labelEn: 'actual leaders' },
  declared: { label: '填报合计', labelEn: 'declared totals' },
  // 合计 fields: the messages add 合计 ("本级核定编制填报合计 14，各项之和为 12").
  ownApproved: { label: '本级核定编制', labelEn: 'own approved establishment' },
  ownActual: { label: '本级实有人数', labelEn: 'own actual staff' },
  totalApproved: { label: '含下属单位核定编制', labelEn: 'approved establishment with subordinate units' },
  totalActual: { label: '含下属单位实有人数', labelEn: 'actual staff with subordinate units' },
  establishmentType: { label: '编制类型', labelEn: 'establishment type' },
  leader: { label: '是否领导职数', labelEn: 'leader post' },
} as const satisfies Record<string, _FieldLabel>;
