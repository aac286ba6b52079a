// The web form example: per-field messages as the clerk types, whole-record checks (sex vs ID number …) on
// every change and on submit. Only the first block below knows cn-orgdata; the rest speaks Standard Schema
// (`schema['~standard'].validate(value)` → `{ value }` or `{ issues: [{ message, path }] }`), which is all a
// form library (react-hook-form, TanStack Form, VeeValidate, Conform …) needs from a schema.
import {
  codeSchema,
  listCodes,
  lookupCode,
  partyMemberSchema,
  personFieldSchemas,
  personSchema,
  residentIdSchema,
} from 'cn-orgdata';

// ---------------------------------------------------------------------------------------------------------
// Schemas per form: one per field (messages while typing) and one for the whole record (cross-field rules).

const personFields = personFieldSchemas();

/** @type {Record<string, FormSpec>} */
const forms = {
  person: {
    // 证件号码 is checked against the chosen 证件类型 (a passport number is no ID card number), so the field
    // schemas are rebuilt when the type changes.
    fieldSchemas: lastBy(
      (values) => values.idType,
      (idType) => (idType ? personFieldSchemas({ idType }) : personFields),
    ),
    recordSchema: personSchema(),
  },
  'party-member': {
    fieldSchemas: {
      name: personFields.name,
      sex: personFields.sex,
      ethnicity: codeSchema('ethnicity', { label: '民族' }),
      idNumber: residentIdSchema(),
      education: codeSchema('education', { label: '学历' }),
      category: codeSchema('party-member-category', { label: '人员类别' }),
      jobPost: codeSchema('job-post', { label: '工作岗位' }),
      mobile: personFields.mobile,
      landline: personFields.landline,
      membershipStatus: codeSchema('party-membership-status', { label: '党籍状态' }),
    },
    recordSchema: partyMemberSchema(),
  },
};

/** Memoises `make(keyOf(values))` on the last key. */
function lastBy(keyOf, make) {
  let lastKey;
  let last;
  return (values) => {
    const key = keyOf(values);
    if (last === undefined || key !== lastKey) [lastKey, last] = [key, make(key)];
    return last;
  };
}

/**
 * @typedef {{ '~standard': { validate: (value: unknown) => StandardResult | Promise<StandardResult> } }} StandardSchema
 * @typedef {{ value?: unknown, issues?: readonly { message: string, path?: readonly (PropertyKey | { key: PropertyKey })[] }[] }} StandardResult
 * @typedef {Record<string, StandardSchema>} FieldSchemas
 * @typedef {{ fieldSchemas: FieldSchemas | ((values: Record<string, unknown>) => FieldSchemas), recordSchema: StandardSchema }} FormSpec
 */

// ---------------------------------------------------------------------------------------------------------
// Code lists for the selects come from the package's tables, so the page offers exactly what validates.

