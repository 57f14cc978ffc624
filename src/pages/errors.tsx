import React from 'react';
import Layout from '@theme/Layout';
import Translate, { translate } from '@docusaurus/Translate';
import ErrorDecoder from '@site/src/components/ErrorDecoder';

/** /errors and /en/errors: the error decoder. */
export default function ErrorsPage(): React.JSX.Element {
  return (
    <Layout
      title={translate({ id: 'errors.title', message: 'エラーメッセージから調べる' })}
      description={translate({ id: 'errors.description', message: 'ECS と Lambda の IAM エラーメッセージを貼り付けると、直すべきロールと原因、検証済みのスニペットを示します。' })}
    >
      <main className="container margin-vert--lg">
        <h1>
          <Translate id="errors.heading">エラーメッセージから調べる</Translate>
        </h1>
        <p>
          <Translate id="errors.intro">
            受け取ったエラーメッセージを、アカウント ID や ARN を含んだまま貼り付けてください。直すべきロール、原因、対処を順位付けして示します。照合はすべてブラウザーの中で行います。
          </Translate>
        </p>
        <ErrorDecoder />
      </main>
    </Layout>
  );
}
