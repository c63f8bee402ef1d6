import { useTranslation } from '../i18n/index.ts';
import { Button, Dialog } from '../ui/index.ts';
import { endSharedSession } from './end-shared-session.ts';
import { WriteDownCode } from './take-home-code.tsx';

/**
 * "Finish and erase my data": first the take-home code, so the learner can go
 * on at home, then erasing everything Nätvana kept in this browser and the
 * start page afresh. Its own chunk, downloaded when the button is pressed.
 * "Cancel" comes first, so Enter on opening erases nothing.
 */
export function EraseDialog({ open, onClose, onErase = endSharedSession }: { open: boolean; onClose: () => void; onErase?: () => void }) {
  const { t } = useTranslation('transfer');
  return (
    <Dialog open={open} onClose={onClose} title={t('erase.heading')} description={t('erase.text')} className="erase-dialog">
      {open && <WriteDownCode intro={t('code.writeDown')} />}
      <div className="erase-actions">
        <Button variant="secondary" onClick={onClose}>
          {t('erase.cancel')}
        </Button>
        <Button onClick={onErase}>{t('erase.confirm')}</Button>
      </div>
    </Dialog>
  );
}

/** In the kiosk warning: the code to write down before the computer starts over. */
export function KioskCodeNote() {
  const { t } = useTranslation();
  return <WriteDownCode intro={t('kiosk.writeDownCode')} />;
}
