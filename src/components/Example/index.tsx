import React from 'react';
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';
import CodeBlock from '@theme/CodeBlock';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { CHECK_LABELS } from '@site/src/data/checkLabels';
import { pick } from '@site/src/data/localized';
import type { ExamplePayload } from '@site/src/examples/examplePayload';
import type { PassedCheck } from '@site/src/examples/verificationReport';
import styles from './styles.module.css';

/** One verified example, one tab per format. The tab choice is shared by every example on the site. */
export default function Example({ payload }: { id: string; payload: string }): React.JSX.Element {
  const example = JSON.parse(payload) as ExamplePayload;
  const { i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const en = locale === 'en';
  return (
    <figure className={example.mistake ? `${styles.example} ${styles.mistake}` : styles.example} data-example-id={example.id} data-mistake={example.mistake ? 'true' : undefined}>
      <figcaption className={styles.caption}>
        {example.mistake ? <span className={styles.badge}>{en ? 'Wrong: do not copy' : '誤りの例: コピーしないでください'}</span> : null}
        <strong>{pick(example.title, locale)}</strong>
        <span>{pick(example.caption, locale)}</span>
      </figcaption>
      <Tabs groupId="rolebook-format">
        {example.tabs.map((tab) => (
          <TabItem key={tab.format} value={tab.format} label={tab.label}>
            {tab.files.map((file) => (
              <div key={file.path} className={styles.file} data-example-file={file.path}>
                <CodeBlock language={file.language} title={file.path}>
                  {file.code}
                </CodeBlock>
                <ChecksLine checks={file.checks} locale={locale} />
              </div>
            ))}
            {tab.format === 'json' && example.attach.length > 0 ? (
              <p className={styles.attach}>
                {en ? 'Also attach the AWS managed policy: ' : 'AWS マネージドポリシーもアタッチします: '}
                {example.attach.map((arn) => (
                  <code key={arn}>{arn}</code>
                ))}
              </p>
            ) : null}
          </TabItem>
        ))}
      </Tabs>
      <ClaimsLine claims={example.claims} mistake={example.mistake} locale={locale} />
      <p className={styles.freshness} data-verified-at={example.verifiedAt}>
        {en ? 'Verified on ' : '検証日 '}
        {example.verifiedAt.slice(0, 10)}
        {' · '}
        {Object.entries(example.tools)
          .map(([tool, version]) => `${tool} ${version}`)
          .join(' · ')}
        {' · '}
        <Link to="/verification">{en ? 'all proofs' : 'すべての検証結果'}</Link>
      </p>
      {example.absent.map((a) => (
        <p key={a.format} className={styles.absent}>
          {a.label}: {pick(a.reason, locale)}
        </p>
      ))}
    </figure>
  );
}

function ChecksLine({ checks, locale }: { checks: PassedCheck[]; locale: string }): React.JSX.Element {
  const lead = locale === 'en' ? 'Verified:' : '検証済み:';
  return (
    <p className={styles.checks} data-checks={checks.map((c) => c.id).join(' ')}>
      {lead}{' '}
      {checks.map((check, i) => (
        <span key={check.id} className={styles.check}>
          {i > 0 ? ' · ' : ''}✓ {pick(CHECK_LABELS[check.id], locale)}
          {check.version ? ` ${check.version}` : ''}
        </span>
      ))}
    </p>
  );
}

/** What the IAM simulator proved about this example, in every format. */
function ClaimsLine({ claims, mistake, locale }: { claims: ExamplePayload['claims']; mistake: boolean; locale: string }): React.JSX.Element | null {
  if (claims.length === 0) return null;
  const en = locale === 'en';
  const lead = mistake ? (en ? 'What goes wrong (simulated in every format):' : '何が起きるか (すべての形式でシミュレーション済み):') : en ? 'Proven in every format:' : 'すべての形式で証明済み:';
  return (
    <p className={styles.claims} data-claims={claims.length}>
      {lead}{' '}
      {claims.map((claim, i) => {
        const text = pick(claim.text, locale);
        let shown: string;
        if (!claim.holds) shown = `✗ ${text} — ${en ? 'fails: this is the mistake' : '成り立たない: これが誤り'}`;
        else if (claim.expect === 'deny') shown = `✗ ${text}${en ? ', as intended' : ' (意図どおり)'}`;
        else shown = `✓ ${text}`;
        return (
          <span key={i} className={styles.claim} data-claim-holds={claim.holds ? 'true' : 'false'}>
            {i > 0 ? ' · ' : ''}
            {shown}
          </span>
        );
      })}
    </p>
  );
}
