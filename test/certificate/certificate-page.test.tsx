// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paths } from '../../src/paths/index.ts';
import { findModule, lessonsOfModule, loadLessonIndex } from '../../src/content/index.ts';
import { progressKey } from '../../src/progress/index.ts';
import { axeViolations, describeViolations } from '../helpers/axe.ts';
import { finished as done, progressStoreWith, startedAt as started } from '../helpers/progress-store.ts';
import { renderApp } from '../helpers/render-app.tsx';

// The lesson index comes with the pages beyond the start page; this file reads it directly.
await loadLessonIndex();

// The fixture module first-steps (test/fixtures/lessons-app) has two lessons; its library (test/fixtures/library-app.json) has no name.
const module = findModule('first-steps');
if (!module) throw new Error('The test lessons have no module first-steps.');
const lessons = lessonsOfModule('sv', module.id);
if (lessons.length < 2) throw new Error('The fixture module first-steps needs two lessons.');
const [first, second] = lessons as [(typeof lessons)[number], (typeof lessons)[number]];
const certificatePath = paths.certificate('sv', module.id);

const allDone = Object.fromEntries(lessons.map((lesson) => [`sv/${lesson.id}`, done]));

async function expectNoAxeViolations(container: Element): Promise<void> {
  expect(describeViolations(await axeViolations(container))).toEqual([]);
}

const today = () => new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  vi.restoreAllMocks();
});

describe('the certificate of a finished module', () => {
  it('shows the name as it is typed, the module, its lessons and today’s date, and no library line without a library name', async () => {
    const { user } = await renderApp(certificatePath, progressStoreWith(allDone).seams);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(`Intyg: ${module.title.sv}`);
    const certificate = await screen.findByRole('region', { name: 'Intyg' });
    await user.type(screen.getByRole('textbox', { name: 'Ditt namn' }), 'Astrid Andersson');
    expect(within(certificate).getByText('Astrid Andersson')).toBeInTheDocument();
    expect(within(certificate).getByText('har gjort klart alla lektioner i modulen')).toBeInTheDocument();
    expect(within(certificate).getByText(module.title.sv)).toHaveAttribute('lang', 'sv');
    expect(within(within(certificate).getByRole('list')).getAllByRole('listitem').map((item) => item.textContent)).toEqual(lessons.map((lesson) => lesson.title));
    expect(within(certificate).getByText(`Datum: ${today()}`)).toBeInTheDocument();
    expect(within(certificate).getByText('Nätvana')).toBeInTheDocument();
    expect(certificate.querySelector('.certificate-library')).toBeNull();
    await expectNoAxeViolations(document.body);
  });

  it('has a name field that says the name is not saved, keeps no form history and sends nothing anywhere', async () => {
    await renderApp(certificatePath, progressStoreWith(allDone).seams);
    const field = await screen.findByRole('textbox', { name: 'Ditt namn' });
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Namnet sparas inte. Det försvinner när du lämnar sidan.'));
    expect(field).toHaveAccessibleDescription(expect.stringContaining('tom rad'));
    expect(field).toHaveAttribute('autocomplete', 'off');
    expect(field).not.toHaveAttribute('name');
    expect(field.closest('form')).toBeNull();
  });

  it('keeps the name out of storage: neither the progress store’s storage nor the browser’s holds it after typing and printing', async () => {
    const { storage, seams } = progressStoreWith(allDone);
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const write = vi.spyOn(storage, 'write');
    const { user } = await renderApp(certificatePath, seams);
    await user.type(await screen.findByRole('textbox', { name: 'Ditt namn' }), 'Birgitta Bengtsson');
    await user.click(screen.getByRole('button', { name: 'Skriv ut intyget' }));
    expect(print).toHaveBeenCalledOnce();
    for (const [, value] of write.mock.calls) expect(value).not.toContain('Birgitta');
    expect([...storage.data.values()].join()).not.toContain('Birgitta');
    const browserStorage = [localStorage, sessionStorage].flatMap((area) => Object.keys(area).map((key) => `${key}=${area.getItem(key) ?? ''}`));
    expect(browserStorage.join()).not.toContain('Birgitta');
  });

  it('with no name typed, prints a blank line to write the name on by hand', async () => {
    await renderApp(certificatePath, progressStoreWith(allDone).seams);
    const certificate = await screen.findByRole('region', { name: 'Intyg' });
    expect(within(certificate).getByText('Tom rad för namnet').closest('.certificate-name-blank')).not.toBeNull();
  });

  it('forgets the name when the page is left, also into the back-forward cache', async () => {
    const { user } = await renderApp(certificatePath, progressStoreWith(allDone).seams);
    const field = await screen.findByRole('textbox', { name: 'Ditt namn' });
    await user.type(field, 'Cecilia');
    window.dispatchEvent(new Event('pagehide'));
    // The browser's event is not React's: the name is cleared in the render after it, so wait for that render.
    await waitFor(() => expect(field).toHaveValue(''));
    expect(within(screen.getByRole('region', { name: 'Intyg' })).queryByText('Cecilia')).not.toBeInTheDocument();
  });

  it('is in Arabic too, right to left, with the module’s lessons in their own language', async () => {
    await renderApp(paths.certificate('ar', module.id), progressStoreWith(allDone).seams);
    const certificate = await screen.findByRole('region', { name: 'شهادة' });
    expect(screen.getByRole('textbox', { name: 'اسمك' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'اطبع الشهادة' })).toBeInTheDocument();
    expect(within(certificate).getByRole('list')).toHaveAttribute('lang', 'sv');
    await expectNoAxeViolations(document.body);
  });
});

