import type { CallSite } from './types';

/** Builds a call site whose `describe` reuses `matchesUrl` and a meeting-id reader. */
export function defineCallSite(def: Omit<CallSite, 'kind' | 'describe' | 'matchesUrl'> & { meetingId(url: URL): string | null }): CallSite {
  const { meetingId, ...site } = def;
  const id = (u: URL) => (u.protocol === 'https:' ? meetingId(u) : null);
  return {
    ...site,
    kind: 'call',
    matchesUrl: (u) => !!id(u),
    describe(u) {
      const meeting = id(u);
      return meeting ? { site: site.id, url: u.href, service: site.name, meetingId: meeting.slice(0, 200) } : null;
    },
  };
}
