import React from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { ROLE_JOBS } from '@site/src/data/roleJobs';
import { roleType } from '@site/src/data/roleTypes';
import { pick } from '@site/src/data/localized';
import styles from './index.module.css';

/** Home: what Rolebook is, and a one-screen table of which role does which job. */
export default function Home(): React.JSX.Element {
  const { i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale;
  return (
    <Layout
      title={translate({ id: 'home.title', message: 'ECS と Lambda の IAM ロール早見表' })}
      description={translate({ id: 'home.description', message: 'ECS と Lambda の IAM ロールとポリシーを、機械で検証したスニペットで解説します。' })}
    >
      <header className={styles.hero}>
        <h1>Rolebook</h1>
        <p className={styles.lead}>
          <Translate id="home.lead">
            ECS と Lambda にはよく似た IAM ロールがいくつもあります。どの権限をどのロールに付けるのかを、日本語と英語で、検証済みのスニペットとともに説明します。
          </Translate>
        </p>
        <p className={styles.promise}>
          <Translate id="home.promise">
            掲載するスニペットはすべて、ビルドのたびに cfn-lint・TypeScript の型チェック・IAM ポリシー文法・IAM アクションのデータセット・HCL パーサーで検証しています。
          </Translate>
        </p>
        <Link className="button button--primary button--lg" to="/docs/intro">
          <Translate id="home.start">はじめに</Translate>
        </Link>
      </header>
      <main className={styles.main}>
        <h2>
          <Translate id="home.table.title">どの仕事をどのロールがするか</Translate>
        </h2>
        <table className={styles.table} data-testid="role-jobs">
          <thead>
            <tr>
              <th>
                <Translate id="home.table.job">やりたいこと</Translate>
              </th>
              <th>
                <Translate id="home.table.role">権限を付ける場所</Translate>
              </th>
              <th>
                <Translate id="home.table.principal">引き受けるプリンシパル</Translate>
              </th>
            </tr>
          </thead>
          <tbody>
            {ROLE_JOBS.map((job) => {
              const role = roleType(job.roleType);
              const name = pick(role.name, locale);
              return (
                <tr key={job.id}>
                  <td>
                    {pick(job.job, locale)}
                    {job.note ? <div className={styles.note}>{pick(job.note, locale)}</div> : null}
                  </td>
                  <td>{role.page ? <Link to={`/docs/${role.page}`}>{name}</Link> : name}</td>
                  <td>{role.principal ? <code>{role.principal}</code> : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </main>
    </Layout>
  );
}
