// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PracticeOutcome } from '../../../src/content/index.ts';
import { practiceRegistry } from '../../../src/practice/index.ts';
import { axeViolations } from '../../helpers/axe.ts';
import { renderInLanguage } from '../../helpers/render-player.tsx';

// The scenarios are the fixture ones, test/fixtures/lessons-app/practice/keyboard/.

async function start(id: string, language: 'sv' | 'en' = 'sv') {
  const outcomes: PracticeOutcome[] = [];
  const entry = practiceRegistry.keyboard;
  if (!entry) throw new Error('The registry has no keyboard practice.');
  const Practice = await entry.load();
  const rendered = await renderInLanguage(
    <Practice scenario={{ kind: 'keyboard', id }} language={language} place={{ lessonId: 'a-lesson', stepId: `a-step-${id}` }} onOutcome={(outcome: PracticeOutcome) => outcomes.push(outcome)} />,
    language,
  );
  await screen.findByText(language === 'sv' ? 'Övning – inget här är på riktigt' : 'Practice – nothing here is real');
  return { ...rendered, outcomes };
}

const status = () => screen.getByRole('status');
const box = () => screen.getByRole('textbox', { name: 'Skriv här' });

afterEach(() => sessionStorage.clear());

describe('the typing drill', () => {
  it('starts with a mistake to erase with Backspace, and is done when the word is right', async () => {
    const { user, outcomes, container } = await start('erase');
    expect(screen.getByText(/Den här övningen är för ett tangentbord\. Har du bara en pekskärm\? Då kan du hoppa över övningen och gå vidare\. Det du skriver sparas inte/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Skriv båt' })).toBeInTheDocument();
    expect(box()).toHaveValue('båg');
    expect(status()).toHaveTextContent('1 kvar att göra.');
    expect(await axeViolations(container)).toEqual([]);

    await user.type(box(), 'x');
    expect(status()).toHaveTextContent('Det står inte båt än. Sudda med Backspace. Skriv sedan igen.');
    await user.keyboard('{Backspace}{Backspace}');
    expect(box()).toHaveValue('bå');
    expect(status()).not.toHaveTextContent('Sudda');
    await user.keyboard('t');
    expect(screen.getByRole('heading', { name: 'Klart!' })).toHaveFocus();
    expect(outcomes).toEqual([{ kind: 'keyboard', scenario: 'erase', done: true, choices: ['backspace', 'boat-fixed'] }]);
    expect(sessionStorage.getItem(Object.keys(sessionStorage)[0] ?? '')).not.toContain('båt');
  });

  it('asks for Shift when a name starts with a small letter', async () => {
    const { user } = await start('capitals');
    await user.type(box(), 'o');
    expect(status()).toHaveTextContent('Den första bokstaven ska vara stor. Sudda med Backspace. Håll sedan ner Shift och tryck på bokstaven.');
    await user.keyboard('{Backspace}{Shift>}O{/Shift}lle');
    expect(screen.getByRole('heading', { name: 'Klart!' })).toBeInTheDocument();
  });
});

describe('the @ drill', () => {
  it('counts the @ typed with AltGr, by the character typed', async () => {
    const { user, outcomes, container } = await start('at');
    expect(screen.getByText('På ett svenskt tangentbord: håll ner Alt Gr och tryck på 2. Alt Gr sitter till höger om mellanslaget.')).toBeInTheDocument();
    expect(screen.getByText('På ett amerikanskt tangentbord: håll ner Shift och tryck på 2.')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
    await user.click(box());
    await user.keyboard('{AltGraph>}@{/AltGraph}');
    expect(box()).toHaveValue('@');
    expect(status()).toHaveTextContent('Bra! Där kom ett @.');
    expect(status()).toHaveTextContent('1 kvar att göra.');
    // A layout where @ is Shift and 2 gives the same character.
    await user.keyboard('{Shift>}@{/Shift}');
    expect(screen.getByRole('heading', { name: 'Klart!' })).toHaveFocus();
    expect(outcomes).toEqual([{ kind: 'keyboard', scenario: 'at', done: true, choices: ['at', 'at'] }]);
  });

  it('explains a 2 without AltGr and the quotation mark that Shift gives, and counts neither', async () => {
    const { user } = await start('at');
    await user.type(box(), '2');
    expect(status()).toHaveTextContent('Det blev en 2:a. Håll ner Alt Gr medan du trycker på 2.');
    await user.keyboard('{Shift>}"{/Shift}');
    expect(status()).toHaveTextContent('Det blev ett citattecken. Det kommer med Shift på ett svenskt tangentbord. Håll ner Alt Gr i stället.');
    expect(status()).toHaveTextContent('2 kvar att göra.');
  });

  it('reads the text put in when a phone’s keyboard does not say its key', async () => {
    await start('at');
    fireEvent.keyDown(box(), { key: 'Unidentified' });
    fireEvent.input(box(), { target: { value: '@' }, data: '@' });
    expect(status()).toHaveTextContent('1 kvar att göra.');
    expect(status()).toHaveTextContent('Bra! Där kom ett @.');
  });
});

describe('the Enter drill', () => {
  it('asks for words in an empty box, and sends with Enter', async () => {
    const { user, outcomes } = await start('send');
    expect(screen.getByRole('heading', { name: 'Skriv Hallå och tryck på Enter' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Meddelande' }), '{Enter}');
    expect(status()).toHaveTextContent('Rutan är tom. Skriv något först. Tryck sedan på Enter.');
    await user.keyboard('Hallå{Enter}');
    expect(screen.getByRole('heading', { name: 'Klart!' })).toHaveFocus();
    expect(outcomes).toEqual([{ kind: 'keyboard', scenario: 'send', done: true, choices: ['hi'] }]);
  });
});

describe('the Tab drill', () => {
  it('moves from box to box with Tab, and says to fill a box first', async () => {
    const { user, outcomes, container } = await start('form');
    const colour = screen.getByRole('textbox', { name: 'Färg' });
    expect(colour).toHaveAccessibleDescription('Skriv: blå');
    await user.click(colour);
    await user.keyboard('{Tab}');
    expect(status()).toHaveTextContent('Skriv blå i rutan Färg först. Tryck sedan på Tab.');
    await user.click(colour);
    await user.keyboard('blå');
    expect(status()).not.toHaveTextContent('först');
    await user.keyboard('{Tab}');
    expect(screen.getByRole('textbox', { name: 'Frukt' })).toHaveFocus();
    expect(status()).toHaveTextContent('Bra! Tab tog dig vidare.');
    expect(status()).toHaveTextContent('1 kvar att göra.');
    expect(await axeViolations(container)).toEqual([]);
    await user.keyboard('plommon{Tab}');
    expect(screen.getByRole('heading', { name: 'Klart!' })).toHaveFocus();
    expect(outcomes).toEqual([{ kind: 'keyboard', scenario: 'form', done: true, choices: ['tab-colour', 'tab-fruit'] }]);
  });
});

describe('the arrow keys drill', () => {
  it('moves the star with the arrows, says where it is and when it is at the edge', async () => {
    const { user, outcomes, container } = await start('board');
    expect(screen.getByRole('heading', { name: 'Flytta stjärnan till brunnen' })).toBeInTheDocument();
    expect(status()).toHaveTextContent('Stjärnan står på rad 2, ruta 2. Brunnen står på rad 2, ruta 3.');
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('application', { name: 'Rutnätet med stjärnan' }));
    await user.keyboard('{ArrowRight}');
    expect(status()).toHaveTextContent('Bra! Stjärnan är framme. Stjärnan står på rad 2, ruta 3. Ladan står på rad 3, ruta 3.');
    expect(screen.getByRole('heading', { name: 'Flytta stjärnan till ladan' })).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(status()).toHaveTextContent('Stjärnan står vid kanten. Där tar rutnätet slut. Prova en annan pil.');
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('heading', { name: 'Klart!' })).toHaveFocus();
    expect(outcomes).toEqual([{ kind: 'keyboard', scenario: 'board', done: true, choices: ['well', 'barn'] }]);
  });
});
