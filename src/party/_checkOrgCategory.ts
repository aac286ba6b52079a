import { _tableOf } from '../codes/_codeTable';
import type { _RawCodeTable } from '../codes/_RawCodeTable';
import type { CodeOf } from '../codes/CodeTableId';
import {
  TABLE_PARTY_ORG_CATEGORY,
  TABLE_PARTY_ORG_UNIT_RELATION,
  TABLE_UNIT_PARTY_ORG_STATUS,
} from '../codes/generated/codeTables';
import { _lookupCodeIn } from '../codes/lookupCode';
import type { PathSegment } from '../errors/Issue';
import type { _RecordReader } from '../people/_RecordReader';
import type { PartyOrgUnitRelation } from './PartyOrg';

type Category = CodeOf<'party-org-category'>;
type UnitStatus = CodeOf<'unit-party-org-status'>;

/**
 * The 单位建立党组织情况 a unit must show when this category of organisation is the unit's own top
 * organisation (relation 法人单位) or a joint branch covering it (relation 联合支部). Temporary organisations
 * (9xx) are left out: they are set up for a project or a training course inside units that keep their
 * regular organisation, so the unit's status says nothing about them.
 */
const EXPECTED_STATUS: Partial<Record<Category, UnitStatus>> = {
  '611': '11',
  '621': '12',
  '631': '13',
  '632': '2',
};

const JOINT_CATEGORIES: ReadonlySet<Category> = new Set<Category>(['632', '932']);

function named(table: _RawCodeTable, code: string) {
  return _lookupCodeIn(_tableOf(table), code)?.name ?? code;
}

/**
 * Warns `party_org_category_mismatch` when the 组织类别 disagrees with what the form says about the units:
 * a joint branch (632/932) is exactly the organisation of relation 联合支部; otherwise each unit's
 * 单位建立党组织情况 must be the one its category implies (a 党支部 631 in a unit marked 11 建立党委的, a 党委
 * 611 in a unit marked 13 建立党支部的, a unit marked 2 under anything but a 联合党支部 …). Nothing is
 * checked for relation 与上级党组织相同: the organisation then sits under its parent in the parent's unit,
 * whose status describes the parent. When the relation itself disagrees, the unit checks are skipped:
 * they would repeat the same cause once per unit.
 */
export function _checkOrgCategory(
  reader: _RecordReader,
  category: Category | undefined,
  relation: PartyOrgUnitRelation | undefined,
  units: readonly { index: number; status: UnitStatus | undefined }[],
): void {
  if (category === undefined || relation === undefined || relation === 'same-as-parent') return;
  const isJoint = JOINT_CATEGORIES.has(category);
  if (isJoint !== (relation === 'joint')) {
    reader.warn('party_org_category_mismatch', ['category'], {
      category: named(TABLE_PARTY_ORG_CATEGORY, category),
      categoryCode: category,
      relation: named(TABLE_PARTY_ORG_UNIT_RELATION, relation),
      relationCode: relation,
    });
    return;
  }
  const expected = EXPECTED_STATUS[category];
  if (expected === undefined) return;
  for (const { index, status } of units) {
    if (status === undefined || status === expected) continue;
    const path: PathSegment[] = ['units', index, 'partyOrgStatus'];
    reader.warn('party_org_category_mismatch', path, {
      category: named(TABLE_PARTY_ORG_CATEGORY, category),
      categoryCode: category,
      unitStatus: named(TABLE_UNIT_PARTY_ORG_STATUS, status),
      unitStatusCode: status,
    });
  }
}
