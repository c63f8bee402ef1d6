import { Button } from '../../../ui/index.ts';
import { PageHeading } from './page-heading.tsx';
import type { EServiceScreenProps } from './screen-props.ts';

/** What the service does, what it takes, how long, other ways to do it, and one button to start. */
export function StartPage({ scenario, dispatch, t }: EServiceScreenProps) {
  return (
    <>
      <PageHeading>{scenario.service}</PageHeading>
      <p>{scenario.start.about}</p>
      <h3>{t('start.needs')}</h3>
      <ul>
        {scenario.start.needs.map((need) => (
          <li key={need}>{need}</li>
        ))}
      </ul>
      <p>{scenario.start.time}</p>
      <Button onClick={() => dispatch({ type: 'start' })}>{t('start.button')}</Button>
      <h3>{t('start.otherWays')}</h3>
      <p>{scenario.start.otherWays}</p>
    </>
  );
}
