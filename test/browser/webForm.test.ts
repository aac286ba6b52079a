// Drives examples/web-form in a real browser (Debian's chromium through playwright-core): the page is
// bundled from the built package with esbuild, served on 127.0.0.1, and a clerk types into it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeId } from '../_helpers/idFixtures';
import { ensureBuilt } from './_ensureBuilt';
import { type StaticServer, startStaticServer } from './_staticServer';

const root = new URL('../../', import.meta.url).pathname;
const exampleDir = join(root, 'examples/web-form');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(chromiumPath);
if (!hasChromium) {
  console.warn(
    `web form browser test skipped: no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`,
  );
}

// Synthetic people: 430602 (岳阳楼区), order codes odd → male, even → female.
const maleId = makeId('430602', '19850315', '123');
const femaleId = makeId('430602', '19920708', '246');
/** The same number with a wrong check character. */
function withWrongCheck(id: string): string {
  return id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
}

// CI sets REQUIRE_BROWSER=1 after installing Chromium, so a failed install fails loudly instead of skipping.
if (!hasChromium && process.env.REQUIRE_BROWSER === '1') {
  it('Chromium is installed (REQUIRE_BROWSER=1)', () => {
    expect.fail(`no Chromium at ${chromiumPath}`);
  });
}

describe.skipIf(!hasChromium)('web form example in headless Chromium', () => {
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const screenshots = {
    errors: join(tmpdir(), 'cn-orgdata-web-form-errors.png'),
    done: join(tmpdir(), 'cn-orgdata-web-form.png'),
  };

  beforeAll(async () => {
    ensureBuilt(root);
    const size = JSON.parse(
      execFileSync(process.execPath, [join(exampleDir, 'build.mjs'), '--json'], { cwd: root, encoding: 'utf8' }),
    ) as { minified: number; gzip: number };
    console.log(`web form bundle: ${size.minified} B minified, ${size.gzip} B gzip`);
    server = await startStaticServer(exampleDir);
    profile = await mkdtemp(join(tmpdir(), 'cn-orgdata-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1100, height: 900 },
    });
    context.setDefaultTimeout(10_000);
    page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url);
    await page.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
    expect(errors).toEqual([]);
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  /** The message under a field once it contains `text` (waits for it). */
  async function messageOf(id: string, text?: string): Promise<string> {
    const locator = page.locator(`#${id}-msg`, text === undefined ? {} : { hasText: text });
    await locator.waitFor();
    return (await locator.textContent()) ?? '';
  }

  it('shows the Chinese checksum message for a wrong ID number, then accepts the corrected one', async () => {
    const input = page.locator('#person-idNumber');
    await input.pressSequentially(withWrongCheck(maleId));
    const message = await messageOf('person-idNumber', '校验码错误');
    expect(message).toContain(`应为 ${maleId[17]}`);
    expect(await input.getAttribute('aria-invalid')).toBe('true');

    await input.press('Backspace');
    await input.pressSequentially(maleId[17]!);
    await page.locator('#person-idNumber-msg.ok').waitFor();
    expect(await messageOf('person-idNumber')).toContain('✓');
    expect(await input.getAttribute('aria-invalid')).toBe('false');
  });

  it('reports a typing error in a phone number as the clerk types, and the normalised number once right', async () => {
    const input = page.locator('#person-mobile');
    await input.pressSequentially('138 1234 567');
    expect(await messageOf('person-mobile', '长度')).toContain('11 位');
    await input.pressSequentially('8');
    await page.locator('#person-mobile-msg.ok').waitFor();
    expect(await messageOf('person-mobile')).toContain('13812345678');
  });

  it('puts a cross-field issue (sex vs ID number) under 性别', async () => {
    await page.locator('#person-name').fill('张三');
    await page.locator('#person-unitPath').fill('某某县/县委办公室/秘书股');
    await page.locator('#person-idNumber').fill(femaleId);
    await page.locator('#person-sex').selectOption('1'); // 男, but the ID says 女
    await page.locator('#person button[type="submit"]').click();
    const message = await messageOf('person-sex', '不一致');
    expect(message).toContain('性别“男”与证件号码中的性别“女”不一致');
    expect(await page.locator('#person-sex').getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: screenshots.errors, fullPage: true });

    await page.locator('#person-sex').selectOption('2');
    await page.locator('#person-sex-msg.ok').waitFor();
    await page.locator('#person .summary.ok').waitFor();
    expect(await page.locator('#person .output').textContent()).toContain(femaleId);
  });

  it('checks 证件号码 against the chosen 证件类型 (the field schema follows the select)', async () => {
    await page.locator('#person-idType').selectOption('cn-passport');
    expect(await messageOf('person-idNumber', '证件类型')).toContain('中国护照');
    await page.locator('#person-idNumber').fill('EA1234567');
    await page.locator('#person-idNumber-msg.ok').waitFor();
    await page.locator('#person .summary.ok').waitFor();
    expect(await page.locator('#person .output').textContent()).toContain('"idType": "cn-passport"');
  });

  it('fills a 党员 record; 失联 without 失去联系日期 is reported under that field', async () => {
    const form = page.locator('#party-member');
    await form.locator('[name="name"]').fill('李四');
    await form.locator('[name="sex"]').selectOption('1');
    await form.locator('[name="ethnicity"]').pressSequentially('汉');
    expect(await messageOf('pm-ethnicity', '01')).toContain('汉族');
    await form.locator('[name="idNumber"]').fill(maleId);
    await form.locator('[name="birthDate"]').fill('1985年3月15日');
    await form.locator('[name="education"]').selectOption('21');
    await form.locator('[name="category"]').selectOption('full');
    await form.locator('[name="branch"]').fill('县委办公室党支部');
    await form.locator('[name="joinedDate"]').fill('2010-07-01');
    await form.locator('[name="fullMemberDate"]').fill('2011-07-01');
    await form.locator('[name="jobPost"]').selectOption('011');
    await form.locator('[name="mobile"]').fill('13912345678');
    await form.locator('[name="lostContact"]').check();
    await form.locator('button[type="submit"]').click();
    expect(await messageOf('pm-lostContactDate', '失去联系日期')).toContain('失联党员应填写失去联系日期');

    await form.locator('[name="lostContactDate"]').fill('2023年5月');
    await form.locator('.summary.ok').waitFor();
    expect(await messageOf('pm-birthDate')).toContain('将保存为 1985-03-15');
    expect(await messageOf('pm-lostContactDate')).toContain('将保存为 2023-05');
    await page.screenshot({ path: screenshots.done, fullPage: true });
    console.log(`web form screenshots: ${screenshots.errors} ${screenshots.done}`);
  });
});
