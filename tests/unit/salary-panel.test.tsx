/**
 * The salary features in the panel as a user meets them: the Salary guide's
 * calculator and offer comparison, a posting's pay with "Calculate in-hand",
 * the negotiation figures once the current CTC is known, and a posting
 * outside India. Driven by role and name through the real panel model and
 * the background's handlers.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PanelApp } from '@/components/PanelApp';
import { PanelModel } from '@/components/state/panel-model';
import { hikes } from '@/data/market-pay';
import { closeBookmarksDb } from '@/utils/bookmarks-db';
import type { ReportedPosting } from '@/utils/posting';
import { createTestHub } from './panel-api-fake';

beforeEach(async () => {
  await closeBookmarksDb();
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
});
afterEach(cleanup);

const description =
  'Tulsi Commerce runs the ordering and credit platform that 40,000 neighbourhood pharmacies use to restock. ' +
  'Build order and invoicing services in Node.js and TypeScript; process price lists through Kafka consumers; model orders in PostgreSQL; ' +
  'cache catalogue reads in Redis. 3-5 years of experience building backend services. CTC: ₹10-16 LPA, depending on experience.';

const rangePosting: ReportedPosting = {
  site: 'lever',
  url: 'https://jobs.lever.co/tulsicommerce/3b9d2e7a-6c41-4f08-9a5e-1d2c3b4a5f60',
  title: 'Backend Developer (Node.js)',
  company: 'Tulsi Commerce',
  location: 'Bengaluru',
  experience: [],
  salary: null,
  description,
};

const melbournePosting: ReportedPosting = {
  site: 'greenhouse',
  url: 'https://job-boards.greenhouse.io/wattleanalytics/jobs/7012345001',
  title: 'Senior Backend Engineer',
  company: 'Wattle Analytics',
  location: 'Melbourne',
  experience: ['6+ years'],
  salary: 'AUD 160,000 – AUD 180,000 a year',
  description:
    'Wattle Analytics forecasts energy demand for Australian retailers. Build ingestion and forecasting APIs in Go and Python; stream meter reads ' +
    'through Kafka into PostgreSQL and TimescaleDB; secure partner access with OAuth 2.0. 6+ years of experience building backend systems.',
};

async function mount(posting?: ReportedPosting) {
  const hub = createTestHub({ tabId: 7 });
  if (posting) await hub.send({ type: 'reportPage', context: { kind: 'job', posting } }, 7);
  const state = new PanelModel(hub.createApi());
  render(<PanelApp state={state} mode="embedded" />);
  return state;
}

const nav = (name: string) => within(screen.getByRole('navigation', { name: 'Panel views' })).getByRole('button', { name });
const type = (name: string, value: string) => fireEvent.input(screen.getByRole('textbox', { name }), { target: { value } });
const cells = (header: string) =>
  within(screen.getByRole('rowheader', { name: header }).closest('tr')!)
    .getAllByRole('cell')
    .map((c) => c.textContent);
/** Views and the salary section load lazily: a cold first import can take more than findBy's default second. */
const LAZY = { timeout: 5_000 };
const salaryRegion = async () => screen.findByRole('region', { name: 'Salary' }, LAZY);

describe('the Salary guide', () => {
  it('works out in-hand pay as you type, then compares an offer under both regimes', async () => {
    await mount();
    fireEvent.click(nav('Salary guide'));
    await screen.findByRole('heading', { name: 'In-hand salary' }, LAZY);
    type('Annual CTC', '25 LPA');
    // Worked in tests/unit/in-hand/ctc.test.ts: taxable 22,14,875; tax 2,63,868; 1,56,126 a month.
    expect(cells('Taxable income')).toEqual(['₹22,14,875']);
    expect(cells('Income tax')).toEqual(['₹2,63,868']);
    expect(cells('In-hand per month')).toEqual(['₹1,56,126']);
    fireEvent.change(screen.getByRole('combobox', { name: 'State' }), { target: { value: 'delhi' } });
    expect(cells('Professional tax')).toEqual(['₹0']);
    // 18,73,507 + 2,500 = 18,76,007; ÷ 12 = 1,56,333.92.
    expect(cells('In-hand per month')).toEqual(['₹1,56,334']);
    fireEvent.change(screen.getByRole('combobox', { name: 'State' }), { target: { value: 'karnataka' } });

    const offer = screen.getByRole('region', { name: 'Offer comparison' });
    expect(within(offer).getByText(/Enter both CTCs/)).toBeTruthy();
    type('Current CTC', '12 LPA');
    type('Offered CTC', '18,00,000');
    expect(
      within(offer)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['New regime', 'Old regime']);
    expect(cells('Hike')).toEqual(['50%']);
    expect(cells('Monthly in-hand now')).toEqual(['₹85,387', '₹76,076']);
    expect(cells('Monthly in-hand on the offer')).toEqual(['₹1,18,126', '₹1,05,741']);
    expect(cells('In-hand change per month')).toEqual(['+₹32,739', '+₹29,665']);
    // Increments for context, and the plain statement that no source gives a typical switch hike.
    expect(within(offer).getByText(hikes.switchStatement)).toBeTruthy();
    expect(within(offer).getByText(/Average annual increment, India, 2026 forecast: 9\.1%/)).toBeTruthy();

    // The negotiation figures use the current CTC and the offer.
    const figures = screen.getByRole('heading', { name: 'Figures to have ready' }).parentElement!;
    expect(within(figures).getByText('₹12,00,000: ₹85,387 a month in hand (new regime)')).toBeTruthy();
    expect(within(figures).getByText('50% on your current CTC; ₹1,18,126 a month in hand (+₹32,739 a month)')).toBeTruthy();

    type('Current CTC', 'twelve');
    expect(within(offer).getByRole('alert').textContent).toMatch(/Enter an annual amount/);
    expect(within(offer).queryByRole('rowheader', { name: 'Hike' })).toBeNull();
  });
});

