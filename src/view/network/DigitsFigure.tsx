/** The digits network's figure: the learned map, PCA beside it, the curves and the controls. */
export default function DigitsFigure() {
  return <section aria-label="Digits" data-testid="digits-map" />;
}
