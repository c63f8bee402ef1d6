// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PracticeOutcome } from '../../../src/content/index.ts';
import { practiceRegistry } from '../../../src/practice/index.ts';
import { axeViolations } from '../../helpers/axe.ts';
import { renderInLanguage } from '../../helpers/render-player.tsx';

// The scenarios are the fixture ones, test/fixtures/lessons-app/practice/safe-browsing/ (Provbanken, Provaffären, Provlarm).

async function start(id: string, language: 'sv' | 'en' = 'sv') {
  const outcomes: PracticeOutcome[] = [];
  const entry = practiceRegistry['safe-browsing'];
  if (!entry) throw new Error('The registry has no safe-browsing drills.');
  const Practice = await entry.load();
  const rendered = await renderInLanguage(
    <Practice scenario={{ kind: 'safe-browsing', id }} language={language} place={{ lessonId: 'a-lesson', stepId: `a-step-${id}` }} onOutcome={(outcome: PracticeOutcome) => outcomes.push(outcome)} />,
    language,
  );
  await screen.findByText(language === 'sv' ? 'Övning – inget här är på riktigt' : 'Practice – nothing here is real');
  return { ...rendered, outcomes };
}

function browser(index: number): HTMLElement {
  const found = screen.getAllByRole('region', { name: 'Webbläsaren (övning)' })[index];
  if (!found) throw new Error(`There is no practice browser window number ${index + 1}.`);
  return found;
}

afterEach(() => {
  sessionStorage.clear();
});

