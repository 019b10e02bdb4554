/**
 * Everything the panel shows about a posting's pay, worked out once: the pay
 * it states, whether the job is outside India, the levels its experience
 * spans and the sourced market range of each. Pure; used by the posting's
 * salary section and by the Salary guide's negotiation script.
 */
import { marketPayFor, type PayLevel, type PayRole } from '@/data/market-pay';
import { ROLE_NAMES } from '@/data/roles';
import type { Role } from '@/data/schema';
import type { JobPosting } from '../posting/types';
import { isOutsideIndia, readPostedPay, type PostedPay } from './posted-pay';
import { payLevelsFor } from './posting-levels';

export interface PostingBand {
  level: PayLevel;
  /** LPA; max null = open-ended. */
  span: { min: number; max: number | null };
  /** Source names, each once. */
  sources: string[];
}

export interface PostingPay {
  /** The pay the posting states (any currency), or null. */
  posted: PostedPay | null;
  /** The job is outside India (location or currency): no rupee band applies. */
  abroad: boolean;
  /** The posted pay when it is rupees for a job in India, else null. */
  rupees: PostedPay | null;
  levels: PayLevel[];
  /** Why these levels, in words. */
  basis: string;
  /** The role with sourced ranges, or null (General has none). */
  payRole: PayRole | null;
  roleLabel: string | null;
  /** Sourced ranges for each level (levels without a published figure are left out). Empty abroad. */
  bands: PostingBand[];
}

export function postingPay(posting: JobPosting, role: Role): PostingPay {
  const posted = readPostedPay(posting.salary ?? '') ?? readPostedPay(posting.description);
  const abroad = isOutsideIndia(posting.location, posted);
  const { levels, basis } = payLevelsFor(posting);
  const payRole: PayRole | null = role === 'general' ? null : role;
  const rupees = posted && posted.currency === 'INR' && !abroad ? posted : null;
  const bands: PostingBand[] = [];
  if (payRole && !abroad) {
    for (const level of levels) {
      const pay = marketPayFor(payRole, level);
      if (pay.status === 'sourced') bands.push({ level, span: pay.span, sources: [...new Set(pay.figures.map((f) => f.source))] });
    }
  }
  return { posted, abroad, rupees, levels, basis, payRole, roleLabel: payRole && ROLE_NAMES[payRole], bands };
}
