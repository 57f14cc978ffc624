import React from 'react';
import Layout from '@theme/Layout';
import Translate, { translate } from '@docusaurus/Translate';
import RoleDoctor from '@site/src/components/RoleDoctor';

/** /doctor and /en/doctor: the role doctor. */
export default function DoctorPage(): React.JSX.Element {
  return (
    <Layout
      title={translate({ id: 'doctor.title', message: 'ロールドクター' })}
      description={translate({
        id: 'doctor.description',
        message: 'CloudFormation や Terraform のテンプレートを貼り付けると、タスクロール・タスク実行ロール・Lambda 実行ロールなどに付け間違えた権限、足りない権限、広すぎる権限、信頼ポリシーの誤りを示します。',
      })}
    >
      <main className="container margin-vert--lg">
        <h1>
          <Translate id="doctor.heading">ロールドクター</Translate>
        </h1>
        <p>
          <Translate id="doctor.intro">
            ECS や Lambda をデプロイするテンプレート (CloudFormation・Terraform・ECS タスク定義) を貼り付けてください。どのロールのどの権限が別のロールに付いているか、足りないか、広すぎるか、信頼ポリシーのプリンシパルが正しいかを、理由と修正例とともに示します。
          </Translate>
        </p>
        <RoleDoctor />
      </main>
    </Layout>
  );
}
