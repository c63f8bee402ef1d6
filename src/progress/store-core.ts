/**
 * The progress store: the one place a learner's progress is kept. A plain
 * module (subscribe / getSnapshot) that React reads with
 * useSyncExternalStore, and the `LessonEvents` the player reports to.
 *
 * - Nothing is read while prerendering or before hydration: the server
 *   snapshot is empty progress, and storage is read when the first
 *   component subscribes (an effect), so the first render matches the HTML.
 * - Every write first reads what is stored and merges with it, so another
 *   tab's progress is never overwritten; `storage` events bring the other
 *   tab's writes in live.
 * - Stored text that cannot be read is moved aside to a quarantine key, never
 *   overwritten, and the learner is told. Storage that is off, full or
 *   throws leaves the progress in memory, and the learner is told that too.
 * - The schema that checks stored text (valibot) is given, or downloaded the
 *   first time there is text to check that this tab did not write itself: a
 *   learner's first lesson, with nothing stored, never downloads it.
 *   store.ts gives it from the start.
 */
import type { CompiledLesson, LessonNode } from '../content/index.ts';
import type { LessonEvents } from '../player/index.ts';
import { type LessonShape, clampTimes, furthestAfter, mergeProgress, moveTime, pruneLesson } from './merge.ts';
import { type LessonProgress, type Progress, canFinish, emptyProgress, lessonKey, progressKey } from './progress-data.ts';
import { type ProgressNotice, type ProgressStore, type ProgressStoreOptions, snapshotChannel } from './progress-store-types.ts';
import type { decodeProgress } from './schema.ts';
import { probeKey, quarantineKey } from './progress-store-types.ts';
import type { SafeStorage } from '../storage/storage.ts';
import { safeStorage } from '../storage/storage.ts';
import { loadOnce } from '../loading/index.ts';

export type { ProgressNotice, ProgressSnapshot, ProgressStore, ProgressStoreOptions } from './progress-store-types.ts';



function quizzesIn(nodes: readonly LessonNode[], into: Map<string, ReadonlySet<string>>): void {
  for (const node of nodes) {
    if (typeof node === 'string') continue;
    if (node.type === 'quiz') into.set(node.id, new Set(node.options.map((option) => option.id)));
    else if ('children' in node) quizzesIn(node.children, into);
  }
}

export function shapeOf(lesson: CompiledLesson): LessonShape {
  const quizzes = new Map<string, ReadonlySet<string>>();
  for (const step of lesson.steps) quizzesIn(step.body, quizzes);
  return { stepIds: lesson.steps.map((step) => step.id), quizzes };
}

/** At most this many quarantine keys are kept: a page that keeps meeting damaged text cannot fill the storage with copies. */
// Here, not beside quarantineKey: progress-store-types.ts is in the start page's download, this is not.
export const maxQuarantineKeys = 3;

/** Moves unreadable text aside under a quarantine key, removing the oldest copies beyond the cap. False when it could not be kept. */
export function keepQuarantine(storage: SafeStorage, time: number, raw: string): boolean {
  const prefix = quarantineKey(0).slice(0, -1);
  const older = storage
    .keys()
    .filter((key) => key.startsWith(prefix))
    .sort((a, b) => Number(a.slice(prefix.length)) - Number(b.slice(prefix.length)));
  for (const key of older.slice(0, Math.max(0, older.length - (maxQuarantineKeys - 1)))) storage.remove(key);
  return storage.write(quarantineKey(time), raw);
}

type Decode = typeof decodeProgress;
const encodeProgress = (progress: Progress): string => JSON.stringify(progress);

