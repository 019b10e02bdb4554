/**
 * Salary you can act on, in the built extension: the Salary guide's in-hand
 * calculator (type a CTC, switch regime and state, read the table), "Calculate
 * in-hand" from a fixture posting whose range is only in its description, and
 * a posting outside India that gets no rupee band. Amounts are worked by hand
 * (see tests/unit/salary-calculator.test.tsx).
 */
import type { FrameLocator, Page } from 'playwright-core';
import { salaryRoutes } from '../fixtures/salary-routes';
import { inPagePanel, launcher, launchWithExtension, type ExtensionBrowser } from './support/browser';
import { fixturePages } from './support/fixtures';
import { startFixtureServer, type FixtureServer } from './support/https-server';

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer(fixturePages(Object.values(salaryRoutes)));
  browser = await launchWithExtension({ hosts: server.hosts, port: server.port });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Surface = Page | FrameLocator;

/** The amounts in the result row headed `header`, one per column. */
function cells(surface: Surface, header: string) {
  return surface
    .getByRole('row')
    .filter({ has: surface.getByRole('rowheader', { name: header, exact: true }) })
    .getByRole('cell')
    .allTextContents();
}

async function openPostingPanel(url: string) {
  const page = await browser.open(url);
  await launcher(page).click({ timeout: 10_000 });
  const panel = inPagePanel(page);
  await panel.getByRole('heading', { name: 'Relevant for this job' }).waitFor();
  return { page, panel };
}

describe('the in-hand calculator', () => {
  it('breaks down a typed CTC, and follows the regime and the state', async () => {
    const panel = await browser.openPanelPage();
    await panel.getByRole('navigation', { name: 'Panel views' }).getByRole('button', { name: 'Salary guide' }).click();
    await panel.getByRole('heading', { name: 'In-hand salary' }).waitFor();
    await panel.getByText('Tax year FY 2025-26 (AY 2026-27)', { exact: false }).waitFor();
    expect(await panel.getByRole('radio', { name: 'New regime' }).isChecked()).toBe(true);

    await panel.getByRole('textbox', { name: 'Annual CTC' }).fill('18 LPA');
    await panel.getByRole('rowheader', { name: 'Taxable income', exact: true }).waitFor();
    expect(await cells(panel, 'Gross salary')).toEqual(['₹16,48,710']);
    expect(await cells(panel, 'Standard deduction')).toEqual(['₹75,000']);
    expect(await cells(panel, 'Taxable income')).toEqual(['₹15,73,710']);
    expect(await cells(panel, 'Income tax')).toEqual(['₹1,20,699']);
    expect(await cells(panel, 'Employee PF')).toEqual(['₹1,08,000']);
    expect(await cells(panel, 'Professional tax')).toEqual(['₹2,500']);
    expect(await cells(panel, 'In-hand per year')).toEqual(['₹14,17,511']);
    expect(await cells(panel, 'In-hand per month')).toEqual(['₹1,18,126']);

    // Old regime: standard deduction 50,000, PT 2,500 and EPF 1,08,000 (80C) off: taxable 14,88,210;
    // 2,58,963 × 1.04 = 2,69,321.52; in hand 12,68,888 ÷ 12 = 1,05,740.67.
    await panel.getByRole('radio', { name: 'Old regime' }).check();
    await panel.getByRole('textbox', { name: '80C deductions' }).waitFor();
    expect(await cells(panel, 'Taxable income')).toEqual(['₹14,88,210']);
    expect(await cells(panel, 'Income tax')).toEqual(['₹2,69,322']);
    expect(await cells(panel, 'In-hand per month')).toEqual(['₹1,05,741']);

    // Delhi has no professional tax, so none is deducted either: taxable 14,90,710; 2,59,713 × 1.04 = 2,70,101.52;
    // in hand 16,48,710 − 2,70,102 − 1,08,000 = 12,70,608; ÷ 12 = 1,05,884.
    await panel.getByRole('combobox', { name: 'State' }).selectOption({ label: 'Delhi' });
    expect(await cells(panel, 'Professional tax')).toEqual(['₹0']);
    expect(await cells(panel, 'Taxable income')).toEqual(['₹14,90,710']);
    expect(await cells(panel, 'Income tax')).toEqual(['₹2,70,102']);
    expect(await cells(panel, 'In-hand per month')).toEqual(['₹1,05,884']);

    // Back to the new regime in Delhi: PT 0, tax unchanged; 14,20,011 ÷ 12 = 1,18,334.25.
    await panel.getByRole('radio', { name: 'New regime' }).check();
    expect(await cells(panel, 'Income tax')).toEqual(['₹1,20,699']);
    expect(await cells(panel, 'In-hand per month')).toEqual(['₹1,18,334']);

    await panel.getByRole('textbox', { name: 'Annual CTC' }).fill('eighteen lakh rupees');
    await panel.getByRole('alert').filter({ hasText: 'Enter an annual amount such as 18,00,000, 18 LPA or 1.2 Cr.' }).waitFor();
    expect(await panel.getByRole('rowheader', { name: 'Taxable income', exact: true }).count()).toBe(0);
    await panel.close();
  });
});

describe('a posting’s pay', () => {
  it('"Calculate in-hand" fills the calculator with both ends of the range the description states', async () => {
    const { page, panel } = await openPostingPanel(salaryRoutes.rangeInDescription.url);
    const salary = panel.getByRole('region', { name: 'Salary' });
    await salary.getByText('Posted pay: ₹10-16 LPA').waitFor();
    await salary.getByText(/^₹10–16 LPA .* mid-level range for Backend/).waitFor();
    await salary.getByRole('heading', { name: 'What is your expected CTC?' }).waitFor();
    await salary.getByRole('button', { name: 'Calculate in-hand' }).click();

    await panel.getByRole('heading', { name: 'In-hand salary' }).waitFor();
    expect(await panel.getByRole('textbox', { name: 'Annual CTC' }).inputValue()).toBe('10,00,000');
    expect(await panel.getByRole('textbox', { name: 'Second CTC to compare' }).inputValue()).toBe('16,00,000');
    expect(await panel.getByRole('columnheader').allTextContents()).toEqual(expect.arrayContaining(['CTC ₹10,00,000', 'CTC ₹16,00,000']));
    // 10 LPA: taxable 8,40,950, no tax, 71,121 a month; 16 LPA: taxable 13,90,520, tax 92,121, 1,06,242 a month (Bengaluru: Karnataka).
    expect(await cells(panel, 'Taxable income')).toEqual(['₹8,40,950', '₹13,90,520']);
    expect(await cells(panel, 'Income tax')).toEqual(['₹0', '₹92,121']);
    expect(await cells(panel, 'In-hand per month')).toEqual(['₹71,121', '₹1,06,242']);
    expect(await panel.getByRole('combobox', { name: 'State' }).inputValue()).toBe('karnataka');
    await page.close();
  });

  it('a posting outside India shows its pay as posted and no rupee band', async () => {
    const { page, panel } = await openPostingPanel(salaryRoutes.melbourneAud.url);
    const salary = panel.getByRole('region', { name: 'Salary' });
    await salary.getByText('AUD 160,000 – AUD 180,000 a year').waitFor();
    await salary.getByText(/outside India\. Prep Panel’s ranges are for India/).waitFor();
    expect(await salary.getByRole('button', { name: 'Calculate in-hand' }).count()).toBe(0);
    expect(await salary.getByRole('list', { name: 'Salary ranges' }).count()).toBe(0);
    expect(await salary.textContent()).not.toMatch(/₹|LPA/);
    await page.close();
  });
});