function fillCodeLists(root) {
  for (const list of root.querySelectorAll('[data-codes]')) {
    const table = list.dataset.codes;
    const only = list.dataset.only?.split(' ');
    const all = listCodes(table);
    const entries = all.filter((e) => e.selectable && (!only || only.includes(e.code)));
    if (list.tagName === 'DATALIST') {
      list.append(...entries.map((e) => new Option(e.name, e.name)));
      continue;
    }
    list.append(new Option('请选择', ''));
    // Hierarchical tables (学历, 工作岗位) are grouped under their top-level heading, as on the paper form.
    const groups = new Map();
    for (const entry of entries) {
      let top = entry;
      while (top.parentCode !== undefined) top = lookupCode(table, top.parentCode) ?? top;
      const option = new Option(entry.name, entry.code);
      if (top === entry) {
        list.append(option);
        continue;
      }
      if (!groups.has(top.code)) {
        const group = document.createElement('optgroup');
        group.label = top.name;
        groups.set(top.code, group);
        list.append(group);
      }
      groups.get(top.code).append(option);
    }
    if (list.dataset.default) list.value = list.dataset.default;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Generic form wiring over Standard Schema.

const isBlank = (v) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const keyOf = (segment) => (typeof segment === 'object' && segment !== null ? segment.key : segment);

/** @param {HTMLFormElement} form @param {FormSpec} spec */
function wireForm(form, spec) {
  const fields = new Map(); // key → { box, control, msg }
  for (const box of form.querySelectorAll('.field[data-field]')) {
    const key = box.dataset.field;
    const control = form.elements.namedItem(key);
    const msg = document.createElement('p');
    msg.className = 'msg';
    msg.id = `${control.id}-msg`;
    msg.setAttribute('aria-live', 'polite');
    control.setAttribute('aria-describedby', msg.id);
    box.append(msg);
    fields.set(key, { box, control, msg });
  }
  const touched = new Set();
  let submitted = false;
  let generation = 0; // async schemas may answer out of order: only the latest round is shown
  const summary = form.querySelector('.summary');
  const output = form.querySelector('.output');

  function readValue(key) {
    const { box, control } = fields.get(key);
    if (box.hidden) return undefined; // a hidden block (失去联系日期 of a member who is not 失联) is not sent
    return control.type === 'checkbox' ? control.checked : control.value;
  }

  function collect() {
    const record = {};
    for (const key of fields.keys()) {
      const value = readValue(key);
      if (value !== undefined) record[key] = value;
    }
    return record;
  }

  /** Each shown field through its own schema: key → { messages, value }. */
  async function validateFields(values) {
    const schemas = typeof spec.fieldSchemas === 'function' ? spec.fieldSchemas(values) : spec.fieldSchemas;
    const results = new Map();
    const shown = [...fields.keys()].filter((key) => submitted || touched.has(key));
    await Promise.all(
      shown.map(async (key) => {
        const schema = schemas[key];
        // Blank fields are the record schema's business: it knows which ones are required.
        if (!schema || isBlank(values[key]) || typeof values[key] === 'boolean') return;
        const result = await schema['~standard'].validate(values[key]);
        results.set(key, { messages: (result.issues ?? []).map((i) => i.message), value: result.value });
      }),
    );
    return results;
  }

  /** The whole record through the record schema: messages grouped by the field named first in each path. */
  async function validateRecord(values) {
    const result = await spec.recordSchema['~standard'].validate(values);
    const grouped = new Map(); // '' holds what belongs to no field on the page
    for (const issue of result.issues ?? []) {
      const key = String(keyOf(issue.path?.[0] ?? ''));
      const target = fields.has(key) ? key : '';
      if (!grouped.has(target)) grouped.set(target, []);
      grouped.get(target).push(issue.message);
    }
    return { ok: !result.issues, value: result.value, grouped };
  }

  function render(key, own, recordMessages) {
    const { control, msg } = fields.get(key);
    const value = readValue(key);
    // The field's own messages while it is wrong on its own; then the record's (cross-field) ones.
    const messages = [...new Set(own?.messages.length ? own.messages : (recordMessages ?? []))];
    let state = 'none';
    if ((touched.has(key) || submitted) && value !== undefined) {
      if (messages.length) state = 'error';
      else if (!isBlank(value) && typeof value !== 'boolean') state = 'ok';
    }
    msg.className = state === 'none' ? 'msg' : `msg ${state}`;
    msg.textContent =
      state === 'error'
        ? messages.join('；')
        : state === 'ok'
          ? `✓ ${describeAccepted(control, value, own?.value)}`
          : '';
    if (state === 'none') control.removeAttribute('aria-invalid');
    else control.setAttribute('aria-invalid', String(state === 'error'));
  }

  /** What the clerk typed, as it will be stored: '+86 138 1234 5678' → 13812345678, '汉' → 01 汉族. */
  function describeAccepted(control, raw, normalised) {
    if (control.tagName === 'SELECT' || typeof normalised !== 'string') return '正确';
    const table = control.list?.dataset.codes;
    if (table) return `已识别为 ${normalised} ${lookupCode(table, normalised)?.name ?? ''}`.trim();
    return normalised === raw.trim() ? '正确' : `正确，将保存为 ${normalised}`;
  }

  async function refresh() {
    const round = ++generation;
    const values = collect();
    const [own, record] = await Promise.all([validateFields(values), validateRecord(values)]);
    if (round !== generation) return record;
    for (const key of fields.keys()) {
      // Fields without a schema of their own (dates …) show the record's normalised value once it is valid.
      const fallback = record.ok && !own.has(key) ? { messages: [], value: record.value?.[key] } : undefined;
      render(key, own.get(key) ?? fallback, record.grouped.get(key));
    }
    if (submitted) {
      const problems = [...fields.values()].filter(({ msg }) => msg.classList.contains('error')).length;
      const general = record.grouped.get('') ?? [];
      summary.className = `summary ${record.ok ? 'ok' : 'error'}`;
      summary.textContent = record.ok
        ? '校验通过，可以提交。'
        : [`还有 ${problems + general.length} 处需要修改。`, ...general].join('');
      output.textContent = record.ok ? `将提交的数据（已规范化）：\n${JSON.stringify(record.value, null, 2)}` : '';
    }
    return record;
  }

  for (const [key, { control }] of fields) {
    const onEdit = () => {
      touched.add(key);
      for (const box of form.querySelectorAll(`[data-shown-by="${key}"]`)) box.hidden = !control.checked;
      void refresh();
    };
    control.addEventListener(control.type === 'checkbox' || control.tagName === 'SELECT' ? 'change' : 'input', onEdit);
  }
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submitted = true;
    const record = await refresh();
    // Take the clerk to the first field that needs work.
    if (!record.ok) form.querySelector('[aria-invalid="true"]')?.focus();
  });
}

fillCodeLists(document);
for (const [id, spec] of Object.entries(forms)) wireForm(document.getElementById(id), spec);
document.body.dataset.ready = 'true';