describe('whose address', () => {
  it('shows the address in the practice browser, explains a wrong owner, and takes the address apart after the right one', async () => {
    const { user, outcomes, container } = await start('whose');
    expect(within(browser(0)).getByText('https://provbanken.se.konto-koll.net/in')).toBeInTheDocument();
    expect(screen.getByText('Adress 1 av 2')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'provbanken.se' }));
    expect(screen.getByRole('heading', { name: 'Inte riktigt' })).toHaveFocus();
    expect(screen.getByText('provbanken.se står före ägarens namn. Där kan ägaren skriva vad som helst, även en banks namn.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'provbanken.se' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'in' }));
    expect(screen.getByText('in står efter snedstrecket. Där har namnet redan tagit slut.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'konto-koll.net' }));
    expect(screen.getByRole('heading', { name: 'Rätt! Ägaren är konto-koll.net.' })).toHaveFocus();
    expect(screen.getByText('Provbankens namn står först, men ägaren är konto-koll.net.')).toBeInTheDocument();
    const marked = container.querySelectorAll('mark');
    expect([...marked].map((mark) => mark.textContent)).toEqual(['konto-koll', '.net']);
    expect(screen.getByText('Ägarens namn. Det här är delen som räknas.')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Läs adressen tecken för tecken' }));
    expect(screen.getByText('Del 3: k o n t o bindestreck k o l l')).toBeVisible();
    expect(screen.getByText('Del 4: punkt n e t')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Nästa adress' }));
    expect(screen.getByRole('heading', { name: 'Vem äger adressen?' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'provbanken.se' }));
    expect(screen.getByText('provbanken.se står före tecknet @. Allt före @ räknas inte.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'provfalsk.com' }));
    expect(outcomes).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Klar' }));
    expect(screen.getByRole('heading', { name: 'Klart! Du har läst 2 adresser.' })).toHaveFocus();
    expect(outcomes).toEqual([{ kind: 'safe-browsing', scenario: 'whose', done: true, choices: ['in-front:provbanken.se', 'in-front:in', 'in-front:right', 'at-sign:provbanken.se', 'at-sign:right'] }]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('speaks English in an English lesson', async () => {
    const { user } = await start('whose', 'en');
    await user.click(screen.getByRole('button', { name: 'konto-koll.net' }));
    expect(screen.getByRole('heading', { name: 'Right! The owner is konto-koll.net.' })).toBeInTheDocument();
    expect(screen.getByText("The test bank's name comes first, but the owner is konto-koll.net.")).toBeInTheDocument();
  });
});

describe('whose address: a wrong owner explained by the address’s own trick', () => {
  const marked = (container: HTMLElement) => [...container.querySelectorAll('mark')].map((mark) => mark.textContent);

  it('a hyphen, one extra letter and a two-part ending: the part that decides the owner marked, why the name picked is not it, and another try', async () => {
    const { user, outcomes, container } = await start('whose-tricks');
    await user.click(screen.getByRole('button', { name: 'provbanken.se' }));
    expect(screen.getByRole('heading', { name: 'Inte riktigt' })).toHaveFocus();
    expect(screen.getByText('Den markerade delen avgör vem som äger adressen:')).toBeInTheDocument();
    expect(marked(container)).toEqual(['provbanken-se', '.com']);
    expect(screen.getByText('Ett bindestreck binder ihop orden till ett enda namn: provbanken-se.com. Därför är provbanken.se inte ägaren.')).toBeInTheDocument();
    expect(screen.getByText('Provbindestrecket gör ett enda namn.')).toBeInTheDocument();
    expect(screen.getByText('Välj ett annat svar.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'provbanken.se' })).toBeDisabled();
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'provbanken-se.com' }));
    expect(screen.getByRole('heading', { name: 'Rätt! Ägaren är provbanken-se.com.' })).toHaveFocus();
    expect(screen.queryByText('Den markerade delen avgör vem som äger adressen:')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Nästa adress' }));
    await user.click(screen.getByRole('button', { name: 'provbanken.se' }));
    expect(screen.getByRole('heading', { name: 'Inte riktigt' })).toHaveFocus();
    expect(marked(container)).toEqual(['provbankenn', '.se']);
    expect(screen.getByText('Jämför bokstav för bokstav. provbankenn.se har en bokstav mer än provbanken.se. Då är det en annan ägare.')).toBeInTheDocument();
    expect(screen.getByText('Ett n för mycket i provnamnet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'provbankenn.se' }));

    await user.click(screen.getByRole('button', { name: 'Nästa adress' }));
    await user.click(screen.getByRole('button', { name: 'co.uk' }));
    expect(marked(container)).toEqual(['provbyran', '.co.uk']);
    expect(screen.getByText('co.uk är bara ändelsen. Ordet före ändelsen är ägaren.')).toBeInTheDocument();
    expect(screen.getByText('En provändelse i två delar.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'provbyran.co.uk' }));
    await user.click(screen.getByRole('button', { name: 'Klar' }));
    expect(outcomes).toEqual([
      { kind: 'safe-browsing', scenario: 'whose-tricks', done: true, choices: ['hyphen:provbanken.se', 'hyphen:right', 'extra-letter:provbanken.se', 'extra-letter:right', 'two-part:co.uk', 'two-part:right'] },
    ]);
  });

  it('explains the trick in English in an English lesson', async () => {
    const { user } = await start('whose-tricks', 'en');
    await user.click(screen.getByRole('button', { name: 'provbanken.se' }));
    expect(screen.getByRole('heading', { name: 'Not quite' })).toHaveFocus();
    expect(screen.getByText('The marked part decides who owns the address:')).toBeInTheDocument();
    expect(screen.getByText('A hyphen joins the words into one single name: provbanken-se.com. So provbanken.se is not the owner.')).toBeInTheDocument();
    expect(screen.getByText('The test hyphen makes one single name.')).toBeInTheDocument();
  });
});

describe('the padlock pair', () => {
  it('says what the padlock means on both pages, explains the wrong answer and ends on the right one', async () => {
    const { user, outcomes, container } = await start('padlock');
    expect(screen.getAllByRole('button', { name: 'Hänglåset' })).toHaveLength(2);
    const fakePadlock = within(browser(1)).getByRole('button', { name: 'Hänglåset' });
    await user.click(fakePadlock);
    expect(fakePadlock).toHaveAttribute('aria-expanded', 'true');
    expect(within(browser(1)).getByText('Anslutningen är skyddad.')).toBeVisible();
    expect(within(browser(1)).getByText(/Det säger inget om vem som äger sidan eller om den är ärlig/)).toBeVisible();
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Sidan är ärlig.' }));
    expect(screen.getByRole('heading', { name: 'Inte riktigt' })).toHaveFocus();
    expect(screen.getByText('Nej, även provfalska sidor har hänglås.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Anslutningen är skyddad.' }));
    expect(screen.getByRole('heading', { name: 'Rätt!' })).toHaveFocus();
    expect(screen.getByText('Provaffären billigt är falsk.')).toBeInTheDocument();
    expect(outcomes).toEqual([{ kind: 'safe-browsing', scenario: 'padlock', done: true, choices: ['honest', 'protected'] }]);
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('the padlock answered before it is opened', () => {
  it('asks kindly to open the padlock first, and takes the answer once it is opened', async () => {
    const { user, outcomes } = await start('padlock');
    await user.click(screen.getByRole('button', { name: 'Anslutningen är skyddad.' }));
    expect(screen.getByRole('heading', { name: 'Öppna hänglåset först' })).toHaveFocus();
    expect(screen.getByText('Klicka på hänglåset vid adressen, eller gå dit med Tab och tryck Enter.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Anslutningen är skyddad.' })).toBeEnabled();
    expect(outcomes).toEqual([]);

    await user.click(within(browser(0)).getByRole('button', { name: 'Hänglåset' }));
    expect(screen.queryByRole('heading', { name: 'Öppna hänglåset först' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Anslutningen är skyddad.' }));
    expect(screen.getByRole('heading', { name: 'Rätt!' })).toHaveFocus();
    expect(outcomes).toEqual([{ kind: 'safe-browsing', scenario: 'padlock', done: true, choices: ['protected'] }]);
  });
});

describe('the fake shop', () => {
  it('explains each spot marked, counts the signs, and ends with the advice once every sign is found', async () => {
    const { user, outcomes, container } = await start('shop');
    expect(screen.getByRole('heading', { name: 'Butiken från annonsen' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'En ärlig butik att jämföra med' })).toBeInTheDocument();
    expect(screen.getByText('Du har hittat 0 av 2 tecken.')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Markera bilden som tecken' }));
    expect(screen.getByText('En bild säger lite.').parentElement).toHaveFocus();
    expect(screen.getByText('Inget tydligt tecken')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Markera priset som tecken' }));
    expect(screen.getByText('För billigt för att vara sant.').parentElement).toHaveFocus();
    expect(screen.getByText('Du har hittat 1 av 2 tecken.')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Markera betalning som tecken' }));
    expect(screen.getByRole('heading', { name: 'Bra! Du hittade alla 2 tecken.' })).toHaveFocus();
    expect(screen.getByText('Betala med provkort.')).toBeInTheDocument();
    expect(outcomes).toEqual([{ kind: 'safe-browsing', scenario: 'shop', done: true, choices: ['price', 'payment', 'not:picture'] }]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows the signs not found when the learner stops looking, and offers to try again', async () => {
    const { user, outcomes } = await start('shop');
    await user.click(screen.getByRole('button', { name: 'Markera priset som tecken' }));
    await user.click(screen.getByRole('button', { name: 'Jag är klar' }));
    expect(screen.getByRole('heading', { name: 'Du hittade 1 av 2 tecken.' })).toHaveFocus();
    expect(screen.getByRole('heading', { name: 'Tecken du inte markerade' })).toBeInTheDocument();
    expect(screen.getByText('Förskott är riskabelt.')).toBeInTheDocument();
    expect(outcomes).toEqual([{ kind: 'safe-browsing', scenario: 'shop', done: false, choices: ['price'] }]);
    expect(screen.getByRole('button', { name: 'Försök igen' })).toBeInTheDocument();
  });
});

describe('the fake virus warning', () => {
  it('fills the practice window, explains a button in the warning, leaves full screen with Esc and closes with the tab’s ×', async () => {
    const { user, outcomes, container } = await start('warning');
    await user.click(screen.getByRole('button', { name: 'Öppna provlänken' }));
    const heading = screen.getByRole('heading', { name: 'PROVLARM! Datorn är sjuk!' });
    expect(heading).toHaveFocus();
    expect(screen.getByText('Sidan har lagt sig över hela fönstret. Flikarna och adressfältet syns inte.')).toBeInTheDocument();
    expect(screen.queryByText('https://provlarm.net/')).not.toBeInTheDocument();
    expect(screen.getByText('Ring 08-111 11 11')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Ring provsupporten' }));
    expect(screen.getByRole('heading', { name: 'Tryck inte i varningen' })).toHaveFocus();
    expect(screen.getByText('Ring aldrig provnumret.')).toBeInTheDocument();

    // Esc from where the learner is: the explanation, inside the practice.
    await user.keyboard('{Escape}');
    expect(screen.getByRole('heading', { name: 'Bra! Nu syns flikarna igen' })).toHaveFocus();
    expect(screen.getByText('https://provlarm.net/')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Stäng fliken PROVLARM! Datorn är sjuk!' }));
    expect(screen.getByRole('heading', { name: 'Bra gjort! Varningen är borta.' })).toHaveFocus();
    expect(screen.getByText('Stäng provwebbläsaren.')).toBeInTheDocument();
    expect(outcomes).toEqual([{ kind: 'safe-browsing', scenario: 'warning', done: true, choices: ['trap:call', 'closed'] }]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('closes at once with the named keys Ctrl + W, pressed as a button in the practice', async () => {
    const { user, outcomes } = await start('warning');
    await user.click(screen.getByRole('button', { name: 'Öppna provlänken' }));
    await user.click(screen.getByRole('button', { name: 'Ctrl + W' }));
    expect(screen.getByRole('heading', { name: 'Bra gjort! Varningen är borta.' })).toHaveFocus();
    expect(outcomes).toEqual([{ kind: 'safe-browsing', scenario: 'warning', done: true, choices: ['closed'] }]);
  });
});

describe('the fake virus warning and other keys', () => {
  it('answers a letter typed in the pretend full screen with the way out; Tab moves on as ever, and Esc still leaves', async () => {
    const { user, container } = await start('warning');
    await user.click(screen.getByRole('button', { name: 'Öppna provlänken' }));
    expect(screen.getByRole('heading', { name: 'PROVLARM! Datorn är sjuk!' })).toHaveFocus();
    await user.tab();
    expect(screen.queryByRole('heading', { name: 'Inte riktigt' })).not.toBeInTheDocument();

    await user.keyboard('x');
    expect(screen.getByRole('heading', { name: 'Inte riktigt' })).toHaveFocus();
    expect(screen.getByText('Den tangenten gör ingenting här. Tryck Esc för att lämna helskärmen. Stäng sedan fliken.')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    await user.keyboard('{Escape}');
    expect(screen.getByRole('heading', { name: 'Bra! Nu syns flikarna igen' })).toHaveFocus();
    // Out of full screen, the tab's × is the way on: a letter changes nothing.
    await user.keyboard('x');
    expect(screen.getByRole('heading', { name: 'Bra! Nu syns flikarna igen' })).toHaveFocus();
    expect(screen.queryByText(/Den tangenten gör ingenting här/)).not.toBeInTheDocument();
  });
});

describe('the passphrase', () => {
  it('gives live feedback as the learner types, and ends once a strong phrase is checked; nothing typed is kept', async () => {
    const { user, outcomes, container } = await start('passphrase');
    const field = await screen.findByRole('textbox', { name: 'Lösenfras att öva med' });
    expect(field).toHaveAccessibleDescription('Skriv inte ett lösenord som du använder. Det du skriver sparas inte och skickas ingenstans.');
    await screen.findByText('Styrka: skriv något');

    await user.type(field, 'Sommar2024!');
    // The estimator downloads when the learner first goes to the field; the feedback follows it.
    expect(await screen.findByText('Styrka: svag')).toBeInTheDocument();
    expect(screen.getByText('En årstid och ett år, som Sommar2024, provar bedragare tidigt.')).toBeInTheDocument();
    expect(screen.getByText('Sommar är vanliga ord eller namn. De gissas tidigt.')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Jag är nöjd med frasen' }));
    expect(screen.getByRole('heading', { name: 'Inte stark än' })).toHaveFocus();

    await user.clear(field);
    await user.type(field, 'kaffe gurka');
    expect(screen.getByText('Styrka: ganska bra')).toBeInTheDocument();
    expect(screen.getByText('Bra början. Lägg till ett ord till.')).toBeInTheDocument();
    await user.type(field, ' moln');
    expect(screen.getByText('Styrka: stark')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Jag är nöjd med frasen' }));
    expect(screen.getByRole('heading', { name: 'Bra! Frasen är stark.' })).toHaveFocus();
    expect(outcomes).toEqual([{ kind: 'safe-browsing', scenario: 'passphrase', done: true, choices: ['weak', 'strong'] }]);
    expect(JSON.stringify({ ...sessionStorage })).not.toMatch(/kaffe|Sommar/);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('picks three random words that are strong', async () => {
    const { user } = await start('passphrase');
    const field = await screen.findByRole('textbox', { name: 'Lösenfras att öva med' });
    await user.click(await screen.findByRole('button', { name: 'Slumpa tre ord' }));
    // The words arrive with the word list, downloaded on this first press.
    expect(await screen.findByText('Styrka: stark')).toBeInTheDocument();
    expect((field as HTMLInputElement).value.split(' ')).toHaveLength(3);
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});
