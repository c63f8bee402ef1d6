// @vitest-environment jsdom
import { describeEveryStepOfTheRealLessons } from './every-step.tsx';

// One file per language, so the two run side by side on two cores.
describeEveryStepOfTheRealLessons('sv');
