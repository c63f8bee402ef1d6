// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PracticeOutcome } from '../../../src/content/index.ts';
import { postLetter } from '../../../src/practice/host/index.ts';
import { practiceRegistry } from '../../../src/practice/index.ts';
import { axeViolations } from '../../helpers/axe.ts';
import { renderInLanguage } from '../../helpers/render-player.tsx';

// The scenarios are the fixture ones, test/fixtures/lessons-app/practice/inbox/ (Provare Test, provare@prov.example).

async function start(id: string, language: 'sv' | 'en' = 'sv') {
  const outcomes: PracticeOutcome[] = [];
  const entry = practiceRegistry.inbox;
  if (!entry) throw new Error('The registry has no practice inbox.');
  const InboxPractice = await entry.load();
  const rendered = await renderInLanguage(
    <InboxPractice scenario={{ kind: 'inbox', id }} language={language} place={{ lessonId: 'a-lesson', stepId: `a-step-${id}` }} onOutcome={(outcome: PracticeOutcome) => outcomes.push(outcome)} />,
    language,
  );
  await screen.findByText(language === 'sv' ? 'Övning – inget här är på riktigt' : 'Practice – nothing here is real');
  const folders = () => screen.getByRole('navigation', { name: language === 'sv' ? 'Mappar' : 'Folders' });
  return { ...rendered, outcomes, folders };
}

/**
 * Presses a button and waits for the screen it opens: a screen whose code
 * downloads on first use shows "Laddar …" until it is there.
 */
async function press(user: Awaited<ReturnType<typeof start>>['user'], target: Element) {
  await user.click(target);
  await waitFor(() => expect(screen.queryByText(/^(Laddar|Loading) …$/)).not.toBeInTheDocument());
}

afterEach(() => {
  sessionStorage.clear();
});

// jsdom draws nothing, so it has no scrolling; the error summary's links scroll a field's label into view.
Element.prototype.scrollIntoView ??= () => undefined;

