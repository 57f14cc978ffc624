import React from 'react';
import Layout from '@theme/Layout';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { CHECK_LABELS } from '@site/src/data/checkLabels';
import { pick } from '@site/src/data/localized';
import { roleType } from '@site/src/data/roleTypes';
import { describeClaim } from '@site/src/examples/claimText';
import type { VerificationReport } from '@site/src/examples/verificationReport';

/** Every example, every format, every check and claim, from the report `npm run verify` wrote for this build. */
export default function VerificationPage({ report }: { report: VerificationReport }): React.JSX.Element {
  const { i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const en = locale === 'en';
  const examples = Object.entries(report.examples).sort(([a, x], [b, y]) => Number(x.mistake) - Number(y.mistake) || a.localeCompare(b));
  return (
    <Layout title={translate({ id: 'verification.title', message: '検証結果' })} description={translate({ id: 'verification.description', message: '掲載しているすべての例について、形式ごとの検査と証明した主張の一覧です。' })}>
      <main className="container margin-vert--lg" data-testid="verification">
        <h1>
          <Translate id="verification.heading">検証結果</Translate>
        </h1>
        <p>
          <Translate id="verification.intro" values={{ date: report.generatedAt.slice(0, 10) }}>
            {'このページのすべての例は {date} に検証しました。使ったツールとデータのバージョンは次のとおりです。'}
          </Translate>
        </p>
        <ul>
          {Object.entries(report.tools).map(([tool, version]) => (
            <li key={tool}>
              <code>{tool}</code> {version}
            </li>
          ))}
        </ul>
        {examples.map(([id, example]) => (
          <section key={id} id={id} data-verified-example={id}>
            <h2>
              {example.mistake ? (en ? 'Mistake: ' : '誤りの例: ') : ''}
              {pick(example.title, locale)}
            </h2>
            <p>
              <code>{id}</code> · {pick(roleType(example.roleType).name, locale)}
            </p>
            <table>
              <thead>
                <tr>
                  <th>{en ? 'File' : 'ファイル'}</th>
                  <th>{en ? 'Checks passed' : '通過した検査'}</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(example.files).map(([file, proof]) => (
                  <tr key={file}>
                    <td>
                      <code>{file}</code>
                    </td>
                    <td>{proof.checks.map((c) => `${pick(CHECK_LABELS[c.id], locale)}${c.version ? ` ${c.version}` : ''}`).join(' · ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {example.claims.length > 0 ? (
              <table>
                <thead>
                  <tr>
                    <th>{en ? 'Claim' : '主張'}</th>
                    <th>{en ? 'Result per format' : '形式ごとの結果'}</th>
                  </tr>
                </thead>
                <tbody>
                  {example.claims.map((c) => (
                    <tr key={c.claim.id}>
                      <td>{describeClaim(c.claim, locale)}</td>
                      <td>{c.formats.map((f) => `${f.format}: ${f.holds ? '✓' : '✗'} ${f.answer}`).join(' · ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </section>
        ))}
      </main>
    </Layout>
  );
}
