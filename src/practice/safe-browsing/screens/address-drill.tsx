import type { LessonLanguage } from '../../../i18n/index.ts';
import { useReadAloud } from '../../host/index.ts';
import { Button, Disclosure } from '../../../ui/index.ts';
import type { AddressState } from '../machine.ts';
import type { AddressPart, AddressScenario } from '../scenario.ts';
import { BrowserWindow, Feedback } from './browser-window.tsx';
import type { DrillProps, SafeBrowsingT } from './screen-props.ts';

const signNames: Readonly<Record<string, 'dot' | 'slash' | 'hyphen' | 'at' | 'colon' | 'question' | 'equals' | 'underscore'>> = {
  '.': 'dot',
  '/': 'slash',
  '-': 'hyphen',
  '@': 'at',
  ':': 'colon',
  '?': 'question',
  '=': 'equals',
  _: 'underscore',
};

/** A part spelled sign by sign, with words for the signs, so a screen reader reads each letter and a look-alike cannot hide. */
export function spell(text: string, t: SafeBrowsingT): string {
  return [...text]
    .map((char) => {
      const name = signNames[char];
      return name ? t(`address.signs.${name}`) : char;
    })
    .join(' ');
}

/** A part as it is said: its words whole, each sign by its name ("konto bindestreck koll"), for the read-aloud voice. */
export function sayable(text: string, t: SafeBrowsingT): string {
  return text
    .split(/([./\-@:?=_])/)
    .filter((piece) => piece !== '')
    .map((piece) => {
      const name = signNames[piece];
      return name ? t(`address.signs.${name}`) : piece;
    })
    .join(' ');
}

/** Reads the parts aloud in order, each with what it means, with the app's voice; offered only where the browser can read aloud. */
function ReadPartsAloud({ parts, t, language }: { parts: AddressPart[]; t: SafeBrowsingT; language: LessonLanguage }) {
  const aloud = useReadAloud(language);
  if (!aloud.available) return null;
  const texts = parts.map((part, index) => t('address.partAloud', { number: index + 1, said: sayable(part.text, t), meaning: t(`address.role.${part.role}`) }));
  // One button that reads and stops, so focus never falls off a button that goes away.
  return (
    <p className="sb-read-parts">
      <Button variant="secondary" onClick={() => (aloud.reading ? aloud.stop() : aloud.read(texts))}>
        {aloud.reading ? t('address.stopReading') : t('address.readPartsAloud')}
      </Button>
    </p>
  );
}

const owns = (part: AddressPart) => part.role === 'name' || part.role === 'ending';

/** The whole address with the part that decides the owner marked. */
function MarkedAddress({ parts }: { parts: AddressPart[] }) {
  return (
    <p className="sb-apart-address">
      <bdi dir="ltr">
        {parts.map((part, index) =>
          owns(part) ? (
            <mark key={index} className="sb-owner">
              {part.text}
            </mark>
          ) : (
            <span key={index} className="sb-not-owner">
              {part.text}
            </span>
          ),
        )}
      </bdi>
    </p>
  );
}

function AddressApart({ parts, t, language }: { parts: AddressPart[]; t: SafeBrowsingT; language: LessonLanguage }) {
  return (
    <>
      <MarkedAddress parts={parts} />
      <h3>{t('address.apart')}</h3>
      <ul className="sb-parts">
        {parts.map((part, index) => (
          <li key={index} className={owns(part) ? 'sb-part sb-part-owner' : 'sb-part'}>
            <code dir="ltr">{part.text}</code> {t(`address.role.${part.role}`)}
          </li>
        ))}
      </ul>
      <ReadPartsAloud parts={parts} t={t} language={language} />
      <Disclosure summary={t('address.readAloud')}>
        <ol className="sb-spelled">
          {parts.map((part, index) => (
            <li key={index}>{t('address.part', { number: index + 1, spelled: spell(part.text, t) })}</li>
          ))}
        </ol>
      </Disclosure>
    </>
  );
}

/** Drill 1: whose address is it? One address at a time; the right owner takes the address apart. */
export function AddressDrill({ scenario, state, dispatch, t, language }: DrillProps<AddressScenario, AddressState> & { language: LessonLanguage }) {
  if (state.finished) {
    return (
      <Feedback right heading={t('address.done', { count: scenario.addresses.length })}>
        <p>{t('address.remember')}</p>
      </Feedback>
    );
  }
  const item = scenario.addresses[state.index];
  if (!item) return null;
  const lastPick = state.picked.at(-1);
  const wrongPick = !state.answered && lastPick !== undefined ? item.choices.find((choice) => choice.owner === lastPick) : undefined;
  const last = state.index === scenario.addresses.length - 1;
  return (
    <>
      <p className="sb-counter">{t('address.counter', { number: state.index + 1, count: scenario.addresses.length })}</p>
      <BrowserWindow t={t} title={t('window.newTab')} address={item.address}>
        <p className="sb-blank-page" aria-hidden="true" />
      </BrowserWindow>
      {wrongPick && (
        <Feedback right={false} heading={t('feedback.wrong')}>
          {/* A wrong pick is explained by the address's own trick: the part that decides the owner, and why the name picked is not it. */}
          <p>{t('address.decides')}</p>
          <MarkedAddress parts={item.parts} />
          <p>
            {wrongPick.where === 'owner' || wrongPick.where === 'elsewhere'
              ? t(`address.notOwner.${item.trick}`, { choice: wrongPick.owner, owner: item.owner })
              : t(`address.where.${wrongPick.where}`, { choice: wrongPick.owner })}
          </p>
          <p>{item.explain}</p>
          <p>{t('feedback.tryAgain')}</p>
        </Feedback>
      )}
      {state.answered ? (
        <Feedback right heading={`${t('feedback.right')} ${t('address.owner', { owner: item.owner })}`}>
          <p>{item.explain}</p>
          <AddressApart parts={item.parts} t={t} language={language} />
          <Button onClick={() => dispatch({ type: 'next' })}>{last ? t('address.finish') : t('address.next')}</Button>
        </Feedback>
      ) : (
        <fieldset className="sb-choices">
          <legend>
            <h2>{t('address.question')}</h2>
          </legend>
          <ul>
            {item.choices.map((choice) => (
              <li key={choice.owner}>
                <Button variant="secondary" disabled={state.picked.includes(choice.owner)} onClick={() => dispatch({ type: 'pick', owner: choice.owner })}>
                  <bdi dir="ltr">{choice.owner}</bdi>
                </Button>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </>
  );
}
