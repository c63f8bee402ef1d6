// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

// The QR library arrives when the test says so, or not at all: the moments a slow or broken line shows.
const line = vi.hoisted(() => {
  let open: () => void = () => undefined;
  return { arrived: new Promise<void>((resolve) => (open = resolve)), open: () => open() };
});
vi.mock('uqr', async (importOriginal) => {
  await line.arrived;
  return importOriginal();
});

const { PracticeQr } = await import('../../../src/practice/e-id/qr.tsx');

const texts = { label: 'QR-kod', loadingText: 'Koden kommer strax', failedText: 'Koden kunde inte visas', retryText: 'Försök igen' };

describe('the practice QR code', () => {
  it('holds its place with a short note while the QR library downloads, then draws the code, and each change at once', async () => {
    const { rerender } = render(<PracticeQr text="övning 1" large={false} {...texts} />);
    expect(screen.getByText('Koden kommer strax')).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    line.open();
    expect(await screen.findByRole('img', { name: 'QR-kod' })).toHaveAttribute('data-payload', 'övning 1');
    rerender(<PracticeQr text="övning 2" large={false} {...texts} />);
    expect(screen.getByRole('img', { name: 'QR-kod' })).toHaveAttribute('data-payload', 'övning 2');
    expect(screen.queryByText('Koden kommer strax')).not.toBeInTheDocument();
  });
});
