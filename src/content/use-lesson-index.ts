import { useEffect, useState } from 'react';
import { lessonIndexLoaded, loadLessonIndex } from './lessons.ts';

/** True once the lesson index is downloaded; asks for it when `wanted`. */
export function useLessonIndexWhen(wanted: boolean): boolean {
  const [, setArrived] = useState(false);
  const loaded = lessonIndexLoaded();
  useEffect(() => {
    if (!wanted || loaded) return;
    let current = true;
    loadLessonIndex().then(
      () => current && setArrived(true),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [wanted, loaded]);
  return loaded;
}
