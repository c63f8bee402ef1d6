import { type ComponentType, type FormEvent, useId, useState } from 'react';
import { useTranslation, useUiTextAttributes } from '../i18n/index.ts';
import { useAnnounce } from '../a11y/index.ts';
import type { LessonNode, QuizNode } from '../content/types.ts';
import { Button, NotYetIcon, RightIcon } from '../ui/index.ts';
import { type QuizResult, gradeQuiz } from './grade-quiz.ts';
import { useStepSeams } from './lesson-seams.tsx';
import { plainText } from './plain-text.ts';

/**
 * A question with native radio buttons or checkboxes in a fieldset. The
 * answer is checked when the learner presses the button, not on every arrow
 * key, so moving between options stays quiet. The result is shown under the
 * question and said once through the app's announcer; focus stays put.
 * Its question, options and feedback are lesson content, drawn by the
 * `LessonContent` it is given (the content renderer draws quizzes, so
 * importing it here would make an import cycle).
 */
export function Quiz({ quiz, LessonContent }: { quiz: QuizNode; LessonContent: ComponentType<{ nodes: readonly LessonNode[]; inline?: boolean }> }) {
  const { t } = useTranslation('player');
  const announce = useAnnounce();
  const { place, events } = useStepSeams();
  const ui = useUiTextAttributes();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [result, setResult] = useState<QuizResult | undefined>(undefined);
  const [asked, setAsked] = useState(false);
  const name = useId();
  const hintId = useId();

  const choose = (optionId: string, checked: boolean) => {
    setResult(undefined);
    setAsked(false);
    setSelected((current) => {
      if (!quiz.multiple) return new Set([optionId]);
      const next = new Set(current);
      if (checked) next.add(optionId);
      else next.delete(optionId);
      return next;
    });
  };

  const check = (event: FormEvent) => {
    event.preventDefault();
    if (selected.size === 0) {
      setAsked(true);
      announce(t('quiz.chooseFirst'));
      return;
    }
    const graded = gradeQuiz(quiz, selected);
    setResult(graded);
    events.quizAnswered({ ...place, quizId: quiz.id, chosen: graded.chosen.map((option) => option.id), outcome: graded.outcome });
    announce([summaryOf(graded), ...graded.chosen.map((option) => plainText(option.feedback))].join(' '));
  };

  const summaryOf = (graded: QuizResult) =>
    graded.outcome === 'right'
      ? t('quiz.right')
      : graded.outcome === 'partly'
        ? t(graded.wrongChosen > 0 ? 'quiz.partlyWithWrong' : 'quiz.partly', { chosen: graded.rightChosen, total: graded.rightTotal })
        : t('quiz.notYet');

  return (
    <form className="quiz" onSubmit={check} noValidate>
      <fieldset aria-describedby={hintId}>
        <legend className="quiz-question" data-block-id={quiz.id}>
          <LessonContent nodes={quiz.question} inline />
        </legend>
        <p className="quiz-hint" id={hintId} data-block-id={`${quiz.id}/hint`} {...ui}>
          {quiz.multiple ? t('quiz.hintMultiple') : t('quiz.hintSingle')}
        </p>
        <div className="quiz-options">
          {quiz.options.map((option) => (
            <label key={option.id} className="quiz-option">
              <input
                type={quiz.multiple ? 'checkbox' : 'radio'}
                name={name}
                value={option.id}
                checked={selected.has(option.id)}
                onChange={(event) => choose(option.id, event.target.checked)}
              />
              <span className="quiz-option-text" data-block-id={`${quiz.id}/${option.id}`}>
                <LessonContent nodes={option.label} inline />
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {/*
        The question is part of the button's name, after the visible word, so
        that a screen reader's list of buttons (NVDA's Elements list, VoiceOver's
        rotor) tells apart the "Svara" of each quiz on a step: a description is
        not read in those lists. It stays in the lesson's language.
      */}
      <Button type="submit" variant="secondary" {...ui}>
        {t('quiz.check')}{' '}
        <span className="visually-hidden" lang={place.lang} dir="ltr">
          {plainText(quiz.question)}
        </span>
      </Button>
      {asked && !result && (
        <p className="quiz-ask" {...ui}>
          {t('quiz.chooseFirst')}
        </p>
      )}
      {result && (
        <div className={`quiz-feedback quiz-feedback-${result.outcome}`}>
          <p className="quiz-outcome" data-block-id={`${quiz.id}/outcome`} {...ui}>
            {result.outcome === 'right' ? <RightIcon /> : <NotYetIcon />}
            {summaryOf(result)}
          </p>
          {result.chosen.map((option) => (
            <div key={option.id} className="quiz-option-feedback">
              <p className="quiz-your-answer" data-block-id={`${quiz.id}/${option.id}/chosen`}>
                <span {...ui}>{t('quiz.yourAnswer')}</span> <LessonContent nodes={option.label} inline />
              </p>
              <LessonContent nodes={option.feedback} />
            </div>
          ))}
          {result.outcome !== 'right' && (
            <p data-block-id={`${quiz.id}/again`} {...ui}>
              {t('quiz.tryAgain')}
            </p>
          )}
        </div>
      )}
    </form>
  );
}
