// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLesson } from '../../src/content/index.ts';
import type { CompiledLesson } from '../../src/content/types.ts';
import { loadWhatPageNeeds } from '../../src/app/routes.ts';
import { nameWithHiddenText } from '../helpers/names.ts';
import { renderApp } from '../helpers/render-app.tsx';

// The fixture lesson use-the-mouse (test/fixtures/lessons-app): four steps, a tip with its own title on step 2,
// instructor notes, and three quizzes on the last step, two of them with one answer.
const lessonPath = '/sv/lesson/use-the-mouse';
let lesson: CompiledLesson;
let stepCount: number;
const stepTitle = (step: number) => lesson.steps[step - 1]?.title ?? '';

beforeAll(async () => {
  const loaded = await loadLesson('sv', 'use-the-mouse');
  if (!loaded) throw new Error('The fixture lesson use-the-mouse is missing.');
  lesson = loaded;
  stepCount = loaded.steps.length;
});

const stepNavigation = () => screen.getByRole('navigation', { name: 'Steg i lektionen' });

describe('a lesson step page', () => {
  it('says which step of how many the learner is on', async () => {
    await renderApp(`${lessonPath}/1/`);
    expect(screen.getByText(`Steg 1 av ${stepCount}`)).toBeInTheDocument();
  });

  it('has the step’s title as its one h1', async () => {
    await renderApp(`${lessonPath}/3/`);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(stepTitle(3));
  });

  it('is an article named by the step’s title', async () => {
    await renderApp(`${lessonPath}/3/`);
    expect(screen.getByRole('article', { name: stepTitle(3) })).toBeInTheDocument();
  });

  it('puts Back and Next in a navigation landmark of their own', async () => {
    await renderApp(`${lessonPath}/2/`);
    const links = within(stepNavigation()).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Tillbaka', 'Nästa']);
  });

  it('leads Back from the first step to the module page', async () => {
    await renderApp(`${lessonPath}/1/`);
    expect(within(stepNavigation()).getByRole('link', { name: 'Tillbaka till lektionerna' })).toHaveAttribute(
      'href',
      '/sv/module/first-steps/',
    );
  });

  it('takes the learner back to the module page when Back is followed on the first step', async () => {
    const { user } = await renderApp(`${lessonPath}/1/`);
    // The module page is in another chunk than the lesson's: here it has downloaded already.
    await loadWhatPageNeeds('/sv/module/first-steps/');
    await user.click(screen.getByRole('link', { name: 'Tillbaka till lektionerna' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Första stegen' })).toBeInTheDocument();
  });

  it('leads Next from the first step to the second', async () => {
    await renderApp(`${lessonPath}/1/`);
    expect(within(stepNavigation()).getByRole('link', { name: 'Nästa' })).toHaveAttribute('href', `${lessonPath}/2/`);
  });

  it('shows the second step when Next is followed', async () => {
    const { user } = await renderApp(`${lessonPath}/1/`);
    await user.click(screen.getByRole('link', { name: 'Nästa' }));
    expect(screen.getByText(`Steg 2 av ${stepCount}`)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(stepTitle(2));
  });

  it('leads Back from a later step to the step before it', async () => {
    const { user } = await renderApp(`${lessonPath}/3/`);
    await user.click(screen.getByRole('link', { name: 'Tillbaka' }));
    expect(screen.getByText(`Steg 2 av ${stepCount}`)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(stepTitle(2));
  });

  it('calls Next "Klar" on the last step and leads it to the lesson’s done page', async () => {
    await renderApp(`${lessonPath}/${stepCount}/`);
    expect(within(stepNavigation()).queryByRole('link', { name: 'Nästa' })).not.toBeInTheDocument();
    expect(within(stepNavigation()).getByRole('link', { name: 'Klar' })).toHaveAttribute('href', `${lessonPath}/done/`);
  });

  it('shows the done page when "Klar" is followed on the last step', async () => {
    const { user } = await renderApp(`${lessonPath}/${stepCount}/`);
    await user.click(screen.getByRole('link', { name: 'Klar' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Bra gjort!' })).toBeInTheDocument();
  });

  it('shows the step’s quizzes as groups named by their questions', async () => {
    await renderApp(`${lessonPath}/${stepCount}/`);
    expect(screen.getByRole('group', { name: 'Vilken knapp klickar du med?' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Vad kan du göra med musen?' })).toBeInTheDocument();
  });

  it('keeps each quiz’s answers to itself when a step has several', async () => {
    const { user } = await renderApp(`${lessonPath}/${stepCount}/`);
    const [firstQuiz, secondQuiz] = screen.getAllByRole('group');
    if (!firstQuiz || !secondQuiz) throw new Error('The last step should have at least two quizzes.');
    const [firstAnswer] = within(firstQuiz).getAllByRole('radio');
    const [secondAnswer] = within(secondQuiz).getAllByRole('radio');
    if (!firstAnswer || !secondAnswer) throw new Error('A quiz has no answers.');
    await user.click(firstAnswer);
    await user.click(secondAnswer);
    expect(firstAnswer).toBeChecked();
    expect(secondAnswer).toBeChecked();
  });

  it('shows a tip named by the author’s title as a region', async () => {
    await renderApp(`${lessonPath}/2/`);
    expect(screen.getByRole('region', { name: 'Kom ihåg' })).toHaveTextContent('Du kan alltid be om hjälp på biblioteket.');
  });

  it('never shows the instructor notes to the learner', async () => {
    await renderApp(`${lessonPath}/1/`);
    expect(screen.getByText('Lägg handen ovanpå musen.')).toBeInTheDocument();
    expect(screen.queryByText(/Låt alla känna på musen först/)).not.toBeInTheDocument();
  });

  it('shows a word explained as a button named by the word, which opens its explanation', async () => {
    const { user } = await renderApp(`${lessonPath}/1/`);
    const term = screen.getByRole('button', { name: nameWithHiddenText('musen', '(visa förklaring)') });
    expect(term).toHaveAttribute('aria-expanded', 'false');
    await user.click(term);
    expect(term).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('En liten dosa som du flyttar med handen för att styra pilen på skärmen.')).toBeVisible();
  });

  it('links to another lesson at its first step, in the same language, and opens it when followed', async () => {
    const { user } = await renderApp('/sv/lesson/find-a-web-page/4/');
    const link = screen.getByRole('link', { name: 'Gör musövningen igen' });
    expect(link).toHaveAttribute('href', '/sv/lesson/use-the-mouse/1/');
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: 'Musen styr pilen' })).toBeInTheDocument();
    expect(screen.getByText(`Steg 1 av ${stepCount}`)).toBeInTheDocument();
  });

  it('shows where the lesson sits in a breadcrumb trail', async () => {
    await renderApp(`${lessonPath}/1/`);
    const trail = screen.getByRole('navigation', { name: 'Du är här' });
    expect(within(trail).getByRole('link', { name: 'Första stegen' })).toHaveAttribute('href', '/sv/module/first-steps/');
    expect(within(trail).getByText('Använd musen')).toHaveAttribute('aria-current', 'page');
  });

  it('works in English at /en/lesson/…/', async () => {
    await renderApp('/en/lesson/use-the-mouse/1/');
    expect(screen.getByText(/^Step 1 of \d+$/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'The mouse steers the arrow' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Next' })).toHaveAttribute('href', '/en/lesson/use-the-mouse/2/');
  });

  it('shows the Swedish lesson in the Arabic interface, marked as Swedish and left to right', async () => {
    await renderApp('/ar/lesson/use-the-mouse/1/');
    const heading = screen.getByRole('heading', { level: 1, name: stepTitle(1) });
    expect(heading.closest('[lang]')).toHaveAttribute('lang', 'sv');
    expect(heading.closest('[dir]')).toHaveAttribute('dir', 'ltr');
    expect(screen.getByRole('link', { name: 'التالي' })).toHaveAttribute('href', '/ar/lesson/use-the-mouse/2/');
  });
});
