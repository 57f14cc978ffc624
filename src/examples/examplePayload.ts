import type { Localized } from '../data/localized';
import type { RoleTypeId } from '../data/roleTypes';
import type { Format } from './exampleMeta';
import type { PassedCheck } from './verificationReport';

/** What the build hands to <Example />: the verified files' text and what was proved about them. */
export interface ExamplePayload {
  id: string;
  roleType: RoleTypeId;
  title: Localized;
  caption: Localized;
  tabs: {
    format: Format;
    label: string;
    files: { path: string; language: string; code: string; checks: PassedCheck[] }[];
  }[];
  absent: { format: Format; label: string; reason: Localized }[];
  /** AWS managed policies the JSON tab asks the reader to attach. */
  attach: string[];
  /** A wrong version that a page shows on purpose. */
  mistake: boolean;
  /** Claims proven in every format, as phrases in both languages. */
  claims: { text: Localized; expect: 'allow' | 'deny' | 'wired'; holds: boolean }[];
  verifiedAt: string;
  /** Tool and data set versions of that verification. */
  tools: Record<string, string>;
}
