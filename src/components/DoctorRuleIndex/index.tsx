import React from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { kindLabel, severityLabel } from '@site/src/components/DoctorLabels';
import { pick } from '@site/src/data/localized';
import type { DoctorRuleIndexData } from '@site/src/plugins/doctorRulePages';
import styles from './styles.module.css';

/** Every rule of the role doctor, grouped by kind, each linking to its page. */
export default function DoctorRuleIndex({ groups }: { groups: DoctorRuleIndexData }): React.JSX.Element {
  const { i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale;
  return (
    <Layout
      title={translate({ id: 'doctorRules.index.title', message: 'ロールドクターのルール' })}
      description={translate({ id: 'doctorRules.index.description', message: 'ロールドクターが見つける問題の一覧です。ルールごとに、起きるエラー、解説、誤りの例と正しい例を示します。' })}
    >
      <main className="container margin-vert--lg" data-testid="doctor-rules">
        <Heading as="h1">
          <Translate id="doctorRules.index.heading">ロールドクターのルール</Translate>
        </Heading>
        <p>
          <Translate id="doctorRules.index.intro">ロールドクターの指摘には、それぞれルール ID が付いています。ルールのページでは、そのままだと起きるエラー、解説、検証済みの誤りの例と正しい例を示します。</Translate>
        </p>
        {groups.map((group) => (
          <section key={group.kind} data-kind={group.kind}>
            <Heading as="h2" id={group.kind}>
              {kindLabel(group.kind)}
            </Heading>
            <table className={styles.rules}>
              <thead>
                <tr>
                  <th>
                    <Translate id="doctorRules.column.id">ルール ID</Translate>
                  </th>
                  <th>
                    <Translate id="doctorRules.column.severity">重大度</Translate>
                  </th>
                  <th>
                    <Translate id="doctorRules.column.title">内容</Translate>
                  </th>
                </tr>
              </thead>
              <tbody>
                {group.rules.map((rule) => (
                  <tr key={rule.id} data-rule={rule.id} data-severity={rule.severity}>
                    <td>
                      <Link to={`/doctor/rules/${rule.id}`}>
                        <code>{rule.id}</code>
                      </Link>
                    </td>
                    <td>{severityLabel(rule.severity)}</td>
                    <td>{pick(rule.title, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </main>
    </Layout>
  );
}
