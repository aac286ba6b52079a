// Hostile and broken files, all built here in memory: each must fail fast, with one clear issue (stable code,
// Chinese message), and without memory growing with what the file claims to hold.
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/sheets/index';
import { form, UNIT_INFO_HEADER, USCC, workbook, xlsx } from './_workbooks';
import { editParts, unzip, utf8, type ZipPart, zip } from './_zip';

const CJK = /[\u4e00-\u9fff]/;

/** Reads and checks the common contract: exactly one error issue, in Chinese, no records; returns it. */
async function rejectsWith(bytes: Uint8Array | ArrayBuffer, code: string, maxMs = 3000) {
  const before = process.memoryUsage().rss;
  const start = performance.now();
  const result = await readWorkbook(bytes, 'unit-info', { xlsx });
  const elapsed = performance.now() - start;
  expect(result.issues.map((i) => i.code)).toEqual([code]);
  const [issue] = result.issues;
  expect(issue!.severity).toBe('error');
  expect(issue!.message).toMatch(CJK);
  expect(result.records).toEqual([]);
  expect(result.stats.rows).toBe(0);
  expect(elapsed).toBeLessThan(maxMs);
  expect(process.memoryUsage().rss - before).toBeLessThan(300 * 2 ** 20);
  return issue!;
}

const good = () => form(UNIT_INFO_HEADER, [['示例县', '否', '单位', USCC, '是', '0730-1234567']]);

describe('files that are no workbook', () => {
  it.each([
    ['empty', new Uint8Array()],
    ['text', utf8('部门名称(全路径),组织类型\n示例县,单位\n')],
    ['PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(64).fill(0)])],
    ['random bytes', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)],
  ])('%s → not_a_workbook', async (_, bytes) => {
    await rejectsWith(bytes, 'not_a_workbook');
  });

  it('a Word document → not_a_workbook naming it', async () => {
    const docx = zip([
      { name: '[Content_Types].xml', data: utf8('<Types/>') },
      { name: 'word/document.xml', data: utf8('<w:document/>') },
    ]);
    const issue = await rejectsWith(docx, 'not_a_workbook');
    expect(issue.params.detected).toBe('docx');
    expect(issue.message).toContain('Word');
  });

  it('an OpenDocument spreadsheet → not_a_workbook asking for .xlsx', async () => {
    const ods = zip([
      { name: 'mimetype', data: utf8('application/vnd.oasis.opendocument.spreadsheet'), deflate: false },
      { name: 'content.xml', data: utf8('<office:document-content/>') },
    ]);
    expect((await rejectsWith(ods, 'not_a_workbook')).message).toContain('.xlsx');
  });

  it('a legacy .xls (OLE without encryption streams) → not_a_workbook asking to save as .xlsx', async () => {
    const ole = new Uint8Array(1536);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(new Uint8Array(Buffer.from('Workbook', 'utf16le')), 1024);
    const issue = await rejectsWith(ole, 'not_a_workbook');
    expect(issue.params.detected).toBe('xls');
    expect(issue.message).toContain('另存为');
  });

  it('a truncated workbook → workbook_corrupt', async () => {
    const bytes = good();
    await rejectsWith(bytes.subarray(0, bytes.length - 40), 'workbook_corrupt');
  });

  it('a part whose deflate stream is broken → workbook_corrupt', async () => {
    const parts: ZipPart[] = [...unzip(good())].map(([name, data]) => ({ name, data }));
    const bytes = zip(parts);
    const sheetAt = Buffer.from(bytes).indexOf('xl/worksheets/sheet1.xml') + 24;
    bytes.fill(0xff, sheetAt, sheetAt + 40);
    await rejectsWith(bytes, 'workbook_corrupt');
  });
});

describe('encrypted workbooks', () => {
  it('Excel password protection (an OLE file with EncryptedPackage) → workbook_encrypted', async () => {
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(new Uint8Array(Buffer.from('EncryptionInfo', 'utf16le')), 1024);
    ole.set(new Uint8Array(Buffer.from('EncryptedPackage', 'utf16le')), 1152);
    const issue = await rejectsWith(ole, 'workbook_encrypted');
    expect(issue.message).toContain('密码');
  });

  it('a zip entry with the encryption flag → workbook_encrypted', async () => {
    const parts = [...unzip(good())].map(([name, data]) => ({
      name,
      data,
      flags: name.endsWith('sheet1.xml') ? 1 : 0,
    }));
    await rejectsWith(zip(parts), 'workbook_encrypted');
  });
});

describe('zip bombs', () => {
  const bomb = (declaredSize?: number) => {
    const parts: ZipPart[] = [...unzip(good())].map(([name, data]) => ({ name, data }));
    const strings = new Uint8Array(100 * 2 ** 20).fill(0x41); // 100 MiB of 'A': deflates about 1000:1
    parts.push({
      name: 'xl/sharedStrings.xml',
      data: strings,
      ...(declaredSize === undefined ? {} : { declaredSize }),
    });
    return zip(parts);
  };

  it('a highly compressible sharedStrings part → suspicious_compression before inflating it', async () => {
    const issue = await rejectsWith(bomb(), 'suspicious_compression');
    expect(issue.params.name).toBe('xl/sharedStrings.xml');
    expect(issue.message).toContain('压缩炸弹');
  });

  it('the same bomb lying about its size → suspicious_compression after inflating only what it declared', async () => {
    const issue = await rejectsWith(bomb(1000), 'suspicious_compression');
    expect(issue.params.reason).toBe('size');
  });

  it('more parts than the cap → workbook_too_large', async () => {
    const parts: ZipPart[] = [...unzip(good())].map(([name, data]) => ({ name, data }));
    for (let i = 0; i < 1001; i++) parts.push({ name: `xl/media/image${i}.png`, data: utf8('x'), deflate: false });
    await rejectsWith(zip(parts), 'workbook_too_large');
  });

  it('a decompressed total over the cap → workbook_too_large (cap is an option)', async () => {
    const result = await readWorkbook(good(), 'unit-info', { xlsx, maxUncompressedBytes: 1000 });
    expect(result.issues.map((i) => i.code)).toEqual(['workbook_too_large']);
  });
});

