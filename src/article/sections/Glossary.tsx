import { Fragment } from 'react';
import { GLOSSARY, glossaryAnchor } from '../glossary';
import { Section } from '../Section';

export function Glossary() {
  return (
    <Section id="glossary" title="Glossary">
      <dl className="glossary">
        {GLOSSARY.map(({ id, term, definition }) => (
          <Fragment key={id}>
            <dt id={glossaryAnchor(id)} tabIndex={-1}>
              <dfn>{term}</dfn>
            </dt>
            <dd>{definition}</dd>
          </Fragment>
        ))}
      </dl>
    </Section>
  );
}
