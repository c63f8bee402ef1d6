// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

// A line that never brings the QR library: each try fails (a file of its own, as the library is loaded once per page).
const tries = vi.hoisted(() => ({ count: 0 }));
vi.mock('uqr', () => {
  tries.count += 1;
  throw new Error('The line dropped.');
});

const { PracticeQr } = await import('../../../src/practice/e-id/qr.tsx');

describe('the practice QR code on a broken line', () => {
  it('says the code could not be shown, and tries again on the button', async () => {
    const user = userEvent.setup();
    render(<PracticeQr text="övning 1" large={false} label="QR-kod" loadingText="Koden kommer strax" failedText="Koden kunde inte visas" retryText="Försök igen" />);
    expect(await screen.findByText('Koden kunde inte visas')).toBeInTheDocument();
    expect(tries.count).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Försök igen' }));
    // A new download, not the old failure again.
    await vi.waitFor(() => expect(tries.count).toBe(2));
    expect(await screen.findByText('Koden kunde inte visas')).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});
