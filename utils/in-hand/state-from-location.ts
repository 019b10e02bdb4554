/**
 * The state whose professional tax applies to a posting's location, for the
 * calculator's "State" combobox. Pure. Only places named unambiguously count;
 * "Remote" or an unknown place gives null (the user's choice stays).
 */
import type { StateId } from '@/data/tax/fy2025-26';

/** Cities and state names, lower case, for each state the tax data models. */
const PLACES: Readonly<Record<Exclude<StateId, 'other'>, readonly string[]>> = {
  karnataka: [
    'karnataka',
    'bengaluru',
    'bangalore',
    'mysuru',
    'mysore',
    'mangaluru',
    'mangalore',
    'hubli',
    'hubballi',
    'belagavi',
    'belgaum',
  ],
  maharashtra: ['maharashtra', 'mumbai', 'bombay', 'navi mumbai', 'thane', 'pune', 'nagpur', 'nashik', 'aurangabad'],
  telangana: ['telangana', 'hyderabad', 'secunderabad', 'warangal'],
  'tamil-nadu': ['tamil nadu', 'chennai', 'madras', 'coimbatore', 'madurai', 'tiruchirappalli', 'trichy'],
  'west-bengal': ['west bengal', 'kolkata', 'calcutta', 'durgapur', 'siliguri'],
  delhi: ['delhi', 'new delhi', 'delhi ncr'],
  haryana: ['haryana', 'gurugram', 'gurgaon', 'faridabad', 'panchkula'],
  punjab: ['punjab', 'mohali', 'ludhiana', 'amritsar'],
  rajasthan: ['rajasthan', 'jaipur', 'jodhpur', 'udaipur'],
  'uttar-pradesh': ['uttar pradesh', 'noida', 'greater noida', 'ghaziabad', 'lucknow', 'kanpur'],
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** Longest names first, so "navi mumbai" and "new delhi" win over shorter names inside them. */
const MATCHERS: { re: RegExp; state: StateId }[] = Object.entries(PLACES)
  .flatMap(([state, names]) => names.map((name) => ({ name, state: state as StateId })))
  .sort((a, b) => b.name.length - a.name.length)
  .map(({ name, state }) => ({ re: new RegExp(`(?:^|[^\\p{L}])${escape(name)}(?![\\p{L}])`, 'iu'), state }));

export interface LocationState {
  state: StateId;
  /** The place in the location that decided it, as written there. */
  place: string;
}

/**
 * The state of the first place in `location` that names one ("Bengaluru,
 * Hyderabad" → Karnataka), or null.
 */
export function stateFromLocation(location: string | null | undefined): LocationState | null {
  if (typeof location !== 'string' || !location.trim()) return null;
  let best: { index: number; state: StateId; place: string } | null = null;
  for (const { re, state } of MATCHERS) {
    const m = re.exec(location);
    if (!m) continue;
    // The match may start with the character before the name.
    const text = m[0].replace(/^[^\p{L}]/u, '');
    const index = m.index + (m[0].length - text.length);
    if (!best || index < best.index) best = { index, state, place: text };
  }
  return best && { state: best.state, place: best.place };
}
