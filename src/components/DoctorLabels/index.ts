import { translate } from '@docusaurus/Translate';
import type { DoctorKind, DoctorSeverity } from '@site/src/engine/doctor/types';

// The ids and messages the role doctor's results use (src/components/RoleDoctor), so a kind has one name across the site.

/** A doctor kind's name in the current locale. */
export function kindLabel(kind: DoctorKind): string {
  switch (kind) {
    case 'wrong-role':
      return translate({ id: 'doctor.kind.wrong-role', message: '別のロールに付いた権限' });
    case 'missing-permission':
      return translate({ id: 'doctor.kind.missing-permission', message: '足りない権限' });
    case 'wrong-principal':
      return translate({ id: 'doctor.kind.wrong-principal', message: '信頼ポリシーのプリンシパルの誤り' });
    case 'missing-role':
      return translate({ id: 'doctor.kind.missing-role', message: 'ロールの指定漏れ' });
    case 'confused-deputy':
      return translate({ id: 'doctor.kind.confused-deputy', message: '混乱した代理の対策漏れ' });
    case 'too-broad':
      return translate({ id: 'doctor.kind.too-broad', message: '広すぎる権限' });
    case 'same-role':
      return translate({ id: 'doctor.kind.same-role', message: '1 つのロールの兼用' });
    default:
      return kind;
  }
}

/** A severity's name in the current locale. */
export function severityLabel(severity: DoctorSeverity): string {
  return severity === 'error' ? translate({ id: 'doctor.severity.error', message: 'エラー' }) : translate({ id: 'doctor.severity.warning', message: '警告' });
}