export function createStoreCore(options: ProgressStoreOptions & { decode?: Decode } = {}): ProgressStore {
  const storage = options.storage ?? safeStorage('local');
  let decode = options.decode;
  /** What this tab wrote last: text it knows, which needs no checking when it reads it back. */
  let lastWritten: string | undefined;
  const decoder = loadOnce(() =>
    import('./schema.ts').then((schema) => {
      decode = schema.decodeProgress;
    }),
  );
  const now = options.now ?? Date.now;
  const eventTarget = options.events ?? (() => (typeof window === 'undefined' ? undefined : window));
  const shapes = new Map<string, LessonShape>();
  let started = false;
  /** After storage failed once, progress stays in memory: no half-kept states. */
  let memoryOnly = false;
  let progress = emptyProgress();
  const notices = new Set<ProgressNotice>();
  const dismissed = new Set<ProgressNotice>();
  const channel = snapshotChannel(start);

  function publish(): void {
    channel.publish({ progress, notices: [...notices].filter((notice) => !dismissed.has(notice)), ready: started });
  }

  function notify(notice: ProgressNotice): void {
    notices.add(notice);
  }

  function prune(all: Progress): Progress {
    const lessons: Record<string, LessonProgress> = {};
    for (const [key, lesson] of Object.entries(all.lessons)) {
      const shape = shapes.get(key);
      lessons[key] = shape ? pruneLesson(lesson, shape) : lesson;
    }
    return { ...all, lessons };
  }

  /** Runs `then` once the schema is here (downloading it the first time); if it cannot download, the progress stays in memory until the next change tries again. */
  function withDecoder(then: () => void): void {
    decoder.load().then(then, () => undefined);
  }

  function write(text: string): boolean {
    if (!storage.write(progressKey, text)) return false;
    lastWritten = text;
    return true;
  }

  function goMemoryOnly(): void {
    memoryOnly = true;
    notify('memoryOnly');
  }

  /**
   * Reads what is stored. Unreadable text is moved to a quarantine key first;
   * if even that cannot be written, the text is left where it is and this tab
   * stops writing, so it is never overwritten. What could be read is used.
   */
  function readStored(): Progress | undefined {
    const raw = storage.read(progressKey);
    if (raw === undefined) return emptyProgress();
    if (raw === lastWritten) return clampTimes(JSON.parse(raw) as Progress, now());
    // Undefined: text to check, and no schema yet to check it with.
    if (!decode) return undefined;
    const decoded = decode(raw);
    if (decoded.newer) {
      // A newer Nätvana's progress stays as it is: this version works from memory and never writes over it.
      notify('newerVersion');
      memoryOnly = true;
      return emptyProgress();
    }
    if (decoded.unreadable && raw !== undefined) {
      notify('unreadable');
      if (memoryOnly || !keepQuarantine(storage, now(), raw)) goMemoryOnly();
    }
    return clampTimes(decoded.progress, now());
  }

  function save(): void {
    if (memoryOnly) return;
    const stored = readStored();
    if (stored === undefined) {
      withDecoder(() => {
        save();
        publish();
      });
      return;
    }
    if (memoryOnly) return;
    progress = prune(mergeProgress(stored, progress));
    if (!write(encodeProgress(progress))) goMemoryOnly();
  }

  function onStorage(event: Event): void {
    const { key, newValue } = event as StorageEvent;
    if (key !== null && key !== progressKey) return;
    if (key === null || newValue === null) {
      // Another tab erased this computer's data ("Finish and erase"): this tab forgets too.
      progress = emptyProgress();
    } else if (newValue !== lastWritten) {
      if (!decode) {
        withDecoder(() => onStorage(event));
        return;
      }
      const decoded = decode(newValue);
      // A tab that wrote something unreadable is not this tab's to judge: it is read and put aside on the next write.
      if (decoded.unreadable || decoded.newer) return;
      progress = prune(mergeProgress(progress, clampTimes(decoded.progress, now())));
    }
    publish();
  }

  function start(): void {
    if (started) return;
    started = true;
    // Reading can work where writing does not (a full disk): what is there is still shown.
    if (storage.write(probeKey, '1')) storage.remove(probeKey);
    else goMemoryOnly();
    bringInStored();
    eventTarget()?.addEventListener('storage', onStorage);
    publish();
  }

  function bringInStored(): void {
    const stored = readStored();
    if (stored === undefined) {
      withDecoder(() => {
        bringInStored();
        publish();
      });
      return;
    }
    progress = prune(mergeProgress(stored, progress));
    // Unreadable text has been copied aside: what could be read takes its place.
    if (notices.has('unreadable') && !memoryOnly && !write(encodeProgress(progress))) goMemoryOnly();
  }

  /**
   * Records a change to one lesson, keeps it, and tells the components. What is
   * stored is read first, so the change is recorded after the last time the
   * lesson knows of in any tab: what the learner did here last is their place,
   * whatever the clock said before. `update` returns undefined to change nothing.
   */
  function change(
    lang: CompiledLesson['lang'],
    lessonId: string,
    update: (lesson: LessonProgress | undefined, time: number) => LessonProgress | undefined,
  ): void {
    start();
    const key = lessonKey(lang, lessonId);
    const clock = now();
    const stored = memoryOnly ? undefined : readStored();
    let known = clampTimes(progress, clock);
    if (stored) known = prune(mergeProgress(stored, known));
    const lesson = known.lessons[key];
    const updated = update(lesson, moveTime(lesson, clock));
    progress = updated ? { ...known, lessons: { ...known.lessons, [key]: updated } } : known;
    if (!updated) {
      publish();
      return;
    }
    if (stored) {
      if (!memoryOnly && !write(encodeProgress(progress))) goMemoryOnly();
    } else save();
    publish();
  }

  const startedLesson = (time: number): LessonProgress => ({ status: 'started', furthestStep: 1, quizzes: {}, updatedAt: time });

  const lessonEvents: LessonEvents = {
    stepShown({ lessonId, lang, stepId, stepNumber }) {
      change(lang, lessonId, (lesson, time) => {
        const before = lesson ?? startedLesson(time);
        return { ...before, stepId, stepNumber, furthestStep: furthestAfter(before.furthestStep, stepNumber), updatedAt: time };
      });
    },
    quizAnswered({ lessonId, lang, quizId, chosen, outcome }) {
      change(lang, lessonId, (lesson = startedLesson(now()), time) => ({
        ...lesson,
        quizzes: { ...lesson.quizzes, [quizId]: { chosen: [...chosen], outcome, at: time } },
        updatedAt: time,
      }));
    },
    // A practice's outcome is not kept: the step it is on is, and practice can always be done again.
    practiceOutcome: () => undefined,
    lessonFinished({ lessonId, lang, stepCount }) {
      // Opening the done page from a link, without the steps before it, finishes nothing.
      change(lang, lessonId, (lesson, time) => {
        if (!lesson || !canFinish(lesson, stepCount)) return undefined;
        return lesson.status === 'done' ? lesson : { ...lesson, status: 'done', finishedAt: time, updatedAt: time };
      });
    },
  };

  return {
    ...channel.reading,
    lessonEvents,
    knowLesson(lesson) {
      const key = lessonKey(lesson.lang, lesson.id);
      shapes.set(key, shapeOf(lesson));
      const saved = progress.lessons[key];
      if (!saved) return;
      const pruned = pruneLesson(saved, shapes.get(key) ?? shapeOf(lesson));
      if (JSON.stringify(pruned) === JSON.stringify(saved)) return;
      progress = { ...progress, lessons: { ...progress.lessons, [key]: pruned } };
      save();
      publish();
    },
    dismissNotice(notice) {
      dismissed.add(notice);
      publish();
    },
    bringIn(incoming) {
      start();
      progress = prune(mergeProgress(progress, clampTimes(incoming, now())));
      save();
      publish();
      return Promise.resolve(!memoryOnly);
    },
  };
}
