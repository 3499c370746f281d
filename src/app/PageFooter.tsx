/**
 * Who may reuse what, at the end of the article: presentation hides it with the article, and a
 * frame on another page (embed=1), which has no article, leaves it out.
 */
export function PageFooter() {
  return (
    <footer className="page-footer">
      <p>
        Reuse is welcome. The code is under the{' '}
        <a rel="license" href="https://opensource.org/license/mit">
          MIT licence
        </a>
        ; the text and figures are under{' '}
        <a rel="license" href="https://creativecommons.org/licenses/by/4.0/">
          CC BY 4.0
        </a>
        : credit “Contrastive loss, hands on”. The handwritten digits are by Alpaydin &amp; Kaynak,
        from the{' '}
        <a href="https://archive.ics.uci.edu/dataset/80/optical+recognition+of+handwritten+digits">
          UCI Machine Learning Repository
        </a>
        , also under CC BY 4.0.
      </p>
    </footer>
  );
}
