/**
 * The Salary guide's calculator inputs, shared by every view that shows pay:
 * the in-hand calculator, the offer comparison and the negotiation figures
 * read the same boxes, and "Calculate in-hand" on a posting fills them. Only
 * the typed text lives here; the sums run in the (lazily loaded) views, so
 * the panel's first chunk carries no tax rules.
 */
import { createModel, signal } from '@preact/signals';
import type { StateId } from '@/data/tax/fy2025-26';
import type { CalculatorTexts } from '@/utils/in-hand/calculator-inputs';
import type { Regime } from '@/utils/in-hand/income-tax';

/** What "Calculate in-hand" on a posting puts in the calculator. */
export interface InHandPrefill {
  /** Rupees a year: both ends of the posted range (equal for a single figure; one may be null for "up to" / "from"). */
  min: number | null;
  max: number | null;
  /** The pay as the posting states it, e.g. "CTC: ₹10-16 LPA" → "₹10-16 LPA". */
  postedText: string;
  /** The posting stated a monthly figure (min and max are already a year's). */
  monthly: boolean;
  /** e.g. "Backend Developer (Node.js), Tulsi Commerce". */
  posting: string;
  /** The state the posting's location is in, if it names one. */
  state: { id: StateId; place: string } | null;
}

/** 1000000 → "10,00,000": how a person would type it. */
export function groupIndian(rupees: number): string {
  const digits = String(Math.round(Math.abs(rupees)));
  const last3 = digits.slice(-3);
  const rest = digits.slice(0, -3);
  return rest ? `${rest.replace(/\B(?=(\d{2})+$)/g, ',')},${last3}` : last3;
}

export const SalaryModel = createModel(() => {
  const ctc = signal('');
  /** A second CTC shown beside the first (the top of a posted range). */
  const secondCtc = signal('');
  const regime = signal<Regime>('new');
  // The first state in the list (data/tax STATE_IDS); FY rules checked by tests/unit/salary-calculator.test.tsx.
  const state = signal<StateId>('karnataka');
  // data/tax payroll.defaultBasicPercent (the labour codes' 50 % wage floor); kept literal so the first chunk needs no tax data.
  const basicPercent = signal('50');
  const variablePercent = signal('0');
  const pfCapped = signal(false);
  const other80C = signal('');
  const hraExemption = signal('');
  const deduction80D = signal('');
  const currentCtc = signal('');
  const offeredCtc = signal('');
  /** Set by "Calculate in-hand": what the calculator was filled from. */
  const prefill = signal<InHandPrefill | null>(null);
  /** The calculator takes focus the next time it shows (after "Calculate in-hand"). */
  const focusPending = signal(false);

  return {
    ctc,
    secondCtc,
    regime,
    state,
    basicPercent,
    variablePercent,
    pfCapped,
    other80C,
    hraExemption,
    deduction80D,
    currentCtc,
    offeredCtc,
    prefill,
    focusPending,
    /** Puts a posting's pay in the calculator: the low end in "Annual CTC", the high end beside it. */
    fill(p: InHandPrefill) {
      const low = p.min ?? p.max;
      const high = p.max ?? p.min;
      if (low === null || high === null) return;
      ctc.value = groupIndian(low);
      secondCtc.value = high !== low ? groupIndian(high) : '';
      if (p.state) state.value = p.state.id;
      prefill.value = p;
      focusPending.value = true;
    },
    focusTaken() {
      focusPending.value = false;
    },
    clearPrefill() {
      prefill.value = null;
      secondCtc.value = '';
    },
  };
});
export type SalaryModel = InstanceType<typeof SalaryModel>;

/** The calculator's option boxes as `readOptions` (utils/in-hand/calculator-inputs.ts) takes them. Read in render: it subscribes. */
export function calculatorTexts(s: SalaryModel): CalculatorTexts {
  return {
    state: s.state.value,
    basicPercent: s.basicPercent.value,
    variablePercent: s.variablePercent.value,
    pfCapped: s.pfCapped.value,
    other80C: s.other80C.value,
    hraExemption: s.hraExemption.value,
    deduction80D: s.deduction80D.value,
  };
}
