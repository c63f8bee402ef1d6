import { Link } from 'react-router';
import type { CompiledLesson } from '../../../content/index.ts';
import { useTranslation, useUiLanguage } from '../../../i18n/index.ts';
import { setInstructorView } from '../../../instructor/view-flag.ts';
import { LessonContent } from '../../../player/index.ts';
import { Button } from '../../../ui/index.ts';
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
  const state = useInstructorNotes(lesson.lang, lesson.id);
  const notes = state.status === 'ready' ? (state.notes.steps[stepId] ?? []) : [];
  return (
    <section className="step-notes" aria-labelledby="step-notes-heading">
      <h2 id="step-notes-heading">{t('notes.heading')}</h2>
      {state.status !== 'ready' ? (
        <NotesStatus state={state} />
      ) : notes.length === 0 ? (
        <p>{t('notes.none')}</p>
      ) : (
        <div lang={lesson.lang} dir="ltr" className="step-notes-text">
          {notes.map((note, index) => (
            <LessonContent key={index} nodes={note} />
          ))}
        </div>
      )}
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
