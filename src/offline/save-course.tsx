import { useEffect, useState } from 'react';
import { useAnnounce } from '../a11y/index.ts';
import { type UiLanguage, useTranslation, useUiLanguage } from '../i18n/index.ts';
import { Button } from '../ui/button.tsx';
import { type OfflineList, offlineList, removeEveryLessonFile, saveLessons, savedLessonIds } from './offline-files.ts';

type Phase = { kind: 'idle' } | { kind: 'saving'; saved: number; count: number } | { kind: 'failed' } | { kind: 'removed' };

/** "12 kB", "1.2 MB" in the interface language's own way of writing numbers. */
function sizeText(language: UiLanguage, bytes: number): string {
  const megabytes = bytes >= 1_000_000;
  return new Intl.NumberFormat(language, { style: 'unit', unit: megabytes ? 'megabyte' : 'kilobyte', maximumFractionDigits: 1 }).format(
    megabytes ? bytes / 1_000_000 : Math.max(1, Math.round(bytes / 1000)),
  );
}

/**
 * "Save the course to use it without the internet", on a module page: the
 * whole course or only this module, in the learner's language, with its size
 * before it starts and how far it has come while it saves; and a way to
 * remove the saved copy. Downloaded only when the module page shows it.
 */
export function SaveCourse({ moduleId }: { moduleId: string }) {
  const { t } = useTranslation('offline');
  const language = useUiLanguage();
  const announce = useAnnounce();
  const [list, setList] = useState<OfflineList | undefined>(undefined);
  const [saved, setSaved] = useState<ReadonlySet<string>>(new Set());
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });

  useEffect(() => {
    let current = true;
    offlineList(language)
      .then(async (loaded) => {
        const ids = await savedLessonIds(loaded);
        if (!current) return;
        setList(loaded);
        setSaved(ids);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [language]);

  if (!list) return null;
  const courseIds = list.course.lessonIds;
  const moduleScope = list.modules[moduleId];
  const moduleIds = moduleScope?.lessonIds ?? [];
  const savedOf = (ids: readonly string[]) => ids.filter((id) => saved.has(id)).length;
  const courseSaved = savedOf(courseIds) === courseIds.length;
  const moduleSaved = moduleIds.length > 0 && savedOf(moduleIds) === moduleIds.length;
  const saving = phase.kind === 'saving';

  const save = (ids: readonly string[], doneText: string) => {
    if (saving) return;
    const missing = ids.filter((id) => !saved.has(id));
    setPhase({ kind: 'saving', saved: 0, count: missing.length });
    saveLessons(list, missing, (count) => setPhase({ kind: 'saving', saved: count, count: missing.length }))
      .then(() => savedLessonIds(list))
      .then(
        (ids) => {
          setSaved(ids);
          setPhase({ kind: 'idle' });
          announce(doneText);
        },
        () => {
          void savedLessonIds(list).then(setSaved, () => undefined);
          setPhase({ kind: 'failed' });
          announce(t('save.failed'));
        },
      );
  };
  const remove = () => {
    if (saving) return;
    // Every lesson file, not only this list's: an older version's and other languages' files go too.
    removeEveryLessonFile().then(
      () => {
        setSaved(new Set());
        setPhase({ kind: 'removed' });
        announce(t('save.removed'));
      },
      () => undefined,
    );
  };

  return (
    <section className="save-course" aria-labelledby="save-course-heading">
      <h2 id="save-course-heading">{t('save.heading')}</h2>
      {courseSaved ? (
        <p>{t('save.courseSaved')}</p>
      ) : (
        <>
          <p>{t('save.intro')}</p>
          <p>{t('save.courseSize', { count: courseIds.length, size: sizeText(language, list.course.bytes) })}</p>
          <Button aria-disabled={saving} onClick={() => save(courseIds, t('save.courseSaved'))}>
            {t('save.courseButton')}
          </Button>
          {moduleScope && !moduleSaved && (
            <>
              <p>{t('save.moduleSize', { count: moduleIds.length, size: sizeText(language, moduleScope.bytes) })}</p>
              <Button variant="secondary" aria-disabled={saving} onClick={() => save(moduleIds, t('save.moduleSaved'))}>
                {t('save.moduleButton')}
              </Button>
            </>
          )}
          {moduleSaved && <p>{t('save.moduleSaved')}</p>}
        </>
      )}
      {saving && (
        <p className="save-course-progress">
          <label>
            {t('save.saving', { saved: phase.saved, count: phase.count })}
            <progress max={phase.count} value={phase.saved} />
          </label>
        </p>
      )}
      {phase.kind === 'failed' && <p>{t('save.failed')}</p>}
      {phase.kind === 'removed' && <p>{t('save.removed')}</p>}
      {!courseSaved && !saving && savedOf(courseIds) > 0 && <p>{t('save.someSaved', { saved: savedOf(courseIds), count: courseIds.length })}</p>}
      {savedOf(courseIds) > 0 && (
        <Button variant="secondary" aria-disabled={saving} onClick={remove}>
          {t('save.remove')}
        </Button>
      )}
    </section>
  );
}
