import React from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import RoleMatrix from '@site/src/components/RoleMatrix';
import styles from './index.module.css';

/** Home: what Rolebook is, and the one-screen table of which role does which job (the same data as the overview). */
export default function Home(): React.JSX.Element {
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
            掲載するスニペットはすべて、ビルドのたびに cfn-lint・TypeScript の型チェック・CDK の合成・IAM ポリシー文法・IAM アクションのデータセット・HCL パーサーで検証し、許可と拒否の内容を IAM ポリシーシミュレーターですべての形式について証明しています。
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
        <RoleMatrix />
      </main>
    </Layout>
  );
}
