/**
 * Page context crosses from a content script (fed by a hostile page) to the
 * background and the panels. `sanitizeContext` re-checks its shape at that
 * boundary so nothing odd reaches storage or the UI.
 */
import type { CallPage, ExperienceRange, JobPosting, PageContext } from './posting';

const LIMITS = { short: 200, medium: 2048, description: 60_000 } as const;

function str(v: unknown, max: number): string | null {
  if (typeof v !== 'string') return null;
  const s = v.trim();
  return s.length > 0 ? s.slice(0, max) : null;
}

function experience(v: unknown): ExperienceRange | null {
  if (typeof v !== 'object' || v === null) return null;
  const { min, max } = v as { min?: unknown; max?: unknown };
  if (typeof min !== 'number' || !Number.isFinite(min) || min < 0 || min > 60) return null;
  if (max === null) return { min, max: null };
  if (typeof max !== 'number' || !Number.isFinite(max) || max < min || max > 60) return null;
  return { min, max };
}

export function sanitizeContext(value: unknown): PageContext | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as { kind?: unknown; posting?: unknown; call?: unknown };
  if (v.kind === 'job' && typeof v.posting === 'object' && v.posting !== null) {
    const p = v.posting as Record<string, unknown>;
    const title = str(p.title, LIMITS.short);
    const description = str(p.description, LIMITS.description);
    const site = str(p.site, 40);
    const url = str(p.url, LIMITS.medium);
    if (!title || !description || !site || !url) return null;
    const posting: JobPosting = {
      site,
      url,
      title,
      description,
      company: str(p.company, LIMITS.short),
      location: str(p.location, LIMITS.short),
      salary: str(p.salary, LIMITS.short),
      experience: experience(p.experience),
    };
    return { kind: 'job', posting };
  }
  if (v.kind === 'call' && typeof v.call === 'object' && v.call !== null) {
    const c = v.call as Record<string, unknown>;
    const site = str(c.site, 40);
    const url = str(c.url, LIMITS.medium);
    const service = str(c.service, 60);
    const meetingId = str(c.meetingId, LIMITS.short);
    if (!site || !url || !service || !meetingId) return null;
    const call: CallPage = { site, url, service, meetingId };
    return { kind: 'call', call };
  }
  return null;
}
