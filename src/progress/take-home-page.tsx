import { type FormEvent, useEffect, useRef, useState } from 'react';
import { type LessonLanguage, lessonLanguageFor, useTranslation, useUiLanguage } from '../i18n/index.ts';
import { Link } from 'react-router';
import { PageHeading } from '../a11y/index.ts';
import { lessonIndex, lessonsOfModule } from '../content/index.ts';
import { type Progress, lessonState, useProgress, useProgressStore } from './index.ts';
import {
  type Brought,
  bringInCode,
  bringInFile,
  codeInFragment,
  linkFragment,
  maxFileBytes,
  progressFile,
  progressFileName,
} from './transfer/index.ts';
import { Button, Field, LazyQrCode } from '../ui/index.ts';
import { usePageTitle } from '../page/page-head.tsx';
import { paths } from '../paths/index.ts';
import { CodeGroups, useTakeHomeCode } from './take-home-code.tsx';

type Refusal = Extract<Brought, { ok: false }>['problem'];

/** What some progress holds, per module, in the lessons of this language: the preview's lines. */
function describe(progress: Progress, lang: LessonLanguage) {
  const modules = lessonIndex.modules.map((module) => {
    const states = lessonsOfModule(lang, module.id).map((lesson) => lessonState(progress, lang, lesson).status);
    return { id: module.id, title: module.title[lang], done: states.filter((state) => state === 'done').length, started: states.filter((state) => state === 'started').length };
  });
  const otherLanguage = Object.keys(progress.lessons).filter((key) => !key.startsWith(`${lang}/`)).length;
  return { modules: modules.filter((module) => module.done + module.started > 0), otherLanguage };
}

/**
 * Take your progress with you: a code to copy by hand, a link and a QR code
 * (the progress in the address's fragment, never sent to a server), and a
 * file; and bringing progress in from any of them, with a preview of what it
 * holds before anything changes. The prerendered page has the texts and the
 * form; the code, link and QR code fill in once the stored progress is read.
 */
