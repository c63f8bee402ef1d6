import { useEffect, useRef } from 'react';
import { Button } from '../../../ui/index.ts';
import { BackLink, PageHeading } from './page-heading.tsx';
import type { EServiceScreenProps } from './screen-props.ts';

/** Prints the receipt alone: the rest of the lesson's page is hidden from the paper while the browser prints. */
function printReceipt() {
  const root = document.documentElement;
  root.dataset.printOnly = 'eservice-receipt';
  const done = () => {
    delete root.dataset.printOnly;
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

/** The receipt: the reference number, what was chosen, what happens next, the letter to come, and printing. */
export function ReceiptPage({ scenario, state, dispatch, t }: EServiceScreenProps) {
  const chosen = scenario.steps.flatMap((page) =>
    page.fields.flatMap((field) => {
      const option = field.type === 'choice' ? field.options.find((item) => item.id === state.answers[field.id]) : undefined;
      return option ? [{ id: field.id, label: field.label, text: option.text }] : [];
    }),
  );
  const cancel = scenario.receipt.cancel;
  // The cancel button goes when it is pressed: focus goes to what it did, not to the page's start.
  // A receipt opened again already cancelled (a reload) leaves focus where the host puts it.
  const cancelledNote = useRef<HTMLParagraphElement>(null);
  const cancelledBefore = useRef(state.cancelled);
  useEffect(() => {
    if (state.cancelled && !cancelledBefore.current) cancelledNote.current?.focus();
    cancelledBefore.current = state.cancelled;
  }, [state.cancelled]);
  return (
    <>
      <BackLink label={t('back')} onBack={() => dispatch({ type: 'back' })} />
      <div className="eservice-receipt">
        <div className="eservice-receipt-panel">
          <PageHeading>{scenario.receipt.title}</PageHeading>
          <p>
            {t('receipt.reference')} <strong className="eservice-reference">{scenario.receipt.reference}</strong>
          </p>
        </div>
        <p>{t('receipt.keep')}</p>
        {chosen.length > 0 && (
          <dl className="eservice-answers">
            {chosen.map((item) => (
              <div key={item.id} className="eservice-answer">
                <dt>{item.label}</dt>
                <dd>{item.text}</dd>
              </div>
            ))}
          </dl>
        )}
        <h3>{t('receipt.next')}</h3>
        <ul>
          {scenario.receipt.next.map((line) => (
            <li key={line}>{line}</li>
          ))}
          <li>{t('receipt.mailbox')}</li>
        </ul>
        {cancel &&
          (state.cancelled ? (
            <p className="eservice-cancelled" role="status" tabIndex={-1} ref={cancelledNote}>
              {cancel.done}
            </p>
          ) : (
            <div className="print-hidden">
              <Button variant="secondary" onClick={() => dispatch({ type: 'cancel-booking' })}>
                {cancel.button}
              </Button>
            </div>
          ))}
        <div className="print-hidden">
          <Button variant="secondary" onClick={printReceipt}>
            {t('receipt.print')}
          </Button>
        </div>
      </div>
    </>
  );
}
