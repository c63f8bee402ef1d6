import { describe, expect, it } from 'vitest';
import { looksLikePassword } from '../../../src/practice/host/index.ts';

describe('text that looks like a password', () => {
  it.each([
    'lösenord: hemlis',
    'Mitt lösenord är Sommar2024',
    'Lösenordet är: blå7',
    'PIN=1234',
    'min pinkod är 0000',
    'Koden är 4711',
    'kod: abc',
    'My password is Sun2024',
    'password: letmein',
    'Sommar2024',
    'Här är det: katt#Hund',
    'hej Hund123!x på dig',
    '"Sommar2024!"',
  ])('"%s" does', (text) => {
    expect(looksLikePassword(text)).toBe(true);
  });

  it.each([
    '',
    'Hej Ada! Ja, gärna fika i morgon.',
    'Jag har glömt mitt lösenord till banken.',
    'Mitt lösenord är hemligt.',
    'Skriv koden i rutan.',
    'Koden är den som står på lappen.',
    'Fantastiskt! Välkommen till föreningsmötet.',
    'ada.prov@exempel.se',
    'Skriv till bo.lund@kommunen.example i morgon',
    'https://www.prov.example/nytt?sida=2',
    'www.exempel.se',
    'prov-banken.example',
    '2024-05-01',
    '1/5-2024 kl. 14.30',
    'kl.14.00',
    '08-123 45 67',
    '+46701234567',
    '070-123 45 67',
    '811218-9876',
    'e-postadressen och/eller telefonnumret',
    'COVID-19 och MP3-spelare',
    'Ärendenummer: ÄR-2024-0042',
    'Provgatan 12B, 123 45 Provby',
    'Självdeklarationen för inkomståret',
  ])('"%s" does not', (text) => {
    expect(looksLikePassword(text)).toBe(false);
  });
});
