// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { paths } from '../../src/paths/index.ts';
import { findModule, lessonIndex, loadLessonIndex } from '../../src/content/index.ts';
import { type LessonProgress, type Progress, progressKey } from '../../src/progress/index.ts';
import { progressFile, takeHomeCode } from '../../src/progress/transfer/index.ts';
import { axeViolations, describeViolations } from '../helpers/axe.ts';
import { installDialogPolyfill } from '../helpers/browser-apis.ts';
import { progressStoreWith } from '../helpers/progress-store.ts';
import { renderApp } from '../helpers/render-app.tsx';
import type { memoryStorage } from './memory-storage.ts';

// The lesson index comes with the pages beyond the start page; this file reads it directly.
await loadLessonIndex();

beforeAll(() => {
  installDialogPolyfill();
  // jsdom has no object URLs; saving a file needs one.
  URL.createObjectURL = vi.fn(() => 'blob:natvana');
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => {
  window.location.hash = '';
});

// Whatever lessons the fixture build has: the first lesson and its module.
const [first] = lessonIndex.lessons.sv;
if (!first) throw new Error('The test lessons have no Swedish lesson.');
const module = findModule(first.module);
if (!module) throw new Error(`The lesson ${first.id} has no module.`);
const done: LessonProgress = { status: 'done', furthestStep: first.stepCount, quizzes: {}, updatedAt: 5, finishedAt: 5 };
const allDone: Progress = { version: 1, lessons: Object.fromEntries(lessonIndex.lessons.sv.map((lesson) => [`sv/${lesson.id}`, done])) };
const doneInModule = lessonIndex.lessons.sv.filter((lesson) => lesson.module === module.id).length;

const stored = (storage: ReturnType<typeof memoryStorage>) => JSON.parse(storage.data.get(progressKey) ?? '{"lessons":{}}') as Progress;

describe('Take your progress with you', () => {
  it('is reached from My progress', async () => {
    const { user } = await renderApp(paths.myProgress('sv'), progressStoreWith().seams);
    await user.click(screen.getByRole('link', { name: 'Ta med dig dina framsteg' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ta med dig dina framsteg' })).toBeInTheDocument();
  });

  it('shows the code, the link with the code after #, a QR code and a file to save', async () => {
    const { seams } = progressStoreWith(allDone.lessons);
    const { user } = await renderApp(paths.takeHome('sv'), seams);
    const groups = takeHomeCode(allDone);
    const codeSection = await screen.findByRole('region', { name: 'Skriv upp en kod' });
    await waitFor(() => expect(within(codeSection).getByText(groups[0] ?? '', { exact: false })).toBeInTheDocument());
    expect(codeSection).toHaveTextContent(groups.join(' '));
    const linkSection = screen.getByRole('region', { name: 'Använd en länk eller en QR-kod' });
    expect(within(linkSection).getByRole('link')).toHaveAttribute('href', expect.stringMatching(new RegExp(`/sv/progress/take-home/#code=${groups.join('-')}$`)));
    expect(await within(linkSection).findByRole('img', { name: 'QR-kod med länken till dina framsteg' })).toBeInTheDocument();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'Spara filen' }));
    expect(click).toHaveBeenCalledOnce();
    const anchor = click.mock.contexts[0] as HTMLAnchorElement;
    expect(anchor.download).toMatch(/^natvana-framsteg-\d{4}-\d{2}-\d{2}\.json$/);
    click.mockRestore();
    expect(describeViolations(await axeViolations(document.body))).toEqual([]);
  });

  it('says there is nothing to take yet, and still offers to bring progress in', async () => {
    await renderApp(paths.takeHome('sv'), progressStoreWith().seams);
    expect(await screen.findByText(/Du har inga framsteg att ta med dig än/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Skriv in din kod' })).toBeInTheDocument();
  });

  it('shows what a typed code holds, and merges it with what is here only when asked', async () => {
    const { storage, seams } = progressStoreWith({ 'en/elsewhere': done });
    const { user } = await renderApp(paths.takeHome('sv'), seams);
    await user.type(screen.getByRole('textbox', { name: 'Skriv in din kod' }), takeHomeCode(allDone).join(' ').toLowerCase());
    await user.click(screen.getByRole('button', { name: 'Visa vad koden har' }));
    const heading = await screen.findByRole('heading', { name: 'Det här finns att hämta' });
    expect(heading).toHaveFocus();
    const preview = screen.getByRole('region', { name: 'Det här finns att hämta' });
    const expected = `${doneInModule} ${doneInModule === 1 ? 'lektion klar' : 'lektioner klara'} i ${module.title.sv}`;
    expect(within(preview).getByText(expected)).toBeInTheDocument();
    // Nothing changes before the learner says so.
    expect(Object.keys(stored(storage).lessons)).toEqual(['en/elsewhere']);
    await user.click(within(preview).getByRole('button', { name: 'Lägg till framstegen här' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Klart. Framstegen finns nu på den här datorn.');
    const lessons = stored(storage).lessons;
    expect(Object.keys(lessons).sort()).toEqual(['en/elsewhere', ...lessonIndex.lessons.sv.map((lesson) => `sv/${lesson.id}`)].sort());
    expect(lessons[`sv/${first.id}`]?.status).toBe('done');
  });

  it('refuses a mistyped code, names the group, and changes nothing', async () => {
    const { storage, seams } = progressStoreWith({ 'en/elsewhere': done });
    const { user } = await renderApp(paths.takeHome('sv'), seams);
    const groups = takeHomeCode(allDone);
    const second = groups[1] ?? '';
    groups[1] = `${second[0] === 'A' ? 'B' : 'A'}${second.slice(1)}`;
    const input = screen.getByRole('textbox', { name: 'Skriv in din kod' });
    await user.type(input, groups.join(' '));
    await user.click(screen.getByRole('button', { name: 'Visa vad koden har' }));
    await waitFor(() => expect(input).toHaveAccessibleDescription(/Grupp 2 stämmer inte\. Kontrollera grupp 2\. Inget har ändrats\./));
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveFocus();
    expect(screen.queryByRole('region', { name: 'Det här finns att hämta' })).not.toBeInTheDocument();
    expect(Object.keys(stored(storage).lessons)).toEqual(['en/elsewhere']);
    expect(describeViolations(await axeViolations(document.body))).toEqual([]);
  });

  it('opens a link with the code after # as a preview', async () => {
    window.location.hash = `#code=${takeHomeCode(allDone).join('-')}`;
    await renderApp(paths.takeHome('sv'), progressStoreWith().seams);
    expect(await screen.findByRole('heading', { name: 'Det här finns att hämta' })).toBeInTheDocument();
  });

  it('brings in a saved file, quiz answers too', async () => {
    const withQuiz: Progress = { version: 1, lessons: { [`sv/${first.id}`]: { ...done, quizzes: { 'a.b': { chosen: ['x'], outcome: 'right', at: 3 } } } } };
    const { storage, seams } = progressStoreWith();
    const { user } = await renderApp(paths.takeHome('sv'), seams);
    const file = new File([progressFile(withQuiz)], 'natvana-framsteg-2026-12-01.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Eller öppna en fil med framsteg'), file);
    const preview = await screen.findByRole('region', { name: 'Det här finns att hämta' });
    await user.click(within(preview).getByRole('button', { name: 'Lägg till framstegen här' }));
    await screen.findByRole('status');
    expect(stored(storage).lessons[`sv/${first.id}`]?.quizzes).toEqual(withQuiz.lessons[`sv/${first.id}`]?.quizzes);
  });

  it.each([
    ['a file that is not JSON', 'hello', 'Det här är inte en fil med framsteg från Nätvana.'],
    ['JSON of something else', '{"name":"x"}', 'Det här är inte en fil med framsteg från Nätvana.'],
    ['a damaged file', '{"format":"natvana-progress-file","progress":{"version":1,"lessons":{"sv/x":{"status":"maybe"}}}}', 'Filen är skadad. Den går inte att läsa.'],
    ['a file from a newer Nätvana', '{"format":"natvana-progress-file","progress":{"version":99,"lessons":{}}}', 'Filen kommer från en nyare version av Nätvana. Den kan inte läsas här.'],
    [
      'a file with more lessons than any course',
      JSON.stringify({ format: 'natvana-progress-file', progress: { version: 1, lessons: Object.fromEntries(Array.from({ length: 1001 }, (_, index) => [`sv/l${index}`, done])) } }),
      'Filen har fler lektioner än Nätvana har. Den är inte en fil med framsteg från Nätvana.',
    ],
    [
      'a file with an id longer than any lesson’s',
      JSON.stringify({ format: 'natvana-progress-file', progress: { version: 1, lessons: { [`sv/${'x'.repeat(300)}`]: done } } }),
      'Filen har text som är för lång för att vara framsteg från Nätvana.',
    ],
  ])('refuses %s with a plain reason, and changes nothing', async (_, text, reason) => {
    const { storage, seams } = progressStoreWith({ 'en/elsewhere': done });
    await renderApp(paths.takeHome('sv'), seams);
    const input = screen.getByLabelText('Eller öppna en fil med framsteg');
    fireEvent.change(input, { target: { files: [new File([text], 'x.json')] } });
    await waitFor(() => expect(input).toHaveAccessibleDescription(new RegExp(`${reason.replace(/[.]/g, '\\.')} Inget har ändrats\\.`)));
    expect(stored(storage)).toEqual({ version: 1, lessons: { 'en/elsewhere': done } });
  });

  it('stores only what the preview says: lessons that are not in Nätvana are left out, invented ids never stored', async () => {
    const file: Progress = { version: 1, lessons: { [`sv/${first.id}`]: done, 'sv/an-invented-lesson': done, 'en/another-invented-one': done } };
    const { storage, seams } = progressStoreWith();
    const { user } = await renderApp(paths.takeHome('sv'), seams);
    await user.upload(screen.getByLabelText('Eller öppna en fil med framsteg'), new File([progressFile(file)], 'natvana-framsteg.json', { type: 'application/json' }));
    const preview = await screen.findByRole('region', { name: 'Det här finns att hämta' });
    expect(within(preview).getByText('2 lektioner finns inte längre i Nätvana. De hämtas inte.')).toBeInTheDocument();
    await user.click(within(preview).getByRole('button', { name: 'Lägg till framstegen här' }));
    await screen.findByRole('status');
    expect(Object.keys(stored(storage).lessons)).toEqual([`sv/${first.id}`]);
  });
});
