import React from 'react';
import Link from '@docusaurus/Link';
import CodeBlock from '@theme/CodeBlock';
import Heading from '@theme/Heading';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { ERROR_CATALOGUE } from '@site/src/data/errorCatalogue';
import { ERROR_SOURCE_LABELS } from '@site/src/data/errorTypes';
import { pick } from '@site/src/data/localized';
import { ROLE_TYPES } from '@site/src/data/roleTypes';
import styles from './styles.module.css';

/** Every catalogue entry, grouped by role type, each with a stable anchor (its id) and the message in a text block. */
export default function ErrorCatalogue(): React.JSX.Element {
  const { i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const en = locale === 'en';
  return (
    <div data-testid="error-catalogue">
      {ROLE_TYPES.filter((r) => ERROR_CATALOGUE.some((e) => e.roleType === r.id)).map((role) => (
        <section key={role.id}>
          <Heading as="h2" id={`role-${role.id}`}>
            {pick(role.name, locale)}
          </Heading>
          {ERROR_CATALOGUE.filter((e) => e.roleType === role.id).map((entry) => (
            <article key={entry.id} className={styles.entry} data-error-id={entry.id}>
              <Heading as="h3" id={entry.id}>
                {entry.id}
              </Heading>
              <p className={styles.where}>{entry.where.map((w) => pick(ERROR_SOURCE_LABELS[w], locale)).join(' · ')}</p>
              <CodeBlock language="text">{entry.message}</CodeBlock>
              {entry.messageJa ? (
                <>
                  <p className={styles.where}>{en ? 'In AWS’s Japanese support articles:' : 'AWS の日本語のサポート記事での表記:'}</p>
                  <CodeBlock language="text">{entry.messageJa}</CodeBlock>
                </>
              ) : null}
              <dl className={styles.details}>
                <dt>{en ? 'Cause' : '原因'}</dt>
                <dd>{pick(entry.cause, locale)}</dd>
                <dt>{en ? 'Fix' : '対処'}</dt>
                <dd>{pick(entry.fix, locale)}</dd>
              </dl>
              <p>
                <Link to={`/docs/${entry.page}`}>{en ? 'Read the explanation' : '解説を読む'}</Link>
                {' · '}
                <a href={entry.source} rel="noopener noreferrer">
                  {en ? 'Where this message was seen' : 'このメッセージの出典'}
                </a>
              </p>
            </article>
          ))}
        </section>
      ))}
    </div>
  );
}
