import React from 'react';
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';
import CodeBlock from '@theme/CodeBlock';
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
  return (
    <figure className={styles.example} data-example-id={example.id}>
      <figcaption className={styles.caption}>
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
          </TabItem>
        ))}
      </Tabs>
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
