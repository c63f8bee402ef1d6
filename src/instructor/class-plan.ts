import { storageKeyPrefix } from '../storage/index.ts';

/**
 * A class plan: lessons chosen across modules, in the order the instructor
 * gives them. Pure functions over a list of lesson ids, and the link that
 * carries the list to the learners' computers.
 */

/** The plan as kept on the instructor's computer. */
export const classPlanKey = `${storageKeyPrefix}-class-plan`;

export type ClassPlan = readonly string[];

/** Adds a lesson at the end; a lesson already in the plan stays where it is. */
export const addLesson = (plan: ClassPlan, lessonId: string): ClassPlan => (plan.includes(lessonId) ? plan : [...plan, lessonId]);

export const removeLesson = (plan: ClassPlan, lessonId: string): ClassPlan => plan.filter((id) => id !== lessonId);

/** Moves a lesson one place up (-1) or down (+1); at either end nothing changes. */
export function moveLesson(plan: ClassPlan, lessonId: string, by: -1 | 1): ClassPlan {
  const from = plan.indexOf(lessonId);
  const to = from + by;
  if (from === -1 || to < 0 || to >= plan.length) return plan;
  const moved = [...plan];
  [moved[from], moved[to]] = [moved[to] as string, moved[from] as string];
  return moved;
}

const lessonIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The plan in a link's fragment (`#lessons=what-is-email,read-a-web-address`): never sent to a server. */
export const planFragment = (plan: ClassPlan) => `lessons=${plan.join(',')}`;

/**
 * The plan in a link's fragment, kept to the lessons that exist here (`known`),
 * once each, in the link's order. Anything else in the fragment is ignored.
 */
export function planFromFragment(hash: string, known: ReadonlySet<string>): ClassPlan {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('lessons') ?? '';
  const ids = value.split(',').filter((id) => lessonIdPattern.test(id) && known.has(id));
  return [...new Set(ids)];
}

/** A stored plan, read back: the same rules as a link. */
export function planFromStored(text: string | undefined, known: ReadonlySet<string>): ClassPlan {
  return text === undefined ? [] : planFromFragment(`#lessons=${text}`, known);
}

/** What is stored: the ids, comma-separated. */
export const storedPlan = (plan: ClassPlan) => plan.join(',');

/** Where a lesson falls in the session, in minutes from the session's start. */
export interface LessonTiming {
  from: number;
  to: number;
}

/** Each lesson's place in the session's running clock, from the lessons' minutes in the plan's order. */
export function planTimings(minutes: readonly number[]): LessonTiming[] {
  let from = 0;
  return minutes.map((length) => {
    const timing = { from, to: from + length };
    from = timing.to;
    return timing;
  });
}

/** A time on the session's clock, `0:15` or `1:05`; with a start of `10:00` (minutes since midnight) the time of day, `10:15`. */
export function clockTime(minutes: number, start = 0): string {
  const total = start + minutes;
  return `${Math.floor(total / 60) % (start > 0 ? 24 : Infinity)}:${String(total % 60).padStart(2, '0')}`;
}

/** A start time as a time field gives it (`09:30`) in minutes since midnight; undefined when it is empty or not a time. */
export function startMinutes(value: string): number | undefined {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(value.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}
