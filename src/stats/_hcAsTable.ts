import { _hcDisplayName, _hcProperty, _hcRows } from './_hcDeclared';
import type { ConfirmationRow, ConfirmationTable } from './Confirmation';

type _Section = 'departments' | 'subunits';

/**
 * The computed table as given; a Result of `confirmationTable` is unwrapped, and missing parts read as
 * empty, so that a wrong argument gives differences rather than an exception.
 */
export function _hcAsTable(value: unknown): ConfirmationTable {
  const table = (_hcProperty(value, 'ok') === true ? _hcProperty(value, 'value') : value) as Partial<ConfirmationTable>;
  const block = (key: _Section, title: string, countLabel: string) => {
    const given = _hcProperty(table, key) as ConfirmationTable[_Section] | undefined;
    const rows = _hcRows(given).filter((row): row is ConfirmationRow => typeof _hcProperty(row, 'count') === 'number');
    const total = _hcProperty(given, 'total');
    return {
      title: typeof given?.title === 'string' ? given.title : title,
      countLabel: typeof given?.countLabel === 'string' ? given.countLabel : countLabel,
      rows,
      total: typeof total === 'number' ? total : rows.reduce((sum, row) => sum + row.count, 0),
    };
  };
  const departments = block('departments', '部门', '部门人数');
  const subunits = block('subunits', '下属机构', '机构人数');
  const total = _hcProperty(table, 'total');
  return {
    title: '单位组织架构及通讯录统计确认表',
    variant: _hcProperty(table, 'variant') === 'township' ? 'township' : 'county',
    unit: _hcDisplayName(_hcProperty(table, 'unit')),
    path: _hcDisplayName(_hcProperty(table, 'path')),
    departments,
    subunits,
    unassigned: Number(_hcProperty(table, 'unassigned')) || 0,
    total: typeof total === 'number' ? total : departments.total + subunits.total,
    unresolved: Number(_hcProperty(table, 'unresolved')) || 0,
  };
}
