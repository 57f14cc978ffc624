import type { Localized } from '../data/localized';
import type { RoleTypeId } from '../data/roleTypes';
import type { Claim } from '../engine/claims/claim';
import type { Format } from './exampleMeta';

/** What `npm run verify` proved about each example file; the build renders it under each example. */
export type CheckId = 'cfn-lint' | 'service-principals' | 'hcl' | 'terraform-types' | 'iam-grammar' | 'iam-actions' | 'typescript' | 'cdk-synth' | 'json';

export interface PassedCheck {
  id: CheckId;
  /** The tool's version, or the data set's date. */
  version?: string;
}

export interface VerifiedFile {
  sha256: string;
  checks: PassedCheck[];
}

/** A claim and, per format, whether the simulator agreed. */
export interface ProvenClaim {
  claim: Claim;
  formats: { format: Format; holds: boolean; answer: string }[];
}

export interface VerificationReport {
  generatedAt: string;
  tools: Record<string, string>;
  examples: Record<string, { title: Localized; roleType: RoleTypeId; mistake: boolean; files: Record<string, VerifiedFile>; claims: ProvenClaim[] }>;
}

/** Where verify writes the report and the build reads it (git-ignored; rebuilt by `npm run verify`). */
export const REPORT_PATH = '.verify-cache/report.json';
