// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { type FormEvent, useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { Button, ErrorSummary, Field, type FieldError } from '../../src/ui/index.ts';
import { axeViolations, describeViolations } from '../helpers/axe.ts';
import { installScrollIntoView } from '../helpers/browser-apis.ts';
import { renderInLanguage } from '../helpers/render-player.tsx';

beforeAll(() => {
  installScrollIntoView();
});

/** A form as a practice scenario would have it: the summary appears when the learner sends it with empty fields. */
function SignUpForm() {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [tries, setTries] = useState(0);
  const send = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const found: FieldError[] = [];
    if (!form.get('name')) found.push({ fieldId: 'name', message: 'Skriv ditt namn.' });
    if (!form.get('email')) found.push({ fieldId: 'email', message: 'Skriv din e-postadress.' });
    setErrors(found);
    setTries((count) => count + 1);
  };
  const errorOf = (fieldId: string) => errors.find((error) => error.fieldId === fieldId)?.message;
  return (
    <form onSubmit={send} noValidate aria-label="Skapa konto">
      <ErrorSummary key={tries} errors={errors} />
      <Field id="name" label="Ditt namn" error={errorOf('name')} inputProps={{ name: 'name' }} />
      <Field id="email" label="Din e-postadress" error={errorOf('email')} inputProps={{ name: 'email' }} />
      <Button type="submit">Skapa konto</Button>
    </form>
  );
}

const summary = () => screen.getByRole('region', { name: 'Det finns ett problem' });

describe('ErrorSummary', () => {
  it('shows nothing while there is no error', async () => {
    await renderInLanguage(<ErrorSummary errors={[]} />);
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('appears titled when the form is sent with errors, and takes focus', async () => {
    const { user } = await renderInLanguage(<SignUpForm />);
    await user.click(screen.getByRole('button', { name: 'Skapa konto' }));
    expect(summary()).toHaveFocus();
    expect(summary()).toHaveAttribute('tabindex', '-1');
  });

  it('is not an alert: taking focus already has it read', async () => {
    const { user } = await renderInLanguage(<SignUpForm />);
    await user.click(screen.getByRole('button', { name: 'Skapa konto' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('lists each error as a link to its field, in the order of the form', async () => {
    const { user } = await renderInLanguage(<SignUpForm />);
    await user.click(screen.getByRole('button', { name: 'Skapa konto' }));
    const links = screen.getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Skriv ditt namn.', '#name'],
      ['Skriv din e-postadress.', '#email'],
    ]);
  });

  it('moves focus to the field when a link is followed', async () => {
    const { user } = await renderInLanguage(<SignUpForm />);
    await user.click(screen.getByRole('button', { name: 'Skapa konto' }));
    await user.click(screen.getByRole('link', { name: 'Skriv din e-postadress.' }));
    expect(screen.getByRole('textbox', { name: 'Din e-postadress' })).toHaveFocus();
  });

  it('moves focus to the field from the keyboard too', async () => {
    const { user } = await renderInLanguage(<SignUpForm />);
    await user.click(screen.getByRole('button', { name: 'Skapa konto' }));
    await user.tab();
    expect(screen.getByRole('link', { name: 'Skriv ditt namn.' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: 'Ditt namn' })).toHaveFocus();
  });

  it('takes focus again when the form is sent again with errors left', async () => {
    const { user } = await renderInLanguage(<SignUpForm />);
    await user.click(screen.getByRole('button', { name: 'Skapa konto' }));
    await user.type(screen.getByRole('textbox', { name: 'Ditt namn' }), 'Anna');
    await user.click(screen.getByRole('button', { name: 'Skapa konto' }));
    expect(summary()).toHaveFocus();
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual(['Skriv din e-postadress.']);
  });

  it('takes a title of its own, and says the default one in the interface language', async () => {
    const { unmount } = await renderInLanguage(<ErrorSummary title="Kontrollera svaren" errors={[{ fieldId: 'name', message: 'Skriv ditt namn.' }]} />);
    expect(screen.getByRole('region', { name: 'Kontrollera svaren' })).toBeInTheDocument();
    unmount();
    await renderInLanguage(<ErrorSummary errors={[{ fieldId: 'name', message: 'Enter your name.' }]} />, 'en');
    expect(screen.getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
  });

  it('gives axe nothing to report, with the fields in error', async () => {
    const { container, user } = await renderInLanguage(<SignUpForm />);
    await user.click(screen.getByRole('button', { name: 'Skapa konto' }));
    expect(describeViolations(await axeViolations(container))).toEqual([]);
  });
});
