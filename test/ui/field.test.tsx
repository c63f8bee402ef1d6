// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Field } from '../../src/ui/index.ts';
import { axeViolations, describeViolations } from '../helpers/axe.ts';
import { renderInLanguage } from '../helpers/render-player.tsx';

const email = () => screen.getByRole('textbox', { name: 'Din e-postadress' });

describe('Field', () => {
  it('is a text box named by its label', async () => {
    await renderInLanguage(<Field id="email" label="Din e-postadress" />);
    expect(email()).toHaveAttribute('type', 'text');
    expect(email()).toHaveAttribute('id', 'email');
    expect(email()).not.toHaveAttribute('aria-describedby');
    expect(email()).not.toHaveAttribute('aria-invalid');
  });

  it('is described by its hint', async () => {
    await renderInLanguage(<Field id="email" label="Din e-postadress" hint="Till exempel anna@exempel.se" />);
    expect(email()).toHaveAccessibleDescription('Till exempel anna@exempel.se');
  });

  it('in error, is invalid and described by its hint and then the error, said to be an error', async () => {
    await renderInLanguage(
      <Field id="email" label="Din e-postadress" hint="Till exempel anna@exempel.se" error="Skriv din e-postadress med ett @." />,
    );
    expect(email()).toHaveAttribute('aria-invalid', 'true');
    expect(email()).toHaveAttribute('aria-describedby', 'email-hint email-error');
    expect(email()).toHaveAccessibleDescription(/^Till exempel anna@exempel\.se Fel: ?Skriv din e-postadress med ett @\.$/);
  });

  it('says "Error:" before the error in English, and "خطأ:" in Arabic', async () => {
    const { unmount } = await renderInLanguage(<Field id="email" label="Your email address" error="Enter your email address." />, 'en');
    expect(screen.getByRole('textbox', { name: 'Your email address' })).toHaveAccessibleDescription(/^Error: ?Enter your email address\.$/);
    unmount();
    await renderInLanguage(<Field id="email" label="بريدك الإلكتروني" error="اكتب بريدك الإلكتروني." />, 'ar');
    expect(screen.getByRole('textbox', { name: 'بريدك الإلكتروني' })).toHaveAccessibleDescription(/^خطأ: ?اكتب بريدك الإلكتروني\.$/);
  });

  it('shows "Fel:" to screen readers only', async () => {
    await renderInLanguage(<Field id="email" label="Din e-postadress" error="Skriv din e-postadress." />);
    expect(screen.getByText('Fel:')).toHaveClass('visually-hidden');
  });

  it('passes the input props on, so the learner can type into it', async () => {
    function Controlled() {
      const [value, setValue] = useState('');
      return <Field id="email" label="Din e-postadress" inputProps={{ value, onChange: (event) => setValue(event.target.value), autoComplete: 'email' }} />;
    }
    const { user } = await renderInLanguage(<Controlled />);
    await user.type(email(), 'anna@exempel.se');
    expect(email()).toHaveValue('anna@exempel.se');
    expect(email()).toHaveAttribute('autocomplete', 'email');
  });

  it('wires a control of the caller’s own the same way', async () => {
    await renderInLanguage(
      <Field id="when" label="När vill du komma?" hint="Välj en dag." error="Välj en dag.">
        {(control) => (
          <select {...control}>
            <option value="">Välj</option>
            <option value="monday">Måndag</option>
          </select>
        )}
      </Field>,
    );
    const select = screen.getByRole('combobox', { name: 'När vill du komma?' });
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(select).toHaveAttribute('aria-describedby', 'when-hint when-error');
  });

  it('gives axe nothing to report, with a hint and an error', async () => {
    const { container } = await renderInLanguage(
      <Field id="email" label="Din e-postadress" hint="Till exempel anna@exempel.se" error="Skriv din e-postadress." />,
    );
    expect(describeViolations(await axeViolations(container))).toEqual([]);
  });
});
