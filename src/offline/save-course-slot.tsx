import { type ComponentType, useEffect, useState } from 'react';
import { loadNamespace, useUiLanguage } from '../i18n/index.ts';
import { canKeepOffline } from './offline-files.ts';

type SaveCourseComponent = ComponentType<{ moduleId: string }>;

/**
 * Where the module page offers to save the course for use without the
 * internet. Its code downloads once the page is shown, and only in a browser
 * that can keep it (the built site, with its service worker); while
 * prerendering and hydrating it is empty.
 */
export function SaveCourseSlot({ moduleId }: { moduleId: string }) {
  const [SaveCourse, setSaveCourse] = useState<SaveCourseComponent | undefined>(undefined);
  const language = useUiLanguage();
  useEffect(() => {
    if (!import.meta.env.PROD || !canKeepOffline()) return;
    let current = true;
    Promise.all([import('./save-course.tsx'), loadNamespace(language, 'offline')]).then(
      ([module]) => {
        if (current) setSaveCourse(() => module.SaveCourse);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [language]);
  return SaveCourse ? <SaveCourse moduleId={moduleId} /> : null;
}
