import React from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Example from '@site/src/components/Example';
import { kindLabel, severityLabel } from '@site/src/components/DoctorLabels';
import { pick } from '@site/src/data/localized';
import { roleType } from '@site/src/data/roleTypes';
import type { DoctorRulePageData } from '@site/src/plugins/doctorRulePages';
import styles from './styles.module.css';

// Catalogue messages run to several hundred characters; a link shows their start.
const MESSAGE_CHARS = 90;

function shortMessage(message: string): string {
  if (message.length <= MESSAGE_CHARS) return message;
  const cut = message.slice(0, MESSAGE_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${space > MESSAGE_CHARS / 2 ? cut.slice(0, space) : cut}…`;
}

/** One rule of the role doctor: what it checks, the errors it causes, where the docs explain it, and a wrong and a right example. */
export default function DoctorRulePage({ page }: { page: DoctorRulePageData }): React.JSX.Element {
  const { rule, errors, bad, good } = page;
  const { i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const role = rule.roleType ? roleType(rule.roleType) : undefined;
  return (
    <Layout title={`${rule.id}: ${pick(rule.title, locale)}`} description={pick(rule.description, locale)}>
      <main className="container margin-vert--lg" data-testid="doctor-rule" data-rule={rule.id}>
        <p>
          <Link to="/doctor/rules">
            <Translate id="doctorRules.rule.back">← ロールドクターのルール一覧</Translate>
          </Link>
        </p>
        <Heading as="h1">{pick(rule.title, locale)}</Heading>
        <dl className={styles.facts}>
          <dt>
            <Translate id="doctorRules.column.id">ルール ID</Translate>
          </dt>
          <dd>
            <code>{rule.id}</code>
          </dd>
          <dt>
            <Translate id="doctorRules.rule.kind">種類</Translate>
          </dt>
          <dd data-kind={rule.kind}>
            <Link to={`/doctor/rules#${rule.kind}`}>{kindLabel(rule.kind)}</Link>
          </dd>
          <dt>
            <Translate id="doctorRules.column.severity">重大度</Translate>
          </dt>
          <dd data-severity={rule.severity}>{severityLabel(rule.severity)}</dd>
          <dt>
            <Translate id="doctorRules.rule.roleType">ロールの種類</Translate>
          </dt>
          <dd data-role-type={rule.roleType ?? 'any'}>
            {!role ? <Translate id="doctorRules.rule.anyRole">すべてのロール</Translate> : role.page ? <Link to={`/docs/${role.page}`}>{pick(role.name, locale)}</Link> : pick(role.name, locale)}
          </dd>
        </dl>
        <p>{pick(rule.description, locale)}</p>
        <p>
          <Link to={`/docs/${rule.page}`} data-testid="doctor-rule-page-link">
            <Translate id="doctorRules.rule.page">解説を読む</Translate>
          </Link>
        </p>

        <Heading as="h2" id="errors">
          <Translate id="doctorRules.rule.errors">このままだと起きるエラー</Translate>
        </Heading>
        {errors.length > 0 ? (
          <ul>
            {errors.map((e) => (
              <li key={e.id}>
                <Link to={`/docs/errors#${e.id}`} data-error-id={e.id} title={e.message}>
                  <code>{shortMessage(e.message)}</code>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>
            <Translate id="doctorRules.rule.noErrors">エラーメッセージは出ません。デプロイも実行もできてしまうので、ロールドクターが知らせます。</Translate>
          </p>
        )}

        <Heading as="h2" id="bad-example">
          <Translate id="doctorRules.rule.bad">誤りの例</Translate>
        </Heading>
        {bad && rule.badExample ? (
          <Example id={rule.badExample} payload={bad} />
        ) : (
          <p>
            <Translate id="doctorRules.rule.noBad">このルールの誤りの例は掲載していません。次の正しい例と比べてください。</Translate>
          </p>
        )}

        <Heading as="h2" id="good-example">
          <Translate id="doctorRules.rule.good">正しい例</Translate>
        </Heading>
        <Example id={rule.goodExample} payload={good} />
      </main>
    </Layout>
  );
}
