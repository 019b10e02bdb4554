/**
 * The negotiation guidance, with the numbers in it: a short script for "What
 * is your expected CTC?" that follows the guide (ask for the budgeted range
 * first, never name a number first), and the figures to have ready once the
 * candidate has entered their current CTC. Pure; the figures come from the
 * in-hand calculator and data/market-pay.ts.
 */
import { hikes, LEVEL_LABELS } from '@/data/market-pay';
import { formatRupees } from '../in-hand/amount';
import type { InHandOptions } from '../in-hand/calculator-inputs';
import { inHand } from '../in-hand/ctc';
import type { Regime } from '../in-hand/income-tax';
import { formatChange, formatPercent } from '../in-hand/offer';
import { compareToBand, formatLpa, formatRupeesAsLpa } from './compare-band';
import type { PostingBand } from './posting-pay';

export interface NegotiationInput {
  /** The posting's pay in rupees a year (India only), or null. */
  posted: { min: number | null; max: number | null } | null;
  /** Sourced market ranges for the posting's role and levels. */
  bands: readonly PostingBand[];
  /** e.g. 'Backend'; null without a role that has ranges. */
  roleLabel: string | null;
  /** Rupees a year, as entered; null when not entered (or not readable). */
  currentCtc: number | null;
  offeredCtc: number | null;
  /** The calculator's options and regime, for in-hand figures; null when they can't be read. */
  options: InHandOptions | null;
  regime: Regime;
}

export interface ScriptLine {
  /** When to say it. */
  when: string;
  /** What to say. */
  say: string;
}

export interface ReadyFigure {
  label: string;
  value: string;
}

/** The increment a year of staying usually brings: Aon's all-India forecast. */
export const TYPICAL_INCREMENT = hikes.annual.find((h) => h.id === 'aon-2026-forecast')!;

const rangeText = (p: { min: number | null; max: number | null }) => formatRupeesAsLpa(p);

function bandsText(input: NegotiationInput): string {
  const parts = input.bands.map((b) => `${formatLpa(b.span.min, b.span.max)} (${LEVEL_LABELS[b.level]})`);
  if (parts.length === 0) return '';
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** What to say when asked "What is your expected CTC?", in order. */
export function expectedCtcScript(input: NegotiationInput): ScriptLine[] {
  const lines: ScriptLine[] = [
    {
      when: 'When they ask',
      say: '“Before I put a number on it, could you share the budgeted range for this role?”',
    },
  ];
  const posted = input.posted;
  if (posted && posted.min !== null && posted.max !== null && posted.min !== posted.max) {
    lines.push({
      when: 'The posting has named its range, so you can answer against it',
      say: `“The posting mentions ${rangeText(posted)}. Given the scope we’ve discussed, I’d expect to be towards the top of that range, depending on the full break-up.”`,
    });
  } else if (posted && posted.max !== null && posted.min === null) {
    lines.push({
      when: 'The posting has named a ceiling',
      say: `“The posting mentions ${rangeText(posted)}. For the scope we’ve discussed, I’d expect to be close to that figure.”`,
    });
  } else if (posted && posted.min !== null) {
    lines.push({
      when: 'The posting has named a figure',
      say: `“The posting mentions ${formatLpa(posted.min / 1e5, posted.max === null ? null : posted.max / 1e5)}. Is there room in the budget for the right person?”`,
    });
  }
  const market = bandsText(input);
  lines.push({
    when: 'If they still want you to go first',
    say:
      market && input.roleLabel
        ? `“I’d rather hear your budget first. For context, published ranges for ${input.roleLabel} roles in India are ${market}, and I’d expect an offer that reflects where this role sits.”`
        : '“I’d rather hear your budget first. I’m flexible for the right role, and I’ll weigh the full package, not just the CTC.”',
  });
  if (input.currentCtc !== null) {
    lines.push({
      when: 'If they ask your current CTC',
      say: `“My current CTC is ${formatRupees(input.currentCtc)}. I’m looking for an offer that reflects this role’s scope and what the market pays for it.”`,
    });
  }
  lines.push({
    when: 'Before you agree to any figure',
    say: '“Could you share the break-up: fixed pay, variable pay and how it is paid out, PF, and any joining bonus or ESOPs?”',
  });
  return lines;
}

function monthly(ctc: number, input: NegotiationInput): number | null {
  if (!input.options) return null;
  try {
    return inHand({ ...input.options, ctc, regime: input.regime }).inHandPerMonth;
  } catch {
    return null;
  }
}

const regimeWords = (r: Regime) => (r === 'new' ? 'new regime' : 'old regime');

/** The numbers to have in front of you on the call; empty until the current CTC is known. */
export function figuresToHaveReady(input: NegotiationInput): ReadyFigure[] {
  const current = input.currentCtc;
  if (current === null || !(current > 0)) return [];
  const figures: ReadyFigure[] = [];
  const nowMonthly = monthly(current, input);
  figures.push({
    label: 'Your current CTC',
    value: `${formatRupees(current)}${nowMonthly === null ? '' : `: ${formatRupees(nowMonthly)} a month in hand (${regimeWords(input.regime)})`}`,
  });
  const inc = TYPICAL_INCREMENT;
  figures.push({
    label: 'If you stay a year',
    value: `${formatRupees(current * (1 + inc.pctMax / 100))} after a typical ${formatPercent(inc.pctMax)} increment (${inc.label}; ${inc.source})`,
  });
  const against = (ctc: number): string => {
    const m = monthly(ctc, input);
    const hike = `${formatPercent(((ctc - current) / current) * 100)} on your current CTC`;
    return m === null || nowMonthly === null
      ? hike
      : `${hike}; ${formatRupees(m)} a month in hand (${formatChange(m - nowMonthly)} a month)`;
  };
  const posted = input.posted;
  if (posted) {
    const ends = [...new Set([posted.min, posted.max].filter((x): x is number => x !== null))];
    ends.forEach((end, i) => {
      const which = ends.length === 1 ? 'the posted figure' : i === 0 ? 'the bottom of the posted range' : 'the top of the posted range';
      figures.push({ label: `At ${formatRupeesAsLpa({ min: end, max: end })}, ${which}`, value: against(end) });
    });
  }
  if (input.offeredCtc !== null && input.offeredCtc > 0) {
    figures.push({ label: `The offer, ${formatRupees(input.offeredCtc)}`, value: against(input.offeredCtc) });
  }
  for (const b of input.bands) {
    const cmp = compareToBand({ min: current, max: current }, b.span);
    figures.push({
      label: `${LEVEL_LABELS[b.level].replace(/^./, (c) => c.toUpperCase())} range${input.roleLabel ? ` for ${input.roleLabel}` : ''}`,
      value: `${formatLpa(b.span.min, b.span.max)}${cmp ? `; your current CTC is ${cmp.words}` : ''} (${b.sources.join(', ')})`,
    });
  }
  figures.push({
    label: 'Switch hikes',
    value: `${hikes.switchStatement} Weigh an offer by its in-hand change and the market range, not by a rule-of-thumb percentage.`,
  });
  return figures;
}
