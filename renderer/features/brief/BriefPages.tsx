// The brief's sheets: the first A4 landscape sheet (title, the visit plan, the map large on the left,
// the people who matter most and the warnings on the right, the trend under the map) and, only when
// that does not fit, a flow after it in two columns that the printer breaks into full pages.
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlanSections } from '../plan/PlanSections';
import { BriefHead } from './BriefHead';
import { BriefWarnings } from './BriefWarnings';
import type { BriefData } from './loadBrief';
import type { BriefMap } from './briefMap';
import { PLACEMENTS, sheetFits } from './placement';
import { sinceWords } from './sinceWords';
import { TopPeople } from './TopPeople';
import { TrendBox } from './TrendBox';

export function BriefPages({ data, picture, language, onLaidOut }: { data: BriefData; picture: BriefMap | null; language: string; onLaidOut: () => void }) {
  const { t } = useTranslation();
  const sheet = useRef<HTMLElement>(null);
  const [step, setStep] = useState(0);
  const [loaded, setLoaded] = useState(0);
  const [done, setDone] = useState(false);
  const place = PLACEMENTS[step]!;
  const image = picture && 'images' in picture ? picture.images : null;
  const note = picture && 'note' in picture ? picture.note : null;
  const waiting = data.map.people.length > 0 && note === null && (image === null || loaded < 2);

  // Measure on screen (the sheet has its printed size in mm) and step down until nothing spills.
  useLayoutEffect(() => {
    if (done || waiting || !sheet.current) return;
    if (!sheetFits(sheet.current) && step < PLACEMENTS.length - 1) setStep(step + 1);
    else {
      setDone(true);
      onLaidOut();
    }
  }, [done, waiting, step, onLaidOut]);

  const words = sinceWords(data, t, language);
  const top = data.ranked.slice(0, place.top);
  const flowing = !place.warningsFirst || !place.trendFirst;
  const onLoad = () => setLoaded((n) => n + 1);
  return (
    <>
      <section ref={sheet} className={`brief-page${data.plan ? ' with-plan' : ''}`} data-placement={`${step}`}>
        <BriefHead data={data} language={language} words={words} />
        {data.plan ? (
          <section className="brief-plan" data-testid="brief-plan" data-section="plan">
            <h2>{t('plan.briefHeading')}</h2>
            <PlanSections plan={data.plan} />
          </section>
        ) : null}
        <div className="brief-cols">
          <div className="brief-left" data-fit="">
            <figure className="brief-map" data-section="map">
              <figcaption>{t('brief.mapHeading')}</figcaption>
              {image ? (
                <>
                  <img className="map-image" src={image.map} alt={t('brief.mapHeading')} onLoad={onLoad} />
                  <img className="legend-image" src={image.legend} alt={t('map.legend.heading')} onLoad={onLoad} />
                </>
              ) : null}
              {note ? <p className="brief-map-note">{note}</p> : null}
            </figure>
            {place.trendFirst ? <TrendBox data={data} language={language} words={words} /> : null}
          </div>
          <div className="brief-side" data-fit="">
            <section data-section="top">
              <h2>{t('brief.topHeading', { count: top.length })}</h2>
              <TopPeople ranked={top} />
            </section>
            {place.warningsFirst ? <BriefWarnings coaching={data.coaching} map={data.map} /> : null}
          </div>
        </div>
      </section>
      {flowing ? (
        <section className="brief-flow">
          {place.trendFirst ? null : <TrendBox data={data} language={language} words={words} />}
          {place.warningsFirst ? null : <BriefWarnings coaching={data.coaching} map={data.map} />}
        </section>
      ) : null}
    </>
  );
}
