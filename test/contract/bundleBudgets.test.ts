import { afterAll, describe, expect, it } from 'vitest';
import { bundleSize, bundleSizeFromBuild, removeBuild } from './_bundleSize';

afterAll(removeBuild);

// Budgets from the issues; sizes are minified + gzip (level 9) browser bundles of the source.
describe('bundle budgets', () => {
  it('isValidUscc alone stays under 2 kB gzip, without messages or tables', async () => {
    const size = await bundleSize(['isValidUscc']);
    expect(size.gzip).toBeLessThan(2048);
    expect(size.text).not.toContain('校验码');
  });

  it('validateResidentId with region validation and zh-CN messages stays under 8 kB gzip', async () => {
    const size = await bundleSize(['validateResidentId']);
    expect(size.gzip).toBeLessThan(8192);
    expect(size.text).not.toContain('zod');
  });

  it('the boolean validators never pull in zod', async () => {
    const size = await bundleSize([
      'isValidResidentId',
      'isValidUscc',
      'isValidOrgCode',
      'isValidMobile',
      'isValidLandline',
    ]);
    expect(size.text).not.toMatch(/ZodError|\$ZodType/);
  });

  it('the budgets hold for a bundler that imports the single-file build (dist/index.js)', async () => {
    expect((await bundleSizeFromBuild(['isValidUscc'])).gzip).toBeLessThan(2048);
    expect((await bundleSizeFromBuild(['validateResidentId'])).gzip).toBeLessThan(8192);
  });

  // Our own budget: a roster form validates people, not party members. Each validator passes the generated
  // table constants it reads, so the other tables (民族, 学历, 岗位 …) stay out of its bundle.
  it('validatePerson carries only the code tables it reads (性别, 证件类型), under 20 kB gzip', async () => {
    for (const size of [await bundleSize(['validatePerson']), await bundleSizeFromBuild(['validatePerson'])]) {
      expect(size.gzip).toBeLessThan(20 * 1024);
      // Table ids as the generated `info` literals carry them (ASCII: the minifier escapes Chinese text).
      expect(size.text).toMatch(/id:\s*"sex"/);
      expect(size.text).toMatch(/id:\s*"id-type"/);
      for (const other of ['ethnicity', 'education', 'job-post', 'uscc-category', 'power-category']) {
        expect(size.text).not.toMatch(new RegExp(`id:\\s*"${other}"`));
      }
    }
  });

  it('a table looked up by id brings every table (sanity check that the detector works)', async () => {
    expect((await bundleSize(['validateCode'])).text).toMatch(/id:\s*"ethnicity"/);
  });

  it('a schema brings zod (sanity check that the detector works)', async () => {
    const size = await bundleSize(['residentIdSchema']);
    expect(size.text).toMatch(/ZodError|\$ZodType|\$constructor/);
  });
});
