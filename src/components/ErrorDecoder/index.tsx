import React, { useDeferredValue, useEffect, useMemo, useState } from 'react';
import Link from '@docusaurus/Link';
import { useHistory, useLocation } from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { ERROR_CATALOGUE } from '@site/src/data/errorCatalogue';
import { ERROR_SOURCE_LABELS, type ErrorEntry } from '@site/src/data/errorTypes';
import { pick } from '@site/src/data/localized';
import { roleType } from '@site/src/data/roleTypes';
import { readAssumedRole, type RoleUser } from '@site/src/engine/decoder/assumedRole';
import { ErrorMatcher } from '@site/src/engine/decoder/matchErrors';
import { MAX_INPUT } from '@site/src/engine/decoder/tokens';
import styles from './styles.module.css';

const BY_ID = new Map<string, ErrorEntry>(ERROR_CATALOGUE.map((e) => [e.id, e]));
// Links carry at most this much of the message: enough to match, short enough for a URL.
const MAX_SHARED = 2_000;

const USED_BY: Record<RoleUser, { ja: string; en: string }> = {
  'ecs-task': { ja: 'ECS タスク (タスクロール。ロール名がタスク実行ロールなら、2 つのロールを兼用しています)', en: 'an ECS task (its task role; if the name is your execution role, the two roles are the same role)' },
  'ec2-instance': { ja: 'EC2 インスタンス (コンテナインスタンス IAM ロール)', en: 'an EC2 instance (the container instance role)' },
  'lambda-function': { ja: 'Lambda 関数 (実行ロール。セッション名は関数名です)', en: 'a Lambda function (its execution role; the session name is the function name)' },
  'person-or-ci': { ja: 'デプロイする人や CI (CLI・SDK・CI ツールのセッション)', en: 'a person or CI deploying (a CLI, SDK or CI tool session)' },
  unknown: { ja: 'セッション名からは判断できません', en: 'cannot tell from the session name' },
};

/** Paste an error message, get the catalogue entries that explain it. Runs entirely in the browser. */
export default function ErrorDecoder(): React.JSX.Element {
  const { i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const en = locale === 'en';
  const location = useLocation();
  const history = useHistory();
  const [text, setText] = useState('');
  const query = useDeferredValue(text);

  // ?q= makes a result shareable; it is read as text, never as markup.
  useEffect(() => {
    const q = new URLSearchParams(location.search).get('q');
    if (q !== null) setText(q);
  }, [location.search]);

  const matcher = useMemo(() => new ErrorMatcher(ERROR_CATALOGUE.map((e) => ({ id: e.id, texts: e.messageJa ? [e.message, e.messageJa] : [e.message] }))), []);
  const results = useMemo(() => matcher.match(query, 5), [matcher, query]);
  const assumed = useMemo(() => readAssumedRole(query), [query]);

  const share = () => {
    history.replace({ pathname: location.pathname, search: `?q=${encodeURIComponent(text.slice(0, MAX_SHARED))}` });
  };

  return (
    <div className={styles.decoder}>
      <label htmlFor="error-input" className={styles.label}>
        {en ? 'Paste the whole error message (your IDs and ARNs can stay in it; nothing leaves this page)' : 'エラーメッセージ全体を貼り付けてください (ID や ARN はそのままでかまいません。入力はこのページの外に送信されません)'}
      </label>
      <textarea id="error-input" data-testid="error-input" className={styles.input} value={text} onChange={(e) => setText(e.target.value)} rows={6} spellCheck={false} />
      <div className={styles.actions}>
        <button type="button" className="button button--secondary button--sm" onClick={share} disabled={text.trim() === ''}>
          {en ? 'Link to this result' : 'この結果へのリンク'}
        </button>
        {text.length > MAX_INPUT ? <span className={styles.note}>{en ? `Only the first ${MAX_INPUT.toLocaleString('en')} characters are read.` : `先頭の ${MAX_INPUT.toLocaleString('ja')} 文字だけを読みます。`}</span> : null}
      </div>

      {assumed ? (
        <p className={styles.assumed} data-testid="assumed-role" data-used-by={assumed.usedBy}>
          {en ? 'Role in the message: ' : 'メッセージ中のロール: '}
          <code>{assumed.roleName}</code>
          {en ? ', session ' : '、セッション '}
          <code>{assumed.sessionName}</code>
          {en ? '. Used by: ' : '。使った主体: '}
          {pick(USED_BY[assumed.usedBy], locale)}
        </p>
      ) : null}

      {query.trim() !== '' && results.length === 0 ? <p>{en ? 'No catalogue entry matches this message.' : 'カタログに一致するエントリーがありません。'}</p> : null}
      <ol className={styles.results} data-testid="error-results">
        {results.map((r) => {
          const entry = BY_ID.get(r.id)!;
          const role = roleType(entry.roleType);
          return (
            <li key={r.id} className={styles.result} data-error-id={entry.id} data-role-type={entry.roleType}>
              <p className={styles.head}>
                <strong>{pick(role.name, locale)}</strong>
                <span className={styles.where}>{entry.where.map((w) => pick(ERROR_SOURCE_LABELS[w], locale)).join(' · ')}</span>
              </p>
              <pre className={styles.message}>{entry.message}</pre>
              <p>
                <strong>{en ? 'Cause: ' : '原因: '}</strong>
                {pick(entry.cause, locale)}
              </p>
              <p>
                <strong>{en ? 'Fix: ' : '対処: '}</strong>
                {pick(entry.fix, locale)}
              </p>
              <p className={styles.links}>
                <Link to={`/docs/${entry.page}`}>{en ? 'Explanation and verified snippet' : '解説と検証済みのスニペット'}</Link>
                {' · '}
                <Link to={`/docs/errors#${entry.id}`}>{en ? 'Catalogue entry' : 'カタログのエントリー'}</Link>
              </p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
