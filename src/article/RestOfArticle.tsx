import { Exercises } from './sections/Exercises';
import { FinePrint } from './sections/FinePrint';
import { FromPointsToNetwork } from './sections/FromPointsToNetwork';
import { Glossary } from './sections/Glossary';
import { Limitations } from './sections/Limitations';
import { RelatedLosses } from './sections/RelatedLosses';
import { Summary } from './sections/Summary';
import { TheGradient } from './sections/TheGradient';
import { TheLoss } from './sections/TheLoss';
import { TheMargin } from './sections/TheMargin';
import { ThePush } from './sections/ThePush';
import { WorkedExample } from './sections/WorkedExample';

/**
 * Everything after the first section: loaded as its own chunk (with KaTeX and the charts), so
 * the first screen, the figure and the opening text, does not wait for it.
 */
export default function RestOfArticle() {
  return (
    <>
      <TheLoss />
      <WorkedExample />
      <ThePush />
      <TheMargin />
      <TheGradient />
      <FinePrint />
      <Limitations />
      <RelatedLosses />
      <FromPointsToNetwork />
      <Exercises />
      <Summary />
      <Glossary />
    </>
  );
}
