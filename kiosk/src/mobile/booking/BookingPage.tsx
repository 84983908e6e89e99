import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { pickText, type UiLanguage } from '@lobby/shared';
import { formatBranchClock } from '../../logic/ticket-time.ts';
import type { BookingActions } from './booking-actions.ts';
import { missingStep, type BookingFormStore } from './booking-store.ts';
import { ErrorLine } from './ErrorLine.tsx';

/**
 * The public booking page (`/book`, from the hall poster and the ticket page): pick a business
 * type (with what to bring), a date and a slot — or take a ticket now in a lane the branch
 * allows — then prove the phone with the code sent by text message.
 */
export function BookingPage({ store, actions }: { store: BookingFormStore; actions: BookingActions }) {
  const { t, i18n } = useTranslation();
  const lang: UiLanguage = i18n.language === 'en' ? 'en' : 'zh';
  const s = useStore(store);
  const c = s.catalogue;
  if (!c) return s.error ? <ErrorLine code={s.error} /> : <p className="m-loading">{t('mobile.loading')}</p>;
  const canBook = c.appointments && c.types.length > 0;
  const canRemote = c.remoteQueue && c.remoteLanes.length > 0;
  if (!c.messaging || (!canBook && !canRemote))
    return (
      <p className="m-problem" data-testid="booking-closed">
        {t('booking.closed')}
      </p>
    );
  const missing = missingStep(s);
  const type = c.types.find((x) => x.businessTypeId === s.businessTypeId);
  const remoteLane = c.remoteLanes.find((l) => l.laneId === s.laneId);
  const materials =
    s.mode === 'book'
      ? (type?.materials ?? [])
      : (remoteLane?.businessTypes.find((b) => b.id === s.businessTypeId)?.materials ?? []);
  const clock = (at: number) => formatBranchClock(at, c.timeZone);

  return (
    <form
      className="m-form"
      data-testid="booking-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (missing === null) void actions.confirm(lang);
      }}
    >
      {canBook && canRemote ? (
        <div className="m-tabs" role="tablist">
          {(['book', 'remote'] as const).map((mode) => (
            <button
              key={mode}
              type="button"
              role="tab"
              aria-selected={s.mode === mode}
              className={`m-tab${s.mode === mode ? ' m-tab--on' : ''}`}
              onClick={() => actions.chooseMode(mode)}
            >
              {t(`booking.mode.${mode}`)}
            </button>
          ))}
        </div>
      ) : null}

      <fieldset className="m-step">
        <legend>{t('booking.step.type')}</legend>
        <div className="m-choices">
          {s.mode === 'book'
            ? c.types.map((x) => (
                <button
                  key={x.businessTypeId}
                  type="button"
                  className={`m-choice${s.businessTypeId === x.businessTypeId ? ' m-choice--on' : ''}`}
                  aria-pressed={s.businessTypeId === x.businessTypeId}
                  onClick={() => void actions.chooseType(x.businessTypeId)}
                >
                  {pickText(x.name, lang)}
                  <small>{pickText(x.laneName, lang)}</small>
                </button>
              ))
            : c.remoteLanes.flatMap((l) =>
                l.businessTypes.map((b) => (
                  <button
                    key={`${l.laneId}/${b.id}`}
                    type="button"
                    className={`m-choice${s.laneId === l.laneId && s.businessTypeId === b.id ? ' m-choice--on' : ''}`}
                    aria-pressed={s.laneId === l.laneId && s.businessTypeId === b.id}
                    onClick={() => void actions.chooseType(b.id, l.laneId)}
                  >
                    {pickText(b.name, lang)}
                    <small>{pickText(l.name, lang)}</small>
                  </button>
                )),
              )}
        </div>
        {materials.length > 0 ? (
          <div className="m-materials" data-testid="booking-materials">
            <strong>{t('booking.materials')}</strong>
            <ul>
              {materials.map((m, i) => (
                <li key={i}>{pickText(m, lang)}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {s.mode === 'remote' ? <p className="m-hint">{t('booking.remoteHint')}</p> : null}
      </fieldset>

      {s.mode === 'book' && type ? (
        <fieldset className="m-step">
          <legend>{t('booking.step.slot')}</legend>
          <div className="m-choices m-choices--dates">
            {type.days.map((d) => (
              <button
                key={d}
                type="button"
                className={`m-choice${s.date === d ? ' m-choice--on' : ''}`}
                aria-pressed={s.date === d}
                onClick={() => void actions.chooseDate(d)}
              >
                {d.slice(5)}
              </button>
            ))}
          </div>
          {s.day ? (
            <div className="m-choices m-choices--slots" data-testid="booking-slots">
              {s.day.slots.length === 0 ? <p className="m-hint">{t('booking.noSlots')}</p> : null}
              {s.day.slots.map((slot) => (
                <button
                  key={slot.start}
                  type="button"
                  disabled={!slot.open}
                  className={`m-choice${s.slotStart === slot.start ? ' m-choice--on' : ''}`}
                  aria-pressed={s.slotStart === slot.start}
                  onClick={() => actions.chooseSlot(slot.start)}
                >
                  {clock(slot.start)}–{clock(slot.end)}
                  <small>{slot.open ? t('booking.left', { count: slot.left }) : t('booking.full')}</small>
                </button>
              ))}
            </div>
          ) : null}
        </fieldset>
      ) : null}

      <fieldset className="m-step">
        <legend>{t('booking.step.phone')}</legend>
        <label className="m-field">
          <span>{t('booking.phone')}</span>
          <input
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            maxLength={20}
            value={s.phone}
            data-testid="booking-phone"
            onChange={(e) => actions.setPhone(e.target.value)}
          />
        </label>
        <button
          type="button"
          className="m-button m-button--secondary"
          data-testid="booking-send-code"
          disabled={s.busy || missing === 'type' || missing === 'slot' || s.phone.trim() === ''}
          onClick={() => void actions.sendCode(lang)}
        >
          {s.verification ? t('booking.resend') : t('booking.sendCode')}
        </button>
        {s.verification ? (
          <label className="m-field">
            <span>{t('booking.code')}</span>
            <input
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              value={s.code}
              data-testid="booking-code"
              onChange={(e) => actions.setCode(e.target.value)}
            />
          </label>
        ) : null}
        <p className="m-hint">{t('booking.privacy')}</p>
      </fieldset>

      {s.error ? <ErrorLine code={s.error} /> : null}
      <button type="submit" className="m-button" data-testid="booking-confirm" disabled={s.busy || missing !== null}>
        {s.mode === 'book' ? t('booking.confirm') : t('booking.takeTicket')}
      </button>
    </form>
  );
}
