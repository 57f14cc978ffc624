import type { Localized } from '../../data/localized';
import type { RoleTypeId } from '../../data/roleTypes';

/** One file a reader gives the doctor: its name (used in findings) and its text. */
export interface DoctorInput {
  name: string;
  text: string;
  /** Found in a folder rather than named: a file that is none of the readable kinds is skipped, not reported. */
  fromFolder?: boolean;
}

/** What a finding is about; rules of one kind share a page section and a fix style. */
export type DoctorKind = 'wrong-role' | 'missing-permission' | 'wrong-principal' | 'missing-role' | 'confused-deputy' | 'too-broad' | 'same-role';

export const DOCTOR_KINDS: readonly DoctorKind[] = ['wrong-role', 'missing-permission', 'wrong-principal', 'missing-role', 'confused-deputy', 'too-broad', 'same-role'];

export type DoctorSeverity = 'error' | 'warning';

/** How the doctor decided what a role is used as; `unknown` for a role only referenced (imported ARN, variable). */
export type DoctorRoleType = RoleTypeId | 'unknown';

/** One thing wrong in the reader's input, in both languages. */
export interface DoctorFinding {
  /** Stable id, documented at /doctor/rules/<rule>. */
  rule: string;
  kind: DoctorKind;
  severity: DoctorSeverity;
  /** The input's name, as given. */
  file: string;
  /** 1-based line in that input. */
  line: number;
  /** The role's name in the input (logical ID, Terraform address); for a resource policy, the resource that holds it. */
  role: string;
  roleType: DoctorRoleType;
  message: Localized;
  fix: Localized;
  /** The smallest change that fixes it, written in the input's own format (YAML, HCL or JSON). */
  change?: string;
  /** Ids of error catalogue entries (src/data/errorCatalogue.ts) this causes. */
  errorIds: string[];
  /** Docs page (with anchor) that explains it, relative to /docs/, e.g. `roles/task-execution-role#secrets`. */
  page: string;
  /** A verified example that shows the right version. */
  example?: string;
}

/** An input the doctor could not read (syntax error, unknown kind, a missing file a Terraform configuration names). */
export interface DoctorProblem {
  file: string;
  line: number;
  message: Localized;
}

/** A role as the doctor understood it: what uses it, from the reader's input. */
export interface DoctorRole {
  name: string;
  file: string;
  line: number;
  /** False for a role the input only references (an imported ARN, a variable): its policies are unknown. */
  known: boolean;
  roleTypes: DoctorRoleType[];
}

export interface DoctorReport {
  findings: DoctorFinding[];
  problems: DoctorProblem[];
  roles: DoctorRole[];
}
