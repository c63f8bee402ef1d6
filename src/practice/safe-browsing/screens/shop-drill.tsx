import { Button } from '../../../ui/index.ts';
import { shopSigns, type ShopState } from '../machine.ts';
import type { ShopScenario } from '../scenario.ts';
import { BrowserWindow, Feedback } from './browser-window.tsx';
import type { DrillProps } from './screen-props.ts';

/** Drill 3: the fake shop with signs to find, each explained when marked, and an honest shop beside it. */
export function ShopDrill({ scenario, state, dispatch, t }: DrillProps<ShopScenario, ShopState>) {
  const signs = shopSigns(scenario);
  const total = signs.length;
  const missed = scenario.fake.spots.filter((spot) => spot.sign && !state.found.includes(spot.id));
  return (
    <>
      <div className="sb-pair">
        <div className="sb-shop">
          <h2 className="sb-shop-label">{t('shop.fakeLabel')}</h2>
          <BrowserWindow t={t} title={scenario.fake.name} address={scenario.fake.address}>
            <p className="sb-page-title">{scenario.fake.name}</p>
            <ul className="sb-spots">
              {scenario.fake.spots.map((spot) => {
                const marked = state.found.includes(spot.id) || state.notSigns.includes(spot.id);
                return (
                  <li key={spot.id} className={marked ? (spot.sign ? 'sb-spot sb-spot-sign' : 'sb-spot sb-spot-fine') : 'sb-spot'}>
                    <h3>{spot.label}</h3>
                    <p>{spot.text}</p>
                    {marked ? (
                      <div className="sb-spot-verdict" {...(state.last === spot.id && !state.finished ? { tabIndex: -1, 'data-focus-here': '' } : {})}>
                        <p>
                          <strong>{spot.sign ? t('shop.isSign') : t('shop.notSign')}</strong>
                        </p>
                        <p>{spot.explain}</p>
                      </div>
                    ) : (
                      !state.finished && (
                        <Button variant="secondary" onClick={() => dispatch({ type: 'mark', spot: spot.id })}>
                          {t('shop.mark', { label: spot.label.toLowerCase() })}
                        </Button>
                      )
                    )}
                  </li>
                );
              })}
            </ul>
          </BrowserWindow>
        </div>
        <div className="sb-shop">
          <h2 className="sb-shop-label">{t('shop.honestLabel')}</h2>
          <BrowserWindow t={t} title={scenario.honest.name} address={scenario.honest.address}>
            <p className="sb-page-title">{scenario.honest.name}</p>
            <ul className="sb-spots">
              {scenario.honest.spots.map((spot) => (
                <li key={spot.id} className="sb-spot">
                  <h3>{spot.label}</h3>
                  <p>{spot.text}</p>
                </li>
              ))}
            </ul>
          </BrowserWindow>
        </div>
      </div>
      {state.finished ? (
        <Feedback right={missed.length === 0} heading={missed.length === 0 ? t('shop.allFound', { total }) : t('shop.someFound', { count: state.found.length, total })}>
          {missed.length > 0 && (
            <>
              <h3>{t('shop.missed')}</h3>
              <ul>
                {missed.map((spot) => (
                  <li key={spot.id}>
                    <strong>{spot.label}:</strong> {spot.explain}
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>{t('shop.advice')}</h3>
          <ul>
            {scenario.advice.map((advice) => (
              <li key={advice.id}>{advice.text}</li>
            ))}
          </ul>
        </Feedback>
      ) : (
        <div className="sb-shop-status">
          <p>{t('shop.found', { count: state.found.length, total })}</p>
          <Button variant="secondary" onClick={() => dispatch({ type: 'stop-looking' })}>
            {t('shop.stop')}
          </Button>
        </div>
      )}
    </>
  );
}