describe('the practice inbox', () => {
  it('shows the folders with unread counts, and a list that reads sender, subject, date and unread', async () => {
    const { folders, container } = await start('reply');
    expect(within(folders()).getByRole('button', { name: 'Inkorg, 1 oläst' })).toHaveAttribute('aria-current', 'page');
    for (const name of ['Skickat', 'Papperskorg', 'Skräppost', 'Skriv nytt mejl']) expect(within(folders()).getByRole('button', { name })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Inkorg' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Oläst, Ada Prov, Ämne: Fika i morgon, Tisdag' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Provklubben, Ämne: Klubbnytt, Tisdag' })).toBeInTheDocument();
    expect(within(within(screen.getByRole('region', { name: 'Inkorg' })).getByRole('list')).getAllByRole('listitem')).toHaveLength(2);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('first reply: opens the message with From as name and address, replies, and is told it worked', async () => {
    const { user, outcomes, folders, container } = await start('reply');
    await press(user, screen.getByRole('button', { name: /Ada Prov/ }));
    expect(screen.getByRole('heading', { name: 'Fika i morgon' })).toHaveFocus();
    expect(screen.getByText('Ada Prov <ada@prov.example>')).toBeInTheDocument();
    expect(screen.getByText('Provare Test <provare@prov.example>')).toBeInTheDocument();
    expect(within(folders()).getByRole('button', { name: 'Inkorg' })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    await press(user, screen.getByRole('button', { name: 'Svara' }));
    expect(screen.getByRole('heading', { name: 'Svara på mejlet' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Till' })).toHaveValue('ada@prov.example');
    expect(screen.getByRole('textbox', { name: 'Ämne' })).toHaveValue('Sv: Fika i morgon');
    expect(await axeViolations(container)).toEqual([]);
    await user.type(screen.getByRole('textbox', { name: 'Text' }), 'Ja, gärna!');
    await press(user, screen.getByRole('button', { name: 'Skicka' }));

    expect(screen.getByRole('heading', { name: 'Så här gick det' })).toHaveFocus();
    expect(screen.getByText('Svaret gick iväg.')).toBeInTheDocument();
    expect(outcomes).toEqual([{ kind: 'inbox', scenario: 'reply', done: true, choices: ['open-from-ada', 'reply-from-ada', 'send-reply'] }]);
    await press(user, within(folders()).getByRole('button', { name: 'Skickat' }));
    expect(screen.getByRole('button', { name: /Till ada@prov.example, Ämne: Sv: Fika i morgon/ })).toBeInTheDocument();
    // The round is over: the learner may look around, and starts over to do more.
    await press(user, within(folders()).getByRole('button', { name: 'Inkorg' }));
    await press(user, screen.getByRole('button', { name: /Ada Prov/ }));
    expect(screen.getByRole('heading', { name: 'Fika i morgon' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Svara' })).not.toBeInTheDocument();
    expect(within(folders()).queryByRole('button', { name: 'Skriv nytt mejl' })).not.toBeInTheDocument();
  });

  it('reply to all puts the others in Kopia; a new message instead of a reply is explained, with Försök igen', async () => {
    const { user, outcomes, folders } = await start('reply');
    await press(user, screen.getByRole('button', { name: /Ada Prov/ }));
    await press(user, screen.getByRole('button', { name: 'Svara alla' }));
    expect(screen.getByRole('textbox', { name: 'Kopia (om du vill)' })).toHaveValue('cleo@prov.example');
    await press(user, screen.getByRole('button', { name: 'Avbryt' }));
    expect(screen.getByRole('heading', { name: 'Inkorg' })).toHaveFocus();

    await press(user, within(folders()).getByRole('button', { name: 'Skriv nytt mejl' }));
    await user.type(screen.getByRole('textbox', { name: 'Till' }), 'ada@prov.example');
    await user.type(screen.getByRole('textbox', { name: 'Ämne' }), 'Hej');
    await user.type(screen.getByRole('textbox', { name: 'Text' }), 'Hej Ada');
    await press(user, screen.getByRole('button', { name: 'Skicka' }));
    expect(screen.getByText('Du skrev ett nytt mejl. Öppna mejlet och tryck på Svara i stället.')).toBeInTheDocument();
    expect(outcomes).toEqual([expect.objectContaining({ done: false })]);
    await press(user, screen.getByRole('button', { name: 'Försök igen' }));
    expect(screen.getByRole('heading', { name: 'Inkorg' })).toHaveFocus();
  });

  it('reply to all is a reply: the sender in Till, the others in Kopia, and the task is done', async () => {
    const { user, outcomes } = await start('reply');
    await press(user, screen.getByRole('button', { name: /Ada Prov/ }));
    await press(user, screen.getByRole('button', { name: 'Svara alla' }));
    expect(screen.getByRole('heading', { name: 'Svara på mejlet' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Till' })).toHaveValue('ada@prov.example');
    expect(screen.getByRole('textbox', { name: 'Kopia (om du vill)' })).toHaveValue('cleo@prov.example');
    await user.type(screen.getByRole('textbox', { name: 'Text' }), 'Ja, gärna!');
    await press(user, screen.getByRole('button', { name: 'Skicka' }));
    expect(screen.getByText('Svaret gick iväg.')).toBeInTheDocument();
    expect(screen.queryByText(/^Du skrev ett nytt mejl/)).not.toBeInTheDocument();
    expect(outcomes).toEqual([{ kind: 'inbox', scenario: 'reply', done: true, choices: ['open-from-ada', 'reply-all-from-ada', 'send-reply-all'] }]);
  });

  it('forwarding instead of replying says what forwarding does and to press Svara, with Försök igen', async () => {
    const { user, outcomes } = await start('reply');
    await press(user, screen.getByRole('button', { name: /Ada Prov/ }));
    await press(user, screen.getByRole('button', { name: 'Vidarebefordra' }));
    expect(screen.getByRole('heading', { name: 'Vidarebefordra mejlet' })).toHaveFocus();
    await user.type(screen.getByRole('textbox', { name: 'Till' }), 'ben@prov.example');
    await user.type(screen.getByRole('textbox', { name: 'Text' }), 'Titta här.');
    await press(user, screen.getByRole('button', { name: 'Skicka' }));
    expect(screen.getByRole('heading', { name: 'Så här gick det' })).toHaveFocus();
    expect(screen.getByText('Du tryckte på Vidarebefordra. Då skickas mejlet vidare till någon annan. Här ska du svara den som skrev. Öppna mejlet och tryck på Svara i stället.')).toBeInTheDocument();
    expect(screen.queryByText(/^Du skrev ett nytt mejl/)).not.toBeInTheDocument();
    expect(outcomes).toEqual([expect.objectContaining({ done: false, choices: ['open-from-ada', 'forward-from-ada', 'send-forward'] })]);
    expect(screen.getByRole('button', { name: 'Försök igen' })).toBeInTheDocument();
  });

  it('says the same about forwarding in an English lesson', async () => {
    const { user } = await start('reply', 'en');
    await press(user, screen.getByRole('button', { name: /Ada Prov/ }));
    await press(user, screen.getByRole('button', { name: 'Forward' }));
    await user.type(screen.getByRole('textbox', { name: 'To' }), 'ben@prov.example');
    await user.type(screen.getByRole('textbox', { name: 'Text' }), 'Look.');
    await press(user, screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByText('You pressed Forward. That sends the e-mail on to someone else. Here you should answer the person who wrote it. Open the e-mail and press Reply instead.')).toBeInTheDocument();
  });

  it('refuses to send with an error summary whose links go to the fields, in the shared words', async () => {
    const { user, container } = await start('write');
    await press(user, screen.getByRole('button', { name: 'Skriv nytt mejl' }));
    await user.type(screen.getByRole('textbox', { name: 'Till' }), 'ben.prov.example');
    await press(user, screen.getByRole('button', { name: 'Skicka' }));
    const summary = screen.getByRole('region', { name: 'Mejlet kunde inte skickas' });
    expect(summary).toHaveFocus();
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'En e-postadress har ett @ och en punkt efter det, till exempel anna@exempel.se.',
      'Skriv ett ämne. Då vet den som får mejlet vad det handlar om.',
      'Skriv något i mejlet.',
    ]);
    expect(screen.getByRole('textbox', { name: 'Till' })).toHaveAccessibleDescription(expect.stringContaining('Fel: En e-postadress har ett @'));
    expect(await axeViolations(container)).toEqual([]);
    await press(user, within(summary).getByRole('link', { name: 'Skriv ett ämne. Då vet den som får mejlet vad det handlar om.' }));
    expect(screen.getByRole('textbox', { name: 'Ämne' })).toHaveFocus();
  });

  it('says kindly that the practice never needs a personal identity number', async () => {
    const { user } = await start('write');
    await press(user, screen.getByRole('button', { name: 'Skriv nytt mejl' }));
    await user.type(screen.getByRole('textbox', { name: 'Text' }), 'Mitt nummer är 811218-9876');
    expect(screen.getByRole('textbox', { name: 'Text' })).toHaveAccessibleDescription('Det ser ut som ett personnummer. Övningen behöver aldrig ditt personnummer. Skriv något annat.');
  });

  it('says the same kind word in Till and Kopia, and only when it looks like a number or a password', async () => {
    const { user } = await start('write');
    await press(user, screen.getByRole('button', { name: 'Skriv nytt mejl' }));
    const to = screen.getByRole('textbox', { name: 'Till' });
    const cc = screen.getByRole('textbox', { name: 'Kopia (om du vill)' });
    await user.type(to, 'ben@prov.example');
    expect(to).toHaveAccessibleDescription('Mejladressen till den du skriver till. Flera adresser skiljer du med komma.');
    await user.type(to, ', 811218-9876');
    expect(to).toHaveAccessibleDescription('Det ser ut som ett personnummer. Övningen behöver aldrig ditt personnummer. Skriv något annat.');
    // The same ten digits with a wrong check digit are not a personal identity number.
    await user.clear(to);
    await user.type(to, '811218-9875');
    expect(to).toHaveAccessibleDescription('Mejladressen till den du skriver till. Flera adresser skiljer du med komma.');

    await user.type(cc, 'cleo@prov.example');
    expect(cc).toHaveAccessibleDescription('Den som ska få en kopia av mejlet.');
    // Typed straight after the comma, with no space: the part after it is still looked at on its own.
    await user.type(cc, ',Sommar2024');
    expect(cc).toHaveAccessibleDescription('Det ser ut som ett lösenord. Skriv aldrig ett riktigt lösenord här. Övningen behöver det aldrig.');
    await user.clear(cc);
    await user.type(cc, '19811218-9876');
    expect(cc).toHaveAccessibleDescription('Det ser ut som ett personnummer. Övningen behöver aldrig ditt personnummer. Skriv något annat.');
  });

  it('says kindly that the practice never needs a password, and still sends', async () => {
    const { user, outcomes } = await start('write');
    await press(user, screen.getByRole('button', { name: 'Skriv nytt mejl' }));
    const text = screen.getByRole('textbox', { name: 'Text' });
    await user.type(text, 'Hej Ben, ses i morgon.');
    expect(text).not.toHaveAccessibleDescription(expect.stringContaining('lösenord'));
    await user.type(text, ' Mitt lösenord är Hund2024');
    expect(text).toHaveAccessibleDescription('Det ser ut som ett lösenord. Skriv aldrig ett riktigt lösenord här. Övningen behöver det aldrig.');
    await user.type(screen.getByRole('textbox', { name: 'Ämne' }), 'Sommar2024');
    expect(screen.getByRole('textbox', { name: 'Ämne' })).toHaveAccessibleDescription(expect.stringContaining('Det ser ut som ett lösenord.'));
    await user.type(screen.getByRole('textbox', { name: 'Till' }), 'ben@prov.example');
    await press(user, screen.getByRole('button', { name: 'Skicka' }));
    // A kind word, never a stop: the message goes (here without the picture the task asks for).
    expect(outcomes).toEqual([expect.objectContaining({ done: false, choices: ['write-new', 'send-new'] })]);
  });

  it('write and attach: the practice file picker, the file attached and removed, then sent to the right address', async () => {
    const { user, outcomes, container } = await start('write');
    await press(user, screen.getByRole('button', { name: 'Skriv nytt mejl' }));
    await user.type(screen.getByRole('textbox', { name: 'Till' }), 'ben@prov.example');
    await press(user, screen.getByRole('button', { name: 'Bifoga fil' }));
    expect(screen.getByRole('heading', { name: 'Välj en fil att bifoga' })).toHaveFocus();
    expect(screen.getByText('Det här är övningens egna filer. Datorns egna filer öppnas aldrig.')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
    await press(user, screen.getByRole('button', { name: 'Bifoga lista.pdf' }));
    expect(screen.getByRole('textbox', { name: 'Till' })).toHaveValue('ben@prov.example');
    await press(user, screen.getByRole('button', { name: 'Ta bort lista.pdf' }));
    expect(screen.getByText('Inga filer bifogade.')).toBeInTheDocument();
    await press(user, screen.getByRole('button', { name: 'Bifoga fil' }));
    await press(user, screen.getByRole('button', { name: 'Bifoga hund.jpg' }));
    expect(within(screen.getByRole('region', { name: 'Bifogade filer' })).getByText('hund.jpg')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Ämne' }), 'Hunden');
    await user.type(screen.getByRole('textbox', { name: 'Text' }), 'Här är hon.');
    await press(user, screen.getByRole('button', { name: 'Skicka' }));
    expect(screen.getByText('Bilden på hunden gick iväg.')).toBeInTheDocument();
    expect(outcomes).toEqual([{ kind: 'inbox', scenario: 'write', done: true, choices: ['write-new', 'open-picker', 'attach-list', 'remove-list', 'open-picker', 'attach-dog', 'send-new'] }]);
  });

  it('a forward shows the message’s attachment, removable, and the copy in Skickat keeps it', async () => {
    const { user, folders, container } = await start('fraud');
    await press(user, screen.getByRole('button', { name: /Provklubben/ }));
    await press(user, screen.getByRole('button', { name: 'Vidarebefordra' }));
    expect(screen.getByRole('heading', { name: 'Vidarebefordra mejlet' })).toHaveFocus();
    const attachments = screen.getByRole('region', { name: 'Bifogade filer' });
    expect(within(attachments).getByText('program.pdf')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
    await press(user, within(attachments).getByRole('button', { name: 'Ta bort program.pdf' }));
    expect(within(attachments).getByText('Inga filer bifogade.')).toBeInTheDocument();
    await press(user, screen.getByRole('button', { name: 'Avbryt' }));

    await press(user, screen.getByRole('button', { name: /Provklubben/ }));
    await press(user, screen.getByRole('button', { name: 'Vidarebefordra' }));
    await user.type(screen.getByRole('textbox', { name: 'Till' }), 'ben@prov.example');
    await user.type(screen.getByRole('textbox', { name: 'Text' }), 'Se programmet.');
    await press(user, screen.getByRole('button', { name: 'Skicka' }));
    expect(within(folders()).getByRole('button', { name: 'Skickat' })).toHaveAttribute('aria-current', 'page');
    await press(user, screen.getByRole('button', { name: /Till ben@prov.example/ }));
    expect(screen.getByText('Bilaga: program.pdf')).toBeInTheDocument();
  });

  it('write without the attachment: says to press Bifoga fil', async () => {
    const { user, outcomes } = await start('write');
    await press(user, screen.getByRole('button', { name: 'Skriv nytt mejl' }));
    await user.type(screen.getByRole('textbox', { name: 'Till' }), 'ben@prov.example');
    await user.type(screen.getByRole('textbox', { name: 'Ämne' }), 'Hej');
    await user.type(screen.getByRole('textbox', { name: 'Text' }), 'Hej Ben');
    await press(user, screen.getByRole('button', { name: 'Skicka' }));
    expect(screen.getByText('Mejlet hade ingen bilaga. Tryck på Bifoga fil innan du skickar.')).toBeInTheDocument();
    expect(outcomes).toEqual([expect.objectContaining({ done: false })]);
  });

  it('delete and get back: Ångra at once, and later from the Papperskorg', async () => {
    const { user, outcomes, folders, container } = await start('retrieve');
    await press(user, screen.getByRole('button', { name: /Provskolan/ }));
    await press(user, screen.getByRole('button', { name: 'Ta bort' }));
    expect(screen.getByText('Mejlet flyttades till Papperskorgen.')).toHaveFocus();
    expect(screen.getByText('Här finns inga mejl.')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
    await press(user, within(folders()).getByRole('button', { name: 'Papperskorg' }));
    expect(screen.getByRole('button', { name: /Provskolan/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ångra' })).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
    await press(user, screen.getByRole('button', { name: /Provskolan/ }));
    await press(user, screen.getByRole('button', { name: 'Flytta till Inkorgen' }));
    expect(screen.getByText('Mejlet flyttades till Inkorg.')).toHaveFocus();
    expect(screen.getByText('Mejlet om kursen är tillbaka.')).toBeInTheDocument();
    expect(outcomes).toEqual([expect.objectContaining({ done: true, choices: ['open-course', 'delete-course', 'folder-trash', 'open-course', 'move-course-inbox'] })]);
  });

  it('Ångra brings the message back at once', async () => {
    const { user, outcomes } = await start('retrieve');
    await press(user, screen.getByRole('button', { name: /Provskolan/ }));
    await press(user, screen.getByRole('button', { name: 'Ta bort' }));
    await press(user, screen.getByRole('button', { name: 'Ångra' }));
    expect(screen.getByText('Mejlet är tillbaka i Inkorg.')).toHaveFocus();
    expect(screen.getByRole('button', { name: /Provskolan/ })).toBeInTheDocument();
    expect(outcomes).toEqual([expect.objectContaining({ done: true })]);
  });

  it('shows where a link really goes by keyboard, before following it', async () => {
    const { user, container } = await start('fraud');
    await press(user, screen.getByRole('button', { name: /Provbanken/ }));
    const reveal = screen.getByRole('button', { name: 'Visa vart länken går' });
    expect(reveal).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('https://provbank-se.example/in')).not.toBeVisible();
    reveal.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Dölj adressen' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('https://provbank-se.example/in')).toBeVisible();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('following a fraudulent link lands on the calm "Oj" page with the signs, and back to the message', async () => {
    const { user, outcomes, container } = await start('fraud');
    await press(user, screen.getByRole('button', { name: /Provbanken/ }));
    await press(user, screen.getByRole('button', { name: 'Logga in' }));
    expect(screen.getByRole('heading', { name: 'Oj – det här hade kunnat gå illa' })).toHaveFocus();
    expect(screen.getByText('Länken gick till https://provbank-se.example/in. Det är inte den som mejlet säger att det kommer från.')).toBeInTheDocument();
    expect(screen.getByText('Adressen efter @ är provbank-se.example.')).toBeInTheDocument();
    expect(screen.getByText('En allmän hälsning, inte ditt namn (svagt tecken).')).toBeInTheDocument();
    expect(outcomes).toEqual([]);
    expect(await axeViolations(container)).toEqual([]);
    await press(user, screen.getByRole('button', { name: 'Tillbaka till mejlet' }));
    expect(screen.getByRole('heading', { name: 'Kontot stängs' })).toHaveFocus();
  });

  it('a real message’s link only shows its address; nothing opens', async () => {
    const { user } = await start('fraud');
    await press(user, screen.getByRole('button', { name: /Provklubben/ }));
    await press(user, screen.getByRole('button', { name: 'Läs mer' }));
    expect(screen.getByText('I övningen öppnas inga länkar. Länken går till https://www.prov.example/nytt.')).toBeInTheDocument();
  });

  it('find the fraud: each report explains the signs found and missed, weak ones last; a real one reported is said and moved back', async () => {
    const { user, outcomes, folders, container } = await start('fraud');
    await press(user, screen.getByRole('button', { name: /Provbanken/ }));
    await press(user, screen.getByRole('button', { name: 'Anmäl som bedrägeri' }));
    expect(screen.getByRole('heading', { name: 'Anmäl som bedrägeri' })).toHaveFocus();
    const group = screen.getByRole('group', { name: 'Vilka tecken på bedrägeri ser du? Kryssa i de du hittar.' });
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes.map((box) => box.getAttribute('id'))).toEqual(['inbox-sign-sender', 'inbox-sign-link', 'inbox-sign-pressure', 'inbox-sign-asks-for-login', 'inbox-sign-attachment', 'inbox-sign-greeting', 'inbox-sign-spelling']);
    expect(await axeViolations(container)).toEqual([]);
    await press(user, within(group).getByRole('checkbox', { name: 'Avsändarens adress efter @ är inte den riktiga' }));
    await press(user, within(group).getByRole('checkbox', { name: 'En bilaga du inte väntade dig' }));
    await press(user, screen.getByRole('button', { name: 'Anmäl och flytta till Skräppost' }));
    expect(screen.getByRole('heading', { name: 'Mejlet är anmält' })).toHaveFocus();
    const signs = screen.getAllByRole('listitem').filter((item) => item.className.startsWith('inbox-sign'));
    expect(signs.map((item) => item.textContent)).toEqual([
      'Du hittade det: Avsändarens adress efter @ är inte den riktiga. Adressen efter @ är provbank-se.example.',
      'Det här tecknet missade du: Länken går någon annanstans än den säger. Länken går till provbank-se.example.',
      'Det här tecknet missade du: Det är bråttom, eller ett hot eller en vinst. Det står att det brådskar.',
      'Det här tecknet missade du: En allmän hälsning, inte ditt namn (svagt tecken). Det står Kära kund.',
    ]);
    expect(screen.getByText('Det här fanns inte i mejlet: En bilaga du inte väntade dig.')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    await press(user, screen.getByRole('button', { name: 'Tillbaka till Inkorg' }));
    await press(user, screen.getByRole('button', { name: /Provklubben/ }));
    await press(user, screen.getByRole('button', { name: 'Anmäl som bedrägeri' }));
    await press(user, screen.getByRole('button', { name: 'Anmäl och flytta till Skräppost' }));
    expect(screen.getByText('Det här mejlet var på riktigt. Du kan flytta tillbaka det till Inkorgen.')).toBeInTheDocument();
    expect(screen.getByText('Klubben skriver från sin egen adress.')).toBeInTheDocument();
    await press(user, screen.getByRole('button', { name: 'Flytta till Inkorgen' }));
    expect(screen.getByText('Mejlet flyttades till Inkorg.')).toHaveFocus();

    await press(user, within(folders()).getByRole('button', { name: 'Skräppost' }));
    expect(screen.getByRole('button', { name: /Provbanken/ })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
    await press(user, within(folders()).getByRole('button', { name: /^Inkorg/ }));
    await press(user, screen.getByRole('button', { name: /Provlotteriet/ }));
    await press(user, screen.getByRole('button', { name: 'Flytta till Skräppost' }));
    expect(screen.getByText('Du hittade 2 av 2 bedrägerier.')).toBeInTheDocument();
    expect(screen.getByText('Du hittade båda.')).toBeInTheDocument();
    expect(outcomes).toEqual([expect.objectContaining({ kind: 'inbox', scenario: 'fraud', done: true })]);
  });

  it('"Jag har letat klart" names the fraud that was missed, with Försök igen', async () => {
    const { user, outcomes } = await start('fraud');
    await press(user, screen.getByRole('button', { name: 'Jag har letat klart' }));
    expect(screen.getByRole('heading', { name: 'Så här gick det' })).toHaveFocus();
    expect(screen.getByText('Du hittade 0 av 2 bedrägerier.')).toBeInTheDocument();
    expect(screen.getByText('Det här bedrägeriet missade du: Kontot stängs')).toBeInTheDocument();
    expect(outcomes).toEqual([expect.objectContaining({ done: false, choices: ['finish'] })]);
    expect(screen.getByRole('button', { name: 'Försök igen' })).toBeInTheDocument();
  });

  it('digital mailbox: checked senders, a letter and its PDF-like document, an errand’s letter, and the fake mailbox e-mail reported', async () => {
    const { user, outcomes, folders, container } = await start('mailbox');
    act(() => postLetter({ id: 'receipt-7', sender: 'Provkommunen', subject: 'Kvitto på ditt ärende', paragraphs: ['Vi har fått ditt ärende.'], reference: 'ÄR-7', received: 'I dag' }));
    await press(user, within(folders()).getByRole('button', { name: 'Digital brevlåda' }));
    expect(screen.getByRole('heading', { name: 'Dina brev' })).toHaveFocus();
    expect(screen.getByRole('heading', { name: 'Provlådan' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Provlådan' })).toBeInTheDocument();
    expect(screen.getByText('Här kommer brev från myndigheter och företag. Bara avsändare som brevlådan har kontrollerat kan skicka brev hit.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Oläst, Provkommunen, Kontrollerad avsändare, Kvitto på ditt ärende, I dag, Från ett ärende du gjorde' })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    await press(user, screen.getByRole('button', { name: /Provkommunen/ }));
    expect(screen.getByRole('heading', { name: 'Kvitto på ditt ärende' })).toHaveFocus();
    expect(screen.getByText('Ärendenummer: ÄR-7')).toBeInTheDocument();
    await press(user, screen.getByRole('button', { name: 'Tillbaka till breven' }));

    await press(user, screen.getByRole('button', { name: /Provverket, Kontrollerad avsändare, Ditt beslut/ }));
    await press(user, screen.getByRole('button', { name: 'Öppna bilagan beslut.pdf (PDF)' }));
    expect(screen.getByRole('heading', { name: 'Beslut' })).toHaveFocus();
    expect(screen.getByText('Du får ja.')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
    await press(user, screen.getByRole('button', { name: 'Stäng dokumentet' }));
    expect(screen.getByRole('heading', { name: 'Ditt beslut' })).toHaveFocus();
    expect(outcomes).toEqual([]);

    expect(screen.queryByRole('navigation', { name: 'Mappar' })).not.toBeInTheDocument();
    await press(user, within(screen.getByRole('navigation', { name: 'Brevlådans meny' })).getByRole('button', { name: 'Tillbaka till e-posten' }));
    expect(screen.getByRole('heading', { name: 'Övningsmejlen' })).toBeInTheDocument();
    await press(user, screen.getByRole('button', { name: /Provbanken/ }));
    await press(user, screen.getByRole('button', { name: 'Anmäl som bedrägeri' }));
    await press(user, screen.getByRole('button', { name: 'Anmäl och flytta till Skräppost' }));
    expect(screen.getByText('Brevet är läst och bedrägeriet anmält.')).toBeInTheDocument();
    expect(screen.getByText('Du öppnade brevets bilaga.')).toBeInTheDocument();
    expect(outcomes).toEqual([expect.objectContaining({ scenario: 'mailbox', done: true })]);
  });

  it('shows an errand’s letter only in a scenario that lets them in', async () => {
    const { user, folders } = await start('mailbox-closed');
    act(() => postLetter({ id: 'receipt-8', sender: 'Provkommunen', subject: 'Kvitto', paragraphs: ['Tack.'], received: 'I dag' }));
    await press(user, within(folders()).getByRole('button', { name: 'Digital brevlåda' }));
    expect(screen.getByRole('button', { name: /Provverket/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Provkommunen/ })).not.toBeInTheDocument();
  });

  it('speaks English in an English lesson', async () => {
    const { user } = await start('fraud', 'en');
    expect(screen.getByRole('heading', { name: 'Practice mail' })).toBeInTheDocument();
    await press(user, screen.getByRole('button', { name: /Provbanken/ }));
    expect(screen.getByRole('heading', { name: 'The account closes' })).toHaveFocus();
    await press(user, screen.getByRole('button', { name: 'Show where the link goes' }));
    expect(screen.getByText('The link goes to:')).toBeInTheDocument();
  });

  it('keeps its place across a reload, without the words typed', async () => {
    const first = await start('retrieve');
    await press(first.user, screen.getByRole('button', { name: /Provskolan/ }));
    first.unmount();
    await start('retrieve');
    expect(screen.getByRole('heading', { name: 'Kursen börjar' })).toBeInTheDocument();
  });
});
