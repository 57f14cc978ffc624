import React from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { LAUNCH_TYPE_MATRIX, PLATFORM_LABELS, PLATFORMS, type MatrixCell } from '@site/src/data/launchTypeMatrix';
import { pick } from '@site/src/data/localized';
import { roleType } from '@site/src/data/roleTypes';
import styles from './styles.module.css';

/** Which role does which job on EC2, Fargate and Lambda, rendered from src/data/launchTypeMatrix.ts. */
export default function RoleMatrix(): React.JSX.Element {
  const { i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const en = locale === 'en';
  return (
    <table className={styles.matrix} data-testid="role-matrix">
      <thead>
        <tr>
          <th>{en ? 'Job' : '仕事'}</th>
          {PLATFORMS.map((p) => (
            <th key={p}>{pick(PLATFORM_LABELS[p], locale)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {LAUNCH_TYPE_MATRIX.map((row) => (
          <tr key={row.id} data-job={row.id}>
            <th scope="row">{pick(row.job, locale)}</th>
            {PLATFORMS.map((p) => (
              <td key={p}>
                <Cell cell={row.cells[p]} locale={locale} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Cell({ cell, locale }: { cell: MatrixCell; locale: string }): React.JSX.Element {
  if ('notApplicable' in cell) return <span className={styles.na}>—</span>;
  const role = roleType(cell.role);
  const name = pick(role.name, locale);
  return (
    <>
      {role.page ? <Link to={`/docs/${role.page}`}>{name}</Link> : name}
      {cell.note ? <div className={styles.note}>{pick(cell.note, locale)}</div> : null}
    </>
  );
}
