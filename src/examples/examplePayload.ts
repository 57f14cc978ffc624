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
  verifiedAt: string;
}
