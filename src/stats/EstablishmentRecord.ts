import type { CodeOf } from '../codes/CodeTableId';
import type { RecordOptions } from '../people/RecordOptions';
import type { UnitPathOptions } from '../units/parseUnitPath';

/**
 * The four kinds of establishment (编制类型) the statistics count, as `establishment-type` codes. The
 * subdivisions of 事业编制 (参照公务员法管理 / 其他) are read and counted as `public-institution`.
 */
export type EstablishmentType = 'administrative' | 'political-legal' | 'public-institution' | 'worker';

/**
 * A number per establishment type: 行政编制, 政法专项编制, 事业编制, 工勤编制.
 *
 * @example
 * const approved: EstablishmentCounts = { administrative: 12, 'political-legal': 0, 'public-institution': 3, worker: 2 };
 */
export type EstablishmentCounts = Record<EstablishmentType, number>;

/** 层级 (省级/市级/县级/乡级) as a `unit-level` code. */
export type UnitLevelCode = CodeOf<'unit-level'>;

/** 所属系统 (党委/人大/政府/政协/民主党派/群团/法院/检察院 …) as a `unit-system` code. */
export type UnitSystemCode = CodeOf<'unit-system'>;

/** A declared 合计 (what the form says the parts add up to): checked by the rollup, never added. */
export interface DeclaredSubtotal {
  /** 核定编制合计. */
  approved?: number;
  /** 实有人数合计. */
  actual?: number;
}

/**
 * One unit's 机构编制 record, validated and normalised by `validateEstablishmentRecord`.
 *
 * @example
 * const record: EstablishmentRecord = {
 *   unitPath: '示例县/示例县民政局', level: 'county', system: 'government', nameplate: false,
 *   approved: { administrative: 12, 'political-legal': 0, 'public-institution': 0, worker: 2 },
 *   actual: { administrative: 11, 'political-legal': 0, 'public-institution': 0, worker: 2 },
 *   leaderPosts: 4, leaders: 4, declared: { own: { approved: 14, actual: 13 } },
 * };
 */
export interface EstablishmentRecord {
  /** 单位名称（全路径), canonical (segments joined with '/'). */
  unitPath: string;
  /** 层级. */
  level?: UnitLevelCode;
  /** 所属系统. */
  system?: UnitSystemCode;
  /** 事业单位分类: present for a 事业单位, absent for a 机关 (the tables tell them apart by it). */
  category?: CodeOf<'public-institution-category'>;
  /** 经费形式. */
  fundingForm?: CodeOf<'funding-form'>;
  /**
   * 挂牌机构: a second name on a host's body and staff. It adds no establishment and no headcount: the
   * rollup ignores its numbers and counts the people listed under it for its parent (list it under its host).
   */
  nameplate: boolean;
  /** 核定编制 per type; a type the form leaves empty is 0. */
  approved: EstablishmentCounts;
  /**
   * 实有人数 per type as reported; absent when the actual numbers come from a named roster (实名制). The
   * unit's figure: the unit with its 内设机构.
   */
  actual?: EstablishmentCounts;
  /** 核定领导职数. */
  leaderPosts?: number;
  /** 实配领导职数 as reported. */
  leaders?: number;
  /**
   * Declared 合计 to check: `own` for the unit with its 内设机构 (checked against the record's own parts),
   * `total` for the unit with all its subordinate units (checked against the rollup's total).
   */
  declared?: { own?: DeclaredSubtotal; total?: DeclaredSubtotal };
}

/**
 * One person of a named roster (实名制) as the establishment rollup reads it; a `Person` with these fields
 * fits. Values as people write them.
 *
 * @example
 * const person: EstablishmentRosterEntry = { unitPath: '示例县/示例县民政局/办公室', establishmentType: '行政编制', leader: '否' };
 */
export interface EstablishmentRosterEntry {
  /** 部门名称(全路径). */
  unitPath: unknown;
  /** 编制类型 (code or name, '参公事业编制' counts as 事业编制); empty for 编外人员. */
  establishmentType?: unknown;
  /** 是否领导职数 (是/否): counted against 核定领导职数. */
  leader?: unknown;
}

/**
 * Options of `validateEstablishmentRecord`: the record options, and the unit path limits of `parseUnitPath`
 * (`maxDepth` default 10, `maxSegmentLength` default 50) for trees that go deeper.
 *
 * @example
 * validateEstablishmentRecord(record, { locale: 'en', path: ['records', 3], maxDepth: 12 });
 */
export interface EstablishmentRecordOptions
  extends RecordOptions,
    Pick<UnitPathOptions, 'maxDepth' | 'maxSegmentLength'> {}
