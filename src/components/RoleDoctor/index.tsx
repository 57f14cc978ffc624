import React, { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import CodeBlock from '@theme/CodeBlock';
import { usePluralForm } from '@docusaurus/theme-common';
import { pick } from '@site/src/data/localized';
import { ROLE_TYPES } from '@site/src/data/roleTypes';
import { kindLabel, severityLabel } from '@site/src/components/DoctorLabels';
import type { DoctorFinding, DoctorInput, DoctorReport, DoctorRoleType } from '@site/src/engine/doctor/types';
import { createDoctorClient, type DoctorClient, type DoctorOutcome } from './doctorClient';
import { countLines, excerpt, FILE_PATTERN, formatSize, lineRange, lineStarts, MAX_CHARS, MAX_LINES, pastedName, type PasteFormat } from './inputs';
import styles from './styles.module.css';

// Typing pauses this long before the doctor runs again.
const DEBOUNCE_MS = 500;

type State = 'idle' | 'running' | 'done' | 'error';

interface Run {
  inputs: DoctorInput[];
  outcome: DoctorOutcome;
  started: number;
}

function roleTypeName(id: DoctorRoleType, locale: string): string {
  const found = ROLE_TYPES.find((r) => r.id === id);
  return found ? pick(found.name, locale) : translate({ id: 'doctor.roleType.unknown', message: '用途不明' });
}

function codeLanguage(file: string): string {
  if (/\.tf$/i.test(file)) return 'hcl';
  if (/\.json$/i.test(file)) return 'json';
  return 'yaml';
}

/** Paste or drop templates; the role doctor names each permission on the wrong role, missing or too broad. Runs in the browser only. */
export default function RoleDoctor(): React.JSX.Element {
  const { i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const { selectMessage } = usePluralForm();
  const [text, setText] = useState('');
  const [format, setFormat] = useState<PasteFormat>('auto');
  const [files, setFiles] = useState<DoctorInput[]>([]);
  const [fileNotes, setFileNotes] = useState<string[]>([]);
  const [dragging, setDragging] = useState(false);
  const [refusedPaste, setRefusedPaste] = useState<number | undefined>();
  const [state, setState] = useState<State>('idle');
  const [run, setRun] = useState<Run | undefined>();
  const [runs, setRuns] = useState(0);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const filePicker = useRef<HTMLInputElement>(null);
  const client = useRef<DoctorClient | undefined>(undefined);
  const busy = useRef(false);
  const queued = useRef(false);

  const pasted = useMemo<DoctorInput | undefined>(() => (text.trim() === '' ? undefined : { name: pastedName(text, format), text }), [text, format]);
  const inputs = useMemo(() => (pasted ? [pasted, ...files] : files), [pasted, files]);
  const size = useMemo(() => {
    const chars = inputs.reduce((n, i) => n + i.text.length, 0);
    // Counting lines of a huge paste is wasted work: it is refused on its length alone.
    return { chars, lines: chars > MAX_CHARS ? Infinity : inputs.reduce((n, i) => n + countLines(i.text), 0) };
  }, [inputs]);
  const tooLarge = size.chars > MAX_CHARS || size.lines > MAX_LINES;
  const latest = useRef(inputs);
  latest.current = tooLarge ? [] : inputs;

  useEffect(() => () => client.current?.dispose(), []);

  // One run at a time: a request made while one runs is folded into a single next run over the latest inputs.
  const scheduled = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const diagnose = useCallback(async () => {
    clearTimeout(scheduled.current);
    if (busy.current) {
      queued.current = true;
      return;
    }
    busy.current = true;
    try {
      for (;;) {
        queued.current = false;
        const given = latest.current;
        if (given.length === 0) {
          setRun(undefined);
          setState('idle');
          if (queued.current) continue;
          return;
        }
        setState('running');
        const started = performance.now();
        client.current ??= createDoctorClient();
        const outcome = await client.current.run(given);
        if (queued.current) continue;
        setRun({ inputs: given, outcome, started });
        setState('error' in outcome ? 'error' : 'done');
        setRuns((n) => n + 1);
        return;
      }
    } finally {
      busy.current = false;
    }
  }, []);

  // Diagnose shortly after typing or pasting stops, and at once when files change.
  const touched = useRef(false);
  useEffect(() => {
    if (!touched.current) return;
    scheduled.current = setTimeout(() => void diagnose(), DEBOUNCE_MS);
    return () => clearTimeout(scheduled.current);
  }, [text, format, diagnose]);
  useEffect(() => {
    if (touched.current) void diagnose();
  }, [files, diagnose]);

  // A measurement hook for scripts/benchDoctor.ts: from the request to the rendered report.
  useEffect(() => {
    if (!run) return;
    performance.measure('rolebook-doctor', { start: run.started, detail: { engineMs: run.outcome.engineMs, inputs: run.inputs.length } });
  }, [run]);

  const addFiles = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    const notes: string[] = [];
    const read: DoctorInput[] = [];
    for (const file of Array.from(list)) {
      if (!FILE_PATTERN.test(file.name)) {
        notes.push(translate({ id: 'doctor.file.unsupported', message: '{name} は読めない種類のファイルです (.yaml .yml .json .template .tf を読みます)' }, { name: file.name }));
      } else if (file.size > MAX_CHARS) {
        notes.push(translate({ id: 'doctor.file.tooLarge', message: '{name} は大きすぎるため読みません ({size}。1 ファイル 1 MB まで)' }, { name: file.name, size: formatSize(file.size, locale) }));
      } else {
        read.push({ name: file.name, text: await file.text() });
      }
    }
    setFileNotes(notes);
    touched.current = true;
    if (read.length > 0) setFiles((current) => [...current.filter((f) => !read.some((r) => r.name === f.name)), ...read]);
  };

  // "line N" of the pasted template: select that line in the text area.
  const jumpTo = (line: number) => {
    const area = textarea.current;
    if (!area) return;
    const [start, end] = lineRange(area.value, line);
    area.focus();
    area.setSelectionRange(start, end);
    const lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 18;
    area.scrollTop = Math.max(0, (line - 3) * lineHeight);
    area.scrollIntoView({ block: 'nearest' });
  };

  const report: DoctorReport | undefined = run && 'report' in run.outcome ? run.outcome.report : undefined;
  const errors = report?.findings.filter((f) => f.severity === 'error').length ?? 0;
  const warnings = report ? report.findings.length - errors : 0;
  // Line offsets of each diagnosed input, for excerpts.
  const sources = useMemo(() => new Map((run?.inputs ?? []).map((i) => [i.name, { text: i.text, starts: lineStarts(i.text) }])), [run]);
  const pastedNow = run?.inputs[0] && pasted && run.inputs[0].name === pasted.name && run.inputs[0].text === text ? pasted.name : undefined;

  const where = (file: string, line: number) => {
    const label = translate({ id: 'doctor.where', message: '{file} の {line} 行目' }, { file, line });
    return file === pastedNow ? (
      <button type="button" className={styles.lineLink} onClick={() => jumpTo(line)} data-jump-line={line}>
        {label}
      </button>
    ) : (
      <span>{label}</span>
    );
  };

  return (
    <div
      className={styles.doctor}
      data-testid="doctor"
      data-state={state}
      data-runs={runs}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        void addFiles(e.dataTransfer.files);
      }}
    >
      <p className={styles.privacy}>
        {translate({
          id: 'doctor.privacy',
          message: 'テンプレートはこのブラウザーの中だけで読み、どこにも送信しません。診断に使う IAM のデータ (アクション・条件キー・リソースタイプ) も、このサイトから読み込みます。',
        })}
      </p>

      <div className={styles.pasteHead}>
        <label htmlFor="doctor-input">
          {translate({ id: 'doctor.input.label', message: 'テンプレートを貼り付けてください (CloudFormation の YAML・JSON、Terraform、ECS タスク定義の JSON)' })}
        </label>
        <label className={styles.format}>
          {translate({ id: 'doctor.format.label', message: '形式' })}{' '}
          <select value={format} onChange={(e) => {
              touched.current = true;
              setFormat(e.target.value as PasteFormat);
            }} data-testid="doctor-format">
            <option value="auto">{translate({ id: 'doctor.format.auto', message: '自動判別' })}</option>
            <option value="yaml">{translate({ id: 'doctor.format.yaml', message: 'CloudFormation (YAML)' })}</option>
            <option value="json">{translate({ id: 'doctor.format.json', message: 'JSON (CloudFormation・タスク定義・ポリシー)' })}</option>
            <option value="tf">{translate({ id: 'doctor.format.tf', message: 'Terraform (HCL)' })}</option>
          </select>
        </label>
      </div>
      <textarea
        id="doctor-input"
        ref={textarea}
        data-testid="doctor-input"
        className={styles.input}
        value={text}
        onChange={(e) => {
          touched.current = true;
          setRefusedPaste(undefined);
          setText(e.target.value);
        }}
        onPaste={(e) => {
          // A huge paste is refused before it reaches the text area: laying out megabytes of
          // text alone keeps the browser busy for seconds.
          const area = e.currentTarget;
          const added = e.clipboardData.getData('text/plain').length;
          if (area.value.length - (area.selectionEnd - area.selectionStart) + added > MAX_CHARS) {
            e.preventDefault();
            setRefusedPaste(added);
          }
        }}
        onFocus={() => (client.current ??= createDoctorClient()).warm()}
        rows={14}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
      />

      <div className={`${styles.drop} ${dragging ? styles.dragging : ''}`} data-testid="doctor-drop">
        <button type="button" className="button button--secondary button--sm" onClick={() => filePicker.current?.click()}>
          {translate({ id: 'doctor.file.choose', message: 'ファイルを選ぶ' })}
        </button>
        <span>{translate({ id: 'doctor.file.drop', message: 'またはここにファイルをドロップ (.yaml .yml .json .template .tf、複数可)' })}</span>
        <input
          ref={filePicker}
          type="file"
          multiple
          hidden
          accept=".yaml,.yml,.json,.template,.tf"
          data-testid="doctor-files"
          onChange={(e) => {
            void addFiles(e.target.files);
            e.target.value = '';
          }}
        />
      </div>
      {files.length > 0 ? (
        <ul className={styles.files} data-testid="doctor-file-list">
          {files.map((f) => (
            <li key={f.name}>
              <code>{f.name}</code> <span className={styles.muted}>{formatSize(f.text.length, locale)}</span>{' '}
              <button
                type="button"
                className="button button--link button--sm"
                aria-label={translate({ id: 'doctor.file.removeLabel', message: '{name} を外す' }, { name: f.name })}
                onClick={() => {
                  touched.current = true;
                  setFiles((current) => current.filter((x) => x !== f));
                }}
              >
                {translate({ id: 'doctor.file.remove', message: '外す' })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {fileNotes.map((note) => (
        <p key={note} className={styles.note} role="alert">
          {note}
        </p>
      ))}

      <div className={styles.actions}>
        <button type="button" className="button button--primary" onClick={() => void diagnose()} disabled={inputs.length === 0 || tooLarge} data-testid="doctor-run">
          {translate({ id: 'doctor.run', message: '診断する' })}
        </button>
        {refusedPaste !== undefined ? (
          <span className={styles.note} role="alert" data-testid="doctor-paste-refused">
            {translate(
              { id: 'doctor.pasteRefused', message: '貼り付けたテキストが大きすぎるため ({size})、貼り付けませんでした。ロールドクターが読むのは合計 {max} までです。' },
              { size: formatSize(refusedPaste, locale), max: formatSize(MAX_CHARS, locale) },
            )}
          </span>
        ) : null}
        {tooLarge ? (
          <span className={styles.note} role="alert" data-testid="doctor-too-large">
            {translate(
              { id: 'doctor.tooLarge', message: '入力が大きすぎます ({size})。ロールドクターが読むのは合計 {max}、{lines} 行までです。テンプレートを分けて診断してください。' },
              { size: formatSize(size.chars, locale), max: formatSize(MAX_CHARS, locale), lines: MAX_LINES.toLocaleString(locale) },
            )}
          </span>
        ) : null}
      </div>

      <div aria-live="polite" className={styles.summary} data-testid="doctor-summary">
        {state === 'running' ? translate({ id: 'doctor.running', message: '診断しています…' }) : null}
        {state === 'error' && run && 'error' in run.outcome
          ? translate({ id: 'doctor.failed', message: '診断できませんでした: {message}' }, { message: run.outcome.error })
          : null}
        {state === 'done' && report ? (
          <>
            {report.findings.length > 0
              ? `${selectMessage(errors, translate({ id: 'doctor.summary.errors', message: 'エラー {count} 件' }, { count: errors }))}${translate({ id: 'doctor.summary.separator', message: '、' })}${selectMessage(
                  warnings,
                  translate({ id: 'doctor.summary.warnings', message: '警告 {count} 件' }, { count: warnings }),
                )}`
              : report.roles.length > 0
                ? translate({ id: 'doctor.summary.clean', message: '問題は見つかりませんでした。' })
                : translate({ id: 'doctor.summary.noRoles', message: 'IAM ロールもロールを使うリソースも見つかりませんでした。' })}
            {report.problems.length > 0
              ? ` ${selectMessage(report.problems.length, translate({ id: 'doctor.summary.problems', message: '読めなかった入力 {count} 件' }, { count: report.problems.length }))}`
              : null}
          </>
        ) : null}
      </div>

      {report && report.problems.length > 0 ? (
        <section>
          <h2 className={styles.heading}>{translate({ id: 'doctor.problems.heading', message: '読めなかった入力' })}</h2>
          <ul className={styles.problems} data-testid="doctor-problems">
            {report.problems.map((p, i) => (
              <li key={`${p.file}:${p.line}:${i}`} data-file={p.file} data-line={p.line}>
                {where(p.file, p.line)}: {pick(p.message, locale)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {report && report.findings.length > 0 ? (
        <section>
          <h2 className={styles.heading}>{translate({ id: 'doctor.findings.heading', message: '診断結果' })}</h2>
          <ol className={styles.findings} data-testid="doctor-findings">
            {report.findings.map((f, i) => (
              <FindingItem key={`${f.rule}:${f.file}:${f.line}:${i}`} finding={f} locale={locale} source={sources.get(f.file)} where={where(f.file, f.line)} />
            ))}
          </ol>
        </section>
      ) : null}

      {report && report.roles.length > 0 ? (
        <section>
          <h2 className={styles.heading}>{translate({ id: 'doctor.roles.heading', message: '見つかったロール' })}</h2>
          <ul className={styles.roles} data-testid="doctor-roles">
            {report.roles.map((r) => (
              <li key={`${r.file}:${r.name}`} data-role={r.name} data-role-types={r.roleTypes.join(' ')} data-known={r.known}>
                <code>{r.name}</code> → {r.roleTypes.length > 0 ? r.roleTypes.map((t) => roleTypeName(t, locale)).join(translate({ id: 'doctor.summary.separator', message: '、' })) : roleTypeName('unknown', locale)}{' '}
                <span className={styles.muted}>
                  ({where(r.file, r.line)}
                  {r.known ? null : translate({ id: 'doctor.roles.referenced', message: '。入力の外で作られたロールで、ポリシーはわかりません' })})
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function FindingItem({ finding: f, locale, source, where }: { finding: DoctorFinding; locale: string; source?: { text: string; starts: number[] }; where: React.ReactNode }): React.JSX.Element {
  const lines = source ? excerpt(source.text, source.starts, f.line) : [];
  return (
    <li
      className={`${styles.finding} ${f.severity === 'error' ? styles.error : styles.warning}`}
      data-rule={f.rule}
      data-kind={f.kind}
      data-role={f.role}
      data-line={f.line}
      data-severity={f.severity}
      data-file={f.file}
    >
      <p className={styles.findingHead}>
        <span className={styles.severity}>{severityLabel(f.severity)}</span>
        <Link to={`/doctor/rules/${encodeURIComponent(f.rule)}`} className={styles.rule}>
          {f.rule}
        </Link>
        <span className={styles.muted}>{kindLabel(f.kind)}</span>
      </p>
      <p className={styles.role}>
        <code>{f.role}</code> ({roleTypeName(f.roleType, locale)}) · {where}
      </p>
      {lines.length > 0 ? (
        <pre className={styles.excerpt} aria-label={translate({ id: 'doctor.excerpt.label', message: '{file} の該当箇所' }, { file: f.file })}>
          {lines.map((l) => (
            <span key={l.number} className={l.number === f.line ? styles.current : undefined} data-excerpt-line={l.number}>
              <span className={styles.lineNumber} aria-hidden="true">
                {l.number}
              </span>
              {l.text}
              {'\n'}
            </span>
          ))}
        </pre>
      ) : null}
      <p>{pick(f.message, locale)}</p>
      <p>
        <strong>{translate({ id: 'doctor.fix', message: '対処: ' })}</strong>
        {pick(f.fix, locale)}
      </p>
      {f.change ? (
        <CodeBlock language={codeLanguage(f.file)} title={translate({ id: 'doctor.change', message: '修正例' })}>
          {f.change}
        </CodeBlock>
      ) : null}
      <p className={styles.links}>
        <Link to={`/docs/${f.page}`}>{translate({ id: 'doctor.link.page', message: '解説' })}</Link>
        {f.errorIds.map((id) => (
          <React.Fragment key={id}>
            {' · '}
            <Link to={`/docs/errors#${id}`} data-error-id={id}>
              {translate({ id: 'doctor.link.error', message: 'このままだと起きるエラー: {id}' }, { id })}
            </Link>
          </React.Fragment>
        ))}
        {f.example ? (
          <>
            {' · '}
            <Link to={`/verification#${f.example}`}>{translate({ id: 'doctor.link.example', message: '検証済みの例: {id}' }, { id: f.example })}</Link>
          </>
        ) : null}
      </p>
    </li>
  );
}
