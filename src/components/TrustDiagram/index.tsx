import React from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { pick } from '@site/src/data/localized';
import { roleType, type RoleTypeId } from '@site/src/data/roleTypes';
import styles from './styles.module.css';

/**
 * Who assumes a role and who uses it, drawn as a static SVG from the role data
 * model. Rendered at build time: unlike a Mermaid diagram it needs no runtime
 * library (theme-mermaid adds about 184 KB gzipped to every doc page).
 */
export default function TrustDiagram({ role }: { role: RoleTypeId }): React.JSX.Element {
  const { i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const en = locale === 'en';
  const info = roleType(role);
  const boxes = [
    { title: en ? 'Principal' : 'プリンシパル', text: info.principal ?? (en ? 'an AWS account or user' : 'AWS アカウント・ユーザー') },
    { title: en ? 'Role' : 'ロール', text: pick(info.name, locale) },
    { title: en ? 'Used by' : '使う主体', text: pick(info.usedBy, locale) },
  ];
  const arrows = [en ? 'assumes' : '引き受ける', en ? 'credentials to' : '認証情報を渡す'];
  const width = 760;
  const boxWidth = 200;
  const gap = (width - boxWidth * 3) / 2;
  return (
    <figure className={styles.diagram} data-role-diagram={role}>
      <svg viewBox={`0 0 ${width} 120`} role="img" aria-label={`${boxes[0].text} → ${boxes[1].text} → ${boxes[2].text}`}>
        <defs>
          <marker id={`arrow-${role}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" className={styles.arrowHead} />
          </marker>
        </defs>
        {boxes.map((box, i) => {
          const x = i * (boxWidth + gap);
          return (
            <g key={box.title}>
              <rect x={x + 1} y={20} width={boxWidth - 2} height={80} rx={8} className={i === 1 ? styles.role : styles.box} />
              <text x={x + boxWidth / 2} y={44} className={styles.title} textAnchor="middle">
                {box.title}
              </text>
              <foreignObject x={x + 8} y={52} width={boxWidth - 16} height={46}>
                <div className={styles.text}>{box.text}</div>
              </foreignObject>
            </g>
          );
        })}
        {arrows.map((label, i) => {
          const x1 = boxWidth + i * (boxWidth + gap);
          return (
            <g key={label}>
              <line x1={x1 + 4} y1={60} x2={x1 + gap - 4} y2={60} className={styles.arrow} markerEnd={`url(#arrow-${role})`} />
              <text x={x1 + gap / 2} y={52} className={styles.label} textAnchor="middle">
                {label}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