describe('hostile content', () => {
  it('an inflated range (A1:Z1048576 dimension) → sheet_too_large, fast', async () => {
    const bytes = editParts(good(), (name, text) =>
      name === 'xl/worksheets/sheet1.xml'
        ? text.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:Z1048576"/>')
        : undefined,
    );
    expect(bytes.length).toBeLessThan(20_000);
    const issue = await rejectsWith(bytes, 'sheet_too_large', 2000);
    expect(issue.params.ref).toBe('A1:Z1048576');
    expect(issue.sheet).toBe('单位基本情况表');
  });

  it('many unclosed <!-- in styles.xml (regex DoS) → hostile_content without parsing', async () => {
    const bytes = editParts(good(), (name, text) =>
      name === 'xl/styles.xml' ? text.replace('<numFmts', `${'<!--'.repeat(20_000)}<numFmts`) : undefined,
    );
    const issue = await rejectsWith(bytes, 'hostile_content', 1000);
    expect(issue.params).toMatchObject({ reason: 'xml_comment', name: 'xl/styles.xml' });
  });

  it('closed XML comments are fine', async () => {
    const bytes = editParts(good(), (name, text) =>
      name === 'xl/styles.xml' ? text.replace('<numFmts', '<!-- a note --><!-- another --><numFmts') : undefined,
    );
    const result = await readWorkbook(bytes, 'unit-info', { xlsx });
    expect(result.stats.accepted).toBe(1);
  });

  it('a comment on "__proto__" → hostile_content, and Object.prototype is untouched', async () => {
    const bytes = workbook([
      {
        name: '单位基本情况表',
        rows: [['单位基本情况表'], UNIT_INFO_HEADER, [{ t: 's', v: '示例县', c: [{ a: 'x', t: 'polluted' }] }]],
      },
    ]);
    const hostile = editParts(bytes, (name, text) =>
      /comments\d*\.xml$/.test(name) ? text.replace(/ref="A3"/, 'ref="__proto__"') : undefined,
    );
    expect([...unzip(hostile).keys()].some((n) => /comments\d*\.xml$/.test(n))).toBe(true);
    const issue = await rejectsWith(hostile, 'hostile_content');
    expect(issue.params).toMatchObject({ reason: 'comment_ref', ref: '__proto__' });
    const probe: Record<string, unknown> = {};
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(probe.t).toBeUndefined();
    expect(probe.a).toBeUndefined();
  });

  it('ordinary comments are dropped unread, and the rows read', async () => {
    const bytes = workbook([
      {
        name: '单位基本情况表',
        rows: [['单位基本情况表'], UNIT_INFO_HEADER, [{ t: 's', v: '示例县', c: [{ a: 'x', t: '备注' }] }]],
      },
    ]);
    const result = await readWorkbook(bytes, 'unit-info', { xlsx });
    expect(result.issues).toEqual([]);
    expect(result.records).toEqual([{ row: 3, value: { path: '示例县' } }]);
  });

  it('a UTF-16 part → hostile_content', async () => {
    const parts = [...unzip(good())].map(([name, data]) =>
      name === 'xl/styles.xml'
        ? { name, data: new Uint8Array([0xff, 0xfe, ...Buffer.from('<a/>', 'utf16le')]) }
        : { name, data },
    );
    expect((await rejectsWith(zip(parts), 'hostile_content')).params.reason).toBe('utf16');
  });

  it('more data rows than maxRows → sheet_too_large', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => [`示例县/部门${i}`]);
    const result = await readWorkbook(form(UNIT_INFO_HEADER, rows), 'unit-info', { xlsx, maxRows: 20 });
    expect(result.issues.map((i) => i.code)).toEqual(['sheet_too_large']);
    expect(result.records).toEqual([]);
  });

  it('a workbook with nothing in it → empty_workbook', async () => {
    await rejectsWith(workbook([{ name: 'Sheet1', rows: [] }]), 'empty_workbook');
  });

  it('input that is no bytes → not_a_workbook, never a throw', async () => {
    for (const junk of [null, undefined, 'text', 42, {}, [1, 2]]) {
      const result = await readWorkbook(junk as unknown as Uint8Array, 'unit-info', { xlsx });
      expect(result.issues.map((i) => i.code)).toEqual(['not_a_workbook']);
    }
  });

  it('an ArrayBuffer and a Node Buffer are read like a Uint8Array', async () => {
    const bytes = good();
    const copy = bytes.slice().buffer;
    expect((await readWorkbook(copy, 'unit-info', { xlsx })).stats.accepted).toBe(1);
    expect((await readWorkbook(Buffer.from(bytes), 'unit-info', { xlsx })).stats.accepted).toBe(1);
  });
});