describe('the certificate page of a module not finished on this computer', () => {
  it('says so plainly, lists what is left as links to where the learner is, and offers no certificate', async () => {
    await renderApp(certificatePath, progressStoreWith({ [`sv/${first.id}`]: done, [`sv/${second.id}`]: started(2) }).seams);
    expect(await screen.findByText('Du har inte gjort alla lektioner i modulen än. Därför finns inget intyg att skriva ut.')).toBeInTheDocument();
    expect(screen.getByText(`1 av ${lessons.length} lektioner klara`)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Det här är kvar' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: second.title })).toHaveAttribute('href', paths.lessonStep('sv', second.id, 2));
    expect(screen.queryByRole('link', { name: first.title })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: `Till modulen ${module.title.sv}` })).toHaveAttribute('href', paths.module('sv', module.id));
    expect(screen.queryByRole('region', { name: 'Intyg' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Ditt namn' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Skriv ut intyget' })).not.toBeInTheDocument();
    await expectNoAxeViolations(document.body);
  });

  it('with nothing done, lists every lesson of the module, each from its first step', async () => {
    await renderApp(certificatePath, progressStoreWith({}).seams);
    await screen.findByRole('heading', { level: 2, name: 'Det här är kvar' });
    for (const lesson of lessons) expect(screen.getByRole('link', { name: lesson.title })).toHaveAttribute('href', paths.lessonStep('sv', lesson.id, 1));
  });

  it('says neither finished nor not finished in the prerendered page, before progress is read', async () => {
    const { renderToString } = await import('react-dom/server');
    const { StaticRouter } = await import('react-router');
    const { App } = await import('../../src/app/app.tsx');
    const html = renderToString(
      <StaticRouter location={certificatePath}>
        <App seams={progressStoreWith(allDone).seams} />
      </StaticRouter>,
    );
    expect(html).toContain('Ett intyg visar att du har gjort alla lektioner i en modul.');
    for (const claim of ['Ditt namn', 'Skriv ut intyget', 'har gjort klart', 'Du har inte gjort', 'Det här är kvar', 'Datum:']) expect(html).not.toContain(claim);
  });

  it('of a module that does not exist is the page-not-found page', async () => {
    await renderApp('/sv/certificate/no-such-module/');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Sidan finns inte');
  });
});

describe('the ways to the certificate', () => {
  it('the module page offers it once every lesson of the module is done, and not before', async () => {
    await renderApp(paths.module('sv', module.id), progressStoreWith(allDone).seams);
    expect(await screen.findByRole('link', { name: 'Skriv ut ett intyg' })).toHaveAttribute('href', certificatePath);
    expect(screen.getByText('Du har gjort alla lektioner i modulen.')).toBeInTheDocument();
  });

  it('the module page with a lesson left offers no certificate', async () => {
    await renderApp(paths.module('sv', module.id), progressStoreWith({ [`sv/${first.id}`]: done }).seams);
    await screen.findByText('Klar');
    expect(screen.queryByRole('link', { name: 'Skriv ut ett intyg' })).not.toBeInTheDocument();
  });

  it('the done page of the module’s last lesson offers it when that lesson finished the module', async () => {
    // The learner has been through the last lesson's steps: its done page finishes it, and with it the module.
    await renderApp(paths.lessonDone('sv', second.id), progressStoreWith({ [`sv/${first.id}`]: done, [`sv/${second.id}`]: started(second.stepCount) }).seams);
    expect(await screen.findByRole('link', { name: `Skriv ut ett intyg för ${module.title.sv}` })).toHaveAttribute('href', certificatePath);
  });

  it('the done page of the module’s last lesson offers none while another lesson of the module is left', async () => {
    const { storage, seams } = progressStoreWith({ [`sv/${second.id}`]: started(second.stepCount) });
    await renderApp(paths.lessonDone('sv', second.id), seams);
    // Once this lesson is kept as done, the page has all it decides by.
    await waitFor(() => expect(storage.data.get(progressKey)).toContain('"done"'));
    await screen.findByRole('link', { name: `Tillbaka till ${module.title.sv}` });
    expect(screen.queryByRole('link', { name: `Skriv ut ett intyg för ${module.title.sv}` })).not.toBeInTheDocument();
  });

  it('My progress offers it for each finished module only', async () => {
    const other = findModule('browse-the-web');
    if (!other) throw new Error('The test lessons have no module browse-the-web.');
    await renderApp(paths.myProgress('sv'), progressStoreWith(allDone).seams);
    expect(await screen.findByRole('link', { name: `Skriv ut ett intyg för ${module.title.sv}` })).toHaveAttribute('href', certificatePath);
    expect(screen.queryByRole('link', { name: `Skriv ut ett intyg för ${other.title.sv}` })).not.toBeInTheDocument();
    await expectNoAxeViolations(document.body);
  });

  it('the link from My progress opens the certificate', async () => {
    const { user } = await renderApp(paths.myProgress('sv'), progressStoreWith(allDone).seams);
    await user.click(await screen.findByRole('link', { name: `Skriv ut ett intyg för ${module.title.sv}` }));
    expect(await screen.findByRole('region', { name: 'Intyg' })).toBeInTheDocument();
  });
});
