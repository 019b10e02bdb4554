import { ROLE_NAMES } from '@/data/roles';
import { ROLES, type Role } from '@/data/schema';

interface Props {
  value: Role | 'all';
  onChange(role: Role | 'all'): void;
  /** Offer "All roles" first (browsing). */
  withAll?: boolean;
  /** Id of the text that says why this role (read as the combobox's description). */
  describedBy?: string;
}

/** The "Role" combobox: the posting's role on "This page", any role in "Questions". */
export function RolePicker({ value, onChange, withAll, describedBy }: Props) {
  return (
    <label class="flex items-center gap-2 text-sm">
      <span class="font-medium">Role</span>
      <select
        class="min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
        value={value}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.currentTarget.value as Role | 'all')}
      >
        {withAll && <option value="all">All roles</option>}
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {ROLE_NAMES[role]}
          </option>
        ))}
      </select>
    </label>
  );
}
