import type { PracticeEntry, PracticeRegistry } from '../content/index.ts';
import type { ViewLoaders } from './host/practice-context.ts';
import type { AnyPracticeView, PracticeViewModule } from './host/view-contract.ts';

/**
 * Each practice kind's view, found by its folder (`src/practice/<kind>/view.tsx`)
 * and downloaded on demand: a kind's code is a chunk of its own, with the
 * host beside it, and reaches only the learners whose step shows it. The
 * lesson pipeline knows the kinds from `registry.ts`; a test checks that the
 * two name the same kinds.
 */
const viewModules = import.meta.glob<PracticeViewModule>('./*/view.tsx');

function kindOf(path: string): string {
  return path.split('/')[1] ?? path;
}

export const practiceViews: ViewLoaders = Object.fromEntries(
  Object.entries(viewModules).map(([path, load]) => [
    kindOf(path),
    // Each kind's view has types of its own; the host hands back what the kind gave it.
    () => load().then((module) => module.default as AnyPracticeView),
  ]),
);

function entryFor(kind: string, loadView: () => Promise<AnyPracticeView>): PracticeEntry {
  let component: ReturnType<PracticeEntry['load']> | undefined;
  return {
    load() {
      component ??= Promise.all([import('./host/hosted-practice.tsx'), loadView()]).then(([host, view]) => host.hostedPractice(kind, view, practiceViews));
      // A failed download is forgotten, so "Försök igen" downloads afresh.
      component.catch(() => (component = undefined));
      return component;
    },
  };
}

/** The app hands this to the player: practice kind → its component on the practice host. */
export const practiceRegistry: PracticeRegistry = Object.fromEntries(Object.entries(practiceViews).map(([kind, load]) => [kind, entryFor(kind, load)]));
