export function SkipLink({ targetId, children }: { targetId: string; children: string }) {
  return (
    <a className="skip-link" href={`#${targetId}`}>
      {children}
    </a>
  );
}
