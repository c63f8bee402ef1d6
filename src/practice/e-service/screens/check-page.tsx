import { Button } from '../../../ui/index.ts';
import { postLetter } from '../../host/index.ts';
import type { EServiceField } from '../scenario.ts';
import { BackLink, PageHeading } from './page-heading.tsx';
import type { EServiceScreenProps, EServiceT } from './screen-props.ts';

function answerText(field: EServiceField, answers: Readonly<Record<string, string>>, secrets: readonly string[], t: EServiceT): string {
  if (field.type === 'secret') return secrets.includes(field.id) ? t('check.secret') : t('check.noAnswer');
  const value = answers[field.id]?.trim() ?? '';
  if (field.type === 'choice') return field.options.find((option) => option.id === value)?.text ?? t('check.noAnswer');
  return value === '' ? t('check.noAnswer') : value;
}

/**
 * "Kontrollera dina svar": every answer with an "Ändra" button whose hidden
 * text names the answer, so a screen reader's list of buttons says which
 * one each changes. The personal identity number comes from the login and
 * is not asked for again.
 */
export function CheckPage({ scenario, state, dispatch, t }: EServiceScreenProps) {
  // The receipt also comes as a letter to the practice digital mailbox, for a later step; the same errand's letter comes once.
  const send = () => {
    dispatch({ type: 'send' });
    const { letter, reference } = scenario.receipt;
    postLetter({ id: `e-service/${scenario.id}`, sender: scenario.agency, subject: letter.subject, paragraphs: letter.paragraphs, reference, received: t('receipt.today') });
  };
  return (
    <>
      <BackLink label={t('back')} onBack={() => dispatch({ type: 'back' })} />
      <PageHeading>{t('check.heading')}</PageHeading>
      <p>{t('check.intro')}</p>
      <h3>{t('check.you')}</h3>
      <dl className="eservice-answers">
        <div className="eservice-answer">
          <dt>{t('check.name')}</dt>
          <dd>{scenario.person.name}</dd>
        </div>
        <div className="eservice-answer">
          <dt>{t('check.number')}</dt>
          <dd>{t('check.fromLogin', { number: scenario.person.number })}</dd>
        </div>
      </dl>
      {scenario.steps.map((page, index) => (
        <section key={page.id} aria-labelledby={`eservice-check-${page.id}`}>
          <h3 id={`eservice-check-${page.id}`}>{page.title}</h3>
          <dl className="eservice-answers">
            {page.fields.map((field) => (
              <div key={field.id} className="eservice-answer">
                <dt>{field.label}</dt>
                <dd>{answerText(field, state.answers, state.secrets, t)}</dd>
                <dd className="eservice-answer-change">
                  <button type="button" className="eservice-change" onClick={() => dispatch({ type: 'change', step: index })}>
                    {t('check.change')} <span className="visually-hidden">{field.label}</span>
                  </button>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <h3>{t('check.sendHeading')}</h3>
      <p>{t('check.sendText')}</p>
      <Button onClick={send}>{t('check.send')}</Button>
    </>
  );
}
