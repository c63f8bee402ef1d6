import { type ReactNode, Suspense, useLayoutEffect, useRef } from 'react';

/**
 * Where a screen whose code downloads when it is first used (writing, a
 * message, the digital mailbox) arrives. Meanwhile a plain "Laddar …" stands
 * in its place and takes focus as the screen would have (the practice host
 * focuses `data-focus-here`); when the screen arrives, focus moves on to the
 * screen's own heading, so a keyboard or screen reader user is never left on
 * nothing. A screen whose code is already there renders at once, with no
 * stand-in, and the host focuses it as usual.
 */
export function ArrivingScreen({ loadingText, children }: { loadingText: string; children: ReactNode }) {
  const area = useRef<HTMLDivElement>(null);
  const standInHadFocus = useRef(false);
  return (
    <div ref={area} className="inbox-arriving">
      <Suspense fallback={<StandIn text={loadingText} onLeaveWithFocus={() => (standInHadFocus.current = true)} />}>
        {children}
        <FocusOnArrival
          areaRef={area}
          standInHadFocus={() => {
            const hadFocus = standInHadFocus.current;
            standInHadFocus.current = false;
            return hadFocus;
          }}
        />
      </Suspense>
    </div>
  );
}

function StandIn({ text, onLeaveWithFocus }: { text: string; onLeaveWithFocus(): void }) {
  const own = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    const node = own.current;
    // Runs while the stand-in is still on the page, just before the screen replaces it.
    return () => {
      if (node && node.ownerDocument.activeElement === node) onLeaveWithFocus();
    };
  }, [onLeaveWithFocus]);
  return (
    <p ref={own} className="inbox-loading" role="status" tabIndex={-1} data-focus-here="">
      {text}
    </p>
  );
}

function FocusOnArrival({ areaRef, standInHadFocus }: { areaRef: { current: HTMLDivElement | null }; standInHadFocus(): boolean }) {
  useLayoutEffect(() => {
    if (!standInHadFocus()) return;
    const area = areaRef.current;
    const target = area?.querySelector<HTMLElement>('[data-focus-here]') ?? area?.querySelector<HTMLElement>('h2, h3');
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus();
  });
  return null;
}
