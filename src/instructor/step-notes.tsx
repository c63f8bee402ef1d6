import { Link } from 'react-router';
import type { CompiledLesson } from '../content/index.ts';
import { useTranslation, useUiLanguage } from '../i18n/index.ts';
import { setInstructorView } from './view-flag.ts';
import { LessonContent } from '../player/index.ts';
import { Button } from '../ui/index.ts';
import { instructorPaths } from './instructor-paths.ts';
import { NotesStatus } from './notes-status.tsx';
import { useInstructorNotes } from './use-instructor-notes.ts';

export interface StepNotesProps {
  lesson: CompiledLesson;
  stepId: string;
  /** Called when the instructor turns instructor view off from here. */
  onTurnedOff(): void;
}

/**
 * The notes written for one step, shown inside the step in instructor view:
 * a labelled region after the learner's text, outside what Read aloud reads.
 */
export function StepNotes({ lesson, stepId, onTurnedOff }: StepNotesProps) {
  const { t } = useTranslation('instructor');
  const language = useUiLanguage();
  return (
    <section className="step-notes" aria-labelledby="step-notes-heading">
      <h2 id="step-notes-heading">{t('notes.heading')}</h2>
      <StepNotesText lesson={lesson} stepId={stepId} />
      <p className="step-notes-actions">
        <Link to={instructorPaths.overview(language, lesson.id)}>{t('notes.overviewLink')}</Link>
        <Button
          variant="secondary"
          onClick={() => {
            setInstructorView(false);
            onTurnedOff();
          }}
        >
          {t('notes.turnOff')}
        </Button>
      </p>
    </section>
  );
}

/**
 * The text of one step's notes, in the lesson's language, or what stands in
 * its place: "loading", "could not" with Try again, or "no notes for this
 * step". Shared by the step in instructor view and the presenter's notes window.
 */
export function StepNotesText({ lesson, stepId }: { lesson: CompiledLesson; stepId: string }) {
  const { t } = useTranslation('instructor');
  const state = useInstructorNotes(lesson.lang, lesson.id);
  if (state.status !== 'ready') return <NotesStatus state={state} />;
  const notes = state.notes.steps[stepId] ?? [];
  if (notes.length === 0) return <p>{t('notes.none')}</p>;
  return (
    <div lang={lesson.lang} dir="ltr" className="step-notes-text">
      {notes.map((note, index) => (
        <LessonContent key={index} nodes={note} />
      ))}
    </div>
  );
}