export function TakeHomePage() {
  const { t } = useTranslation('transfer');
  const { t: tCommon } = useTranslation();
  const language = useUiLanguage();
  const lessonLanguage = lessonLanguageFor(language);
  usePageTitle(t('page.title'), tCommon('siteName'));
  const store = useProgressStore();
  const { progress, ready } = useProgress(store);
  const groups = useTakeHomeCode(progress, ready);
  const anything = Object.keys(progress.lessons).length > 0;

  const [typed, setTyped] = useState('');
  const [refusal, setRefusal] = useState<Refusal>();
  const [preview, setPreview] = useState<Extract<Brought, { ok: true }>>();
  const [result, setResult] = useState<'broughtIn' | 'notKept' | 'failed'>();
  const codeInput = useRef<HTMLInputElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const resultLine = useRef<HTMLParagraphElement>(null);

  // The code is made in the browser only, after the stored progress is read: never while prerendering.
  const link = groups ? `${window.location.origin}${import.meta.env.BASE_URL.replace(/\/$/u, '')}${paths.takeHome(language)}#${linkFragment(groups)}` : undefined;

  function show(brought: Brought) {
    setResult(undefined);
    if (brought.ok) {
      setRefusal(undefined);
      setPreview(brought);
      return;
    }
    setPreview(undefined);
    setRefusal(brought.problem);
  }

  // A link's code: shown as a preview at once; nothing is brought in until the learner says so.
  useEffect(() => {
    const code = codeInFragment(window.location.hash);
    if (code === undefined) return;
    void bringInCode(code).then((brought) => {
      setTyped(code);
      show(brought);
    });
  }, []);

  useEffect(() => {
    if (preview) previewHeading.current?.focus();
  }, [preview]);
  useEffect(() => {
    if (refusal?.from === 'code') codeInput.current?.focus();
    if (refusal?.from === 'file') fileInput.current?.focus();
  }, [refusal]);
  useEffect(() => {
    if (result) resultLine.current?.focus();
  }, [result]);

  function onShowCode(event: FormEvent) {
    event.preventDefault();
    void bringInCode(typed).then(show);
  }

  function onFile(file: File | undefined) {
    if (!file) return;
    if (file.size > maxFileBytes) {
      show({ ok: false, problem: { from: 'file', problem: 'tooBig' } });
      return;
    }
    file.text().then(
      (text) => show(bringInFile(text)),
      () => show({ ok: false, problem: { from: 'file', problem: 'unreadable' } }),
    );
  }

  function onBringIn() {
    if (!preview) return;
    store.bringIn(preview.progress).then(
      (kept) => {
        setPreview(undefined);
        setTyped('');
        setResult(kept ? 'broughtIn' : 'notKept');
        // The code has done its work: a reload does not offer it again.
        if (codeInFragment(window.location.hash) !== undefined) window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
      },
      () => setResult('failed'),
    );
  }

  function onSaveFile() {
    const now = Date.now();
    const url = URL.createObjectURL(new Blob([progressFile(progress, now)], { type: 'application/json' }));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = progressFileName(t('page.fileWord'), now);
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  const problemText = (problem: Refusal): string => {
    if (problem.from === 'file') {
      const key = `file${problem.problem.charAt(0).toUpperCase()}${problem.problem.slice(1)}` as const;
      return t(`problem.${key}` as 'problem.fileEmpty');
    }
    const { problem: codeProblem } = problem;
    switch (codeProblem.kind) {
      case 'character':
        return t('problem.character', { group: codeProblem.group, character: codeProblem.character });
      case 'groupLength':
        return t('problem.groupLength', { group: codeProblem.group, length: codeProblem.length });
      case 'groupCheck':
        return t('problem.groupCheck', { group: codeProblem.group });
      case 'missingBefore':
        return t('problem.missingBefore', { group: codeProblem.group });
      case 'invisible':
        return t('problem.invisible', { group: codeProblem.group });
      default:
        return t(`problem.${codeProblem.kind}`);
    }
  };
  const refusalText = refusal ? `${problemText(refusal)} ${t('page.unchanged')}` : undefined;
  const described = preview ? describe(preview.progress, lessonLanguage) : undefined;

  return (
    <>
      <PageHeading>{t('page.heading')}</PageHeading>
      <p className="lead">{t('page.lead')}</p>
      {ready && !anything && <p>{t('page.nothingYet')}</p>}

      {ready && anything && (
        <>
          <section aria-labelledby="take-home-code-heading">
            <h2 id="take-home-code-heading">{t('page.codeHeading')}</h2>
            <p>{t('page.codeText')}</p>
            {groups ? <CodeGroups groups={groups} /> : <p>{t('code.loading')}</p>}
            <p>{t('page.codeHolds')}</p>
          </section>
          <section aria-labelledby="take-home-link-heading">
            <h2 id="take-home-link-heading">{t('page.linkHeading')}</h2>
            <p>{t('page.linkText')}</p>
            {link && (
              <>
                <p className="take-home-link">
                  <span className="field-label">{t('page.linkLabel')}</span> <a href={link}>{link}</a>
                </p>
                <LazyQrCode text={link} label={t('page.qrAlt')} loadingText={t('page.qrLoading')} failedText={t('page.qrFailed')} />
              </>
            )}
          </section>
          <section aria-labelledby="take-home-file-heading">
            <h2 id="take-home-file-heading">{t('page.fileHeading')}</h2>
            <p>{t('page.fileText')}</p>
            <Button variant="secondary" onClick={onSaveFile}>
              {t('page.fileButton')}
            </Button>
          </section>
        </>
      )}

      <section aria-labelledby="bring-in-heading">
        <h2 id="bring-in-heading">{t('page.bringHeading')}</h2>
        <p>{t('page.bringText')}</p>
        <form onSubmit={onShowCode} noValidate>
          <Field
            id="take-home-code-input"
            label={t('page.codeField')}
            hint={t('page.codeHint')}
            error={refusal?.from === 'code' ? refusalText : undefined}
            inputProps={{
              ref: codeInput,
              value: typed,
              onChange: (event) => setTyped(event.target.value),
              autoComplete: 'off',
              autoCapitalize: 'characters',
              spellCheck: false,
              className: 'field-input take-home-code-input',
            }}
          />
          <Button type="submit">{t('page.showCode')}</Button>
        </form>
        <Field id="take-home-file-input" label={t('page.fileField')} hint={t('page.fileHint')} error={refusal?.from === 'file' ? refusalText : undefined}>
          {(control) => (
            <input
              {...control}
              ref={fileInput}
              type="file"
              className="field-file"
              accept=".json,application/json"
              onChange={(event) => {
                onFile(event.target.files?.[0]);
                // The same file can be chosen again after a refusal.
                event.target.value = '';
              }}
            />
          )}
        </Field>
      </section>

      {preview && described && (
        <section aria-labelledby="bring-in-preview-heading" className="bring-in-preview">
          <h2 id="bring-in-preview-heading" tabIndex={-1} ref={previewHeading}>
            {t('page.previewHeading')}
          </h2>
          {described.modules.length === 0 && described.otherLanguage === 0 ? (
            <p>{t('page.previewEmpty')}</p>
          ) : (
            <ul>
              {described.modules.flatMap((module) => [
                module.done > 0 && <li key={`${module.id}-done`}>{t('page.previewDone', { count: module.done, module: module.title })}</li>,
                module.started > 0 && <li key={`${module.id}-started`}>{t('page.previewStarted', { count: module.started, module: module.title })}</li>,
              ])}
              {described.otherLanguage > 0 && <li>{t('page.previewOtherLanguage', { count: described.otherLanguage })}</li>}
            </ul>
          )}
          {preview.notHere > 0 && <p>{t('page.previewNotHere', { count: preview.notHere })}</p>}
          <div className="bring-in-actions">
            {Object.keys(preview.progress.lessons).length > 0 && <Button onClick={onBringIn}>{t('page.bringIn')}</Button>}
            <Button variant="secondary" onClick={() => setPreview(undefined)}>
              {t('page.cancel')}
            </Button>
          </div>
        </section>
      )}

      {result && (
        <div className="bring-in-result">
          <p role="status" tabIndex={-1} ref={resultLine}>
            {t(`page.${result}`)}
          </p>
          {result !== 'failed' && <Link to={paths.myProgress(language)}>{t('page.seeProgress')}</Link>}
        </div>
      )}
    </>
  );
}
