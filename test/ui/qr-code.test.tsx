// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LazyQrCode, QrPicture, qrDrawing } from '../../src/ui/index.ts';

describe('qrDrawing', () => {
  it('draws one square per dark module, at its column and row', () => {
    const drawing = qrDrawing({
      size: 2,
      data: [
        [true, false],
        [false, true],
      ],
      types: [],
      version: 1,
      maskPattern: 0,
    } as unknown as Parameters<typeof qrDrawing>[0]);
    expect(drawing).toEqual({ size: 2, path: 'M0 0h1v1h-1zM1 1h1v1h-1z' });
  });
});

describe('QrPicture', () => {
  it('is one picture named for a screen reader, black on white', () => {
    render(<QrPicture drawing={{ size: 1, path: 'M0 0h1v1h-1z' }} label="QR-kod till länken" payload="https://example.org/" />);
    const picture = screen.getByRole('img', { name: 'QR-kod till länken' });
    expect(picture).toHaveAttribute('data-payload', 'https://example.org/');
    expect(picture.querySelector('rect')).toHaveAttribute('fill', '#fff');
    expect(picture.querySelector('path')).toHaveAttribute('fill', '#000');
  });
});

describe('LazyQrCode', () => {
  it('says it is coming while the QR library downloads, then shows the code of the text', async () => {
    render(<LazyQrCode text="https://example.org/a" label="QR-kod" loadingText="QR-koden kommer …" failedText="Ingen QR-kod" />);
    expect(screen.getByText('QR-koden kommer …')).toBeInTheDocument();
    const first = await screen.findByRole('img', { name: 'QR-kod' });
    expect(first.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
    expect(first.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
  });

  it('draws a new code when the text changes, never the old one under the new text', async () => {
    const { rerender } = render(<LazyQrCode text="a" label="QR-kod" loadingText="Kommer" failedText="Ingen" />);
    const short = (await screen.findByRole('img', { name: 'QR-kod' })).querySelector('path')?.getAttribute('d');
    rerender(<LazyQrCode text={'b'.repeat(200)} label="QR-kod" loadingText="Kommer" failedText="Ingen" />);
    expect(screen.getByText('Kommer')).toBeInTheDocument();
    const long = await screen.findByRole('img', { name: 'QR-kod' });
    expect(long.querySelector('path')?.getAttribute('d')).not.toBe(short);
    expect(Number(long.getAttribute('viewBox')?.split(' ')[2])).toBeGreaterThan(25);
  });

  it('says the text is too long for a QR code, instead of "coming" for ever', async () => {
    render(<LazyQrCode text={'x'.repeat(5000)} label="QR-kod" loadingText="Kommer" failedText="Ingen" tooLongText="För lång för en QR-kod" />);
    expect(await screen.findByText('För lång för en QR-kod')).toBeInTheDocument();
    expect(screen.queryByText('Kommer')).not.toBeInTheDocument();
  });
});
