import { type FormEvent, useState } from 'react';
import { looksLikePassword, looksLikePersonalNumber } from '../../host/index.ts';
import { Button, ErrorSummary, Field } from '../../../ui/index.ts';
import { attachmentName, type DraftProblem, type Typed } from '../machine.ts';
import { ScreenHeading } from './screen-heading.tsx';
import type { InboxScreenProps, InboxT } from './screen-props.ts';

const fieldOf: Record<DraftProblem, keyof Typed> = { 'to-empty': 'to', 'to-invalid': 'to', 'cc-invalid': 'cc', 'subject-empty': 'subject', 'text-empty': 'text' };

/** The practice's own files, never the computer's: choosing one attaches it and goes back to writing. */
function Picker({ scenario, dispatch, t }: Pick<InboxScreenProps, 'scenario' | 'dispatch' | 't'>) {
  return (
    <section className="inbox-picker" aria-label={t('picker.heading')}>
      <ScreenHeading>{t('picker.heading')}</ScreenHeading>
      <p>{t('picker.intro')}</p>
      <ul className="inbox-files">
        {scenario.files.map((file) => (
          <li key={file.id} className="inbox-file">
            <span className="inbox-file-kind">{t(`picker.${file.kind}`)}</span>
            <span className="inbox-file-name">{file.name}</span>
            <span>{file.description}</span>
            <Button variant="secondary" onClick={() => dispatch({ type: 'attach', file: file.id })}>
              {t('picker.choose', { name: file.name })}
            </Button>
          </li>
        ))}
      </ul>
      <Button variant="secondary" onClick={() => dispatch({ type: 'close-picker' })}>
        {t('picker.close')}
      </Button>
    </section>
  );
}

/**
 * Says kindly that the practice never needs a personal identity number or a
 * password, when a field's text looks like one. In To and Kopia a comma or a
 * semicolon parts one address from the next, so each part is looked at on
 * its own too: a number or a password typed beside an address is seen.
 */
function kindNote(text: string, t: InboxT): string | undefined {
  const parts = text.split(/[,;]/);
  const notes = [
    text.split(/[\s,;]+/).some((word) => looksLikePersonalNumber(word)) || looksLikePersonalNumber(text) ? t('compose.personalNumber') : undefined,
    looksLikePassword(text) || parts.some((part) => looksLikePassword(part)) ? t('compose.password') : undefined,
  ].filter((note) => note !== undefined);
  return notes.length > 0 ? notes.join(' ') : undefined;
}

/**
 * Writing a message, a reply or a forward. The words stay in this screen
 * until Skicka: the rules get them only then, and keep them only as long as
 * the round. The file picker opens inside it, so nothing typed is lost.
 */
export function Compose({ scenario, state, dispatch, t }: InboxScreenProps) {
  const draft = state.draft;
  const [typed, setTyped] = useState<Typed>({ to: draft?.to ?? '', cc: draft?.cc ?? '', subject: draft?.subject ?? '', text: '' });
  if (!draft) return null;
  const picking = state.place.at === 'picker';
  const errorFor = (field: keyof Typed) => {
    const problem = state.problems.find((one) => fieldOf[one] === field);
    return problem ? t(`compose.errors.${problem}`) : undefined;
  };
  const edit = (field: keyof Typed) => (event: { target: { value: string } }) => setTyped((current) => ({ ...current, [field]: event.target.value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    dispatch({ type: 'send', typed });
  };
  const heading = draft.mode === 'new' ? t('compose.heading') : draft.mode === 'forward' ? t('compose.headingForward') : t('compose.headingReply');
  const toNote = kindNote(typed.to, t);
  const ccNote = kindNote(typed.cc, t);
  const subjectNote = kindNote(typed.subject, t);
  const textNote = kindNote(typed.text, t);

  return (
    <div className="inbox-compose">
      <form onSubmit={submit} noValidate hidden={picking} aria-label={heading}>
        {/* Focus goes to the heading when writing starts, and to the error summary when sending is refused. */}
        <ScreenHeading focus={!picking}>{heading}</ScreenHeading>
        <ErrorSummary key={state.choices.filter((choice) => choice === 'send-refused').length} title={t('compose.errorTitle')} errors={state.problems.map((problem) => ({ fieldId: `inbox-${fieldOf[problem]}`, message: t(`compose.errors.${problem}`) }))} />
        <p className="inbox-hint">{t('compose.nothingLeaves')}</p>
        <Field id="inbox-to" label={t('compose.to')} hint={toNote ?? t('compose.toHint')} error={errorFor('to')} inputProps={{ value: typed.to, onChange: edit('to'), type: 'email', autoComplete: 'off', spellCheck: false }} />
        <Field id="inbox-cc" label={t('compose.cc')} hint={ccNote ?? t('compose.ccHint')} error={errorFor('cc')} inputProps={{ value: typed.cc, onChange: edit('cc'), type: 'email', autoComplete: 'off', spellCheck: false }} />
        <Field id="inbox-subject" label={t('compose.subject')} hint={subjectNote ?? t('compose.subjectHint')} error={errorFor('subject')} inputProps={{ value: typed.subject, onChange: edit('subject'), autoComplete: 'off' }} />
        <Field id="inbox-text" label={t('compose.text')} hint={textNote} error={errorFor('text')}>
          {(control) => <textarea className="field-input inbox-textarea" rows={6} value={typed.text} onChange={edit('text')} {...control} />}
        </Field>
        <section className="inbox-attachments" aria-label={t('compose.attachments')}>
          <h4>{t('compose.attachments')}</h4>
          {draft.attachments.length === 0 ? (
            <p>{t('compose.noAttachments')}</p>
          ) : (
            <ul>
              {draft.attachments.map((id) => {
                const name = attachmentName(scenario, id) ?? id;
                return (
                  <li key={id} className="inbox-file">
                    <span className="inbox-file-name">{name}</span>{' '}
                    <Button variant="secondary" onClick={() => dispatch({ type: 'remove-attachment', file: id })}>
                      {t('compose.remove', { name })}
                    </Button>
                  </li>
                );
              })}
            </ul>
          )}
          {scenario.files.length > 0 && (
            <Button variant="secondary" onClick={() => dispatch({ type: 'open-picker' })}>
              {t('compose.attach')}
            </Button>
          )}
        </section>
        <div className="inbox-actions">
          <Button type="submit">{t('compose.send')}</Button>
          <Button variant="secondary" onClick={() => dispatch({ type: 'cancel-draft' })}>
            {t('compose.cancel')}
          </Button>
        </div>
      </form>
      {picking && <Picker scenario={scenario} dispatch={dispatch} t={t} />}
    </div>
  );
}
