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

  it('a schema brings zod (sanity check that the detector works)', async () => {
    const size = await bundleSize(['residentIdSchema']);
    expect(size.text).toMatch(/ZodError|\$ZodType|\$constructor/);
  });
});