describe('a posting with a posted range', () => {
  it('holds the range against the market, gives the in-hand pay at both ends, and "Calculate in-hand" fills the calculator', async () => {
    await mount(rangePosting);
    const salary = await salaryRegion();
    await within(salary).findByText('₹10-16 LPA', {}, LAZY);
    expect(within(salary).getByText(/^₹10–16 LPA (sits|straddles|spans).* mid-level range for Backend/)).toBeTruthy();
    // 10 LPA: 71,121 a month; 16 LPA: gross 14,65,520, taxable 13,90,520, tax 92,121, 12,74,899 ÷ 12 = 1,06,241.58.
    expect(
      within(salary).getByText(/In hand a month: about ₹71,121 at ₹10 LPA and ₹1,06,242 at ₹16 LPA \(new regime, Karnataka/),
    ).toBeTruthy();
    // The script asks for the budget first and answers against the posting's own range.
    expect(within(salary).getByRole('heading', { name: 'What is your expected CTC?' })).toBeTruthy();
    expect(within(salary).getByText(/could you share the budgeted range for this role/)).toBeTruthy();
    expect(within(salary).getByText(/The posting mentions ₹10–16 LPA/)).toBeTruthy();
    expect(within(salary).getByText(/Enter your current CTC under Offer comparison in the Salary guide/)).toBeTruthy();

    fireEvent.click(within(salary).getByRole('button', { name: 'Calculate in-hand' }));
    const heading = await screen.findByRole('heading', { name: 'In-hand salary' }, LAZY);
    expect(nav('Salary guide').getAttribute('aria-current')).toBe('page');
    expect((screen.getByRole('textbox', { name: 'Annual CTC' }) as HTMLInputElement).value).toBe('10,00,000');
    expect((screen.getByRole('textbox', { name: 'Second CTC to compare' }) as HTMLInputElement).value).toBe('16,00,000');
    expect(
      screen
        .getAllByRole('columnheader')
        .slice(0, 2)
        .map((h) => h.textContent),
    ).toEqual(['CTC ₹10,00,000', 'CTC ₹16,00,000']);
    expect(cells('Taxable income')).toEqual(['₹8,40,950', '₹13,90,520']);
    expect(cells('Income tax')).toEqual(['₹0', '₹92,121']);
    expect(cells('In-hand per month')).toEqual(['₹71,121', '₹1,06,242']);
    expect(screen.getByText(/Filled from the posting Backend Developer \(Node\.js\), Tulsi Commerce: ₹10-16 LPA/)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(heading));

    // With the current CTC entered, the posting shows the figures to have ready.
    type('Current CTC', '12 LPA');
    fireEvent.click(nav('This page'));
    const again = await salaryRegion();
    const figures = within(again).getByRole('heading', { name: 'Figures to have ready' }).parentElement!;
    expect(within(figures).getByText('At ₹16 LPA, the top of the posted range')).toBeTruthy();
    expect(within(figures).getByText('33.3% on your current CTC; ₹1,06,242 a month in hand (+₹20,855 a month)')).toBeTruthy();
    expect(within(figures).getByText('−16.7% on your current CTC; ₹71,121 a month in hand (−₹14,266 a month)')).toBeTruthy();
    expect(within(again).getByText(/My current CTC is ₹12,00,000/)).toBeTruthy();
  });

  it('sets the State from the posting’s location', async () => {
    await mount({ ...rangePosting, location: 'Hyderabad' });
    const salary = await salaryRegion();
    await within(salary).findByText('₹10-16 LPA', {}, LAZY);
    expect(within(salary).getByText(/\(new regime, Telangana,/)).toBeTruthy();
    fireEvent.click(within(salary).getByRole('button', { name: 'Calculate in-hand' }));
    await screen.findByRole('heading', { name: 'In-hand salary' }, LAZY);
    expect((screen.getByRole('combobox', { name: 'State' }) as HTMLSelectElement).value).toBe('telangana');
    expect(cells('Professional tax')).toEqual(['₹2,400', '₹2,400']);
    expect(screen.getByText(/State set from its location \(Hyderabad\)/)).toBeTruthy();
  });
});

describe('a posting outside India', () => {
  it('shows the pay as posted, says the ranges are for India, and offers no rupee band or calculator', async () => {
    await mount(melbournePosting);
    const salary = await salaryRegion();
    await within(salary).findByText('AUD 160,000 – AUD 180,000 a year', {}, LAZY);
    expect(within(salary).getByText(/outside India\. Prep Panel’s ranges are for India/)).toBeTruthy();
    expect(within(salary).queryByRole('button', { name: 'Calculate in-hand' })).toBeNull();
    expect(within(salary).queryByRole('list', { name: 'Salary ranges' })).toBeNull();
    expect(salary.textContent).not.toMatch(/₹|LPA/);
  });
});
