import Link from '@docusaurus/Link';
import clsx from 'clsx';
import type { ReactNode } from 'react';
import type { SchemaView } from '../../lib/openapi/schema-view';
import SafeHtml from './SafeHtml';
import styles from './styles.module.css';

const COMPOSITION_WORDS = { allOf: 'All of', oneOf: 'One of', anyOf: 'Any of' } as const;

/**
 * A schema as a tree of properties. The tree is already finite (depth limit,
 * cycles cut by the page-model builder); references show the schema's name as
 * a link to its page.
 */
export default function SchemaTree({
  schema,
  hideRootLink = false,
  bodyOnly = false,
}: {
  schema: SchemaView;
  /** On the schema's own page the root needs no link to itself. */
  hideRootLink?: boolean;
  /** Leave out the root's type line (the parameters table shows it in its own column). */
  bodyOnly?: boolean;
}): ReactNode {
  return (
    <div className={styles.schemaTree} data-schema-tree="">
      {!bodyOnly && (
        <div className={styles.schemaHead}>
          <TypeLabel schema={hideRootLink ? { ...schema, ref: undefined } : schema} />
          <Flags schema={schema} />
        </div>
      )}
      <SchemaBody schema={schema} />
    </div>
  );
}

/** `Task object`, `array of Task`, `string (date-time)`, `One of`, linked where the schema has a page. */
export function TypeLabel({ schema }: { schema: SchemaView }): ReactNode {
  const base =
    schema.type === 'array' && schema.items ? (
      <>
        array of <TypeLabel schema={schema.items} />
      </>
    ) : (
      (schema.type ?? (schema.compositions ? schema.compositions.map((c) => COMPOSITION_WORDS[c.kind].toLowerCase()).join(', ') : 'any'))
    );
  return (
    <span className={styles.type}>
      {schema.ref && (
        <>
          <Link to={schema.ref.permalink} data-schema-link={schema.ref.name}>
            {schema.ref.name}
          </Link>{' '}
        </>
      )}
      {base}
      {schema.format && ` (${schema.format})`}
    </span>
  );
}

function Flags({ schema, required }: { schema: SchemaView; required?: boolean }): ReactNode {
  return (
    <>
      {required && <span className={clsx(styles.flag, styles.required)}>required</span>}
      {schema.nullable && <span className={styles.flag}>nullable</span>}
      {schema.readOnly && <span className={styles.flag}>read-only</span>}
      {schema.writeOnly && <span className={styles.flag}>write-only</span>}
      {schema.deprecated && <span className={styles.flag}>deprecated</span>}
      {schema.circular && <span className={styles.flag}>circular reference: see its page</span>}
      {schema.truncated && <span className={styles.flag}>{schema.ref ? 'not expanded here: see its page' : 'not expanded: nested too deeply'}</span>}
      {schema.unresolvedRef && (
        <span className={styles.flag}>
          unresolved reference <code>{schema.unresolvedRef}</code>
        </span>
      )}
    </>
  );
}

/** Description, allowed values and nested schemas of one node. */
function SchemaBody({ schema }: { schema: SchemaView }): ReactNode {
  const items = schema.type === 'array' ? schema.items : undefined;
  return (
    <>
      <SafeHtml html={schema.descriptionHtml} className={styles.description} />
      <Details schema={schema} />
      {schema.discriminator && (
        <p className={styles.details}>
          Discriminator: <code>{schema.discriminator.propertyName}</code>
          {schema.discriminator.mapping.length > 0 && ' — '}
          {schema.discriminator.mapping.map((entry, i) => (
            <span key={entry.value}>
              {i > 0 && ', '}
              <code>{entry.value}</code>
              {entry.schema && (
                <>
                  {' → '}
                  <Link to={entry.schema.permalink}>{entry.schema.name}</Link>
                </>
              )}
            </span>
          ))}
        </p>
      )}
      {schema.properties && schema.properties.length > 0 && (
        <ul>
          {schema.properties.map((property) => (
            <li key={property.name} className={styles.schemaNode} data-property={property.name}>
              <div className={styles.schemaHead}>
                <code className={styles.propertyName}>{property.name}</code>
                <TypeLabel schema={property.schema} />
                <Flags schema={property.schema} required={property.required} />
              </div>
              <SchemaBody schema={property.schema} />
            </li>
          ))}
        </ul>
      )}
      {items && hasBody(items) && (
        <ul>
          <li className={styles.schemaNode}>
            <div className={styles.schemaHead}>
              <span className={styles.propertyName}>Items</span>
              <TypeLabel schema={items} />
              <Flags schema={items} />
            </div>
            <SchemaBody schema={items} />
          </li>
        </ul>
      )}
      {schema.additionalProperties && (
        <ul>
          <li className={styles.schemaNode}>
            <div className={styles.schemaHead}>
              <span className={styles.propertyName}>Other properties</span>
              <TypeLabel schema={schema.additionalProperties} />
              <Flags schema={schema.additionalProperties} />
            </div>
            <SchemaBody schema={schema.additionalProperties} />
          </li>
        </ul>
      )}
      {schema.compositions?.map((composition) => (
        <div key={composition.kind}>
          <div className={styles.composition}>{COMPOSITION_WORDS[composition.kind]}:</div>
          <ul>
            {composition.variants.map((variant, i) => (
              <li key={i} className={styles.schemaNode}>
                <div className={styles.schemaHead}>
                  <TypeLabel schema={variant} />
                  {variant.title && <span>{variant.title}</span>}
                  <Flags schema={variant} />
                </div>
                <SchemaBody schema={variant} />
              </li>
            ))}
          </ul>
        </div>
      ))}
      {schema.not && (
        <ul>
          <li className={styles.schemaNode}>
            <div className={styles.schemaHead}>
              <span className={styles.propertyName}>Not</span>
              <TypeLabel schema={schema.not} />
            </div>
            <SchemaBody schema={schema.not} />
          </li>
        </ul>
      )}
    </>
  );
}

function Details({ schema }: { schema: SchemaView }): ReactNode {
  const rows: ReactNode[] = [];
  if (schema.enum) {
    rows.push(
      <span key="enum">
        Allowed values:{' '}
        {schema.enum.map((value, i) => (
          <span key={i}>
            {i > 0 && ', '}
            <code>{value}</code>
          </span>
        ))}
      </span>,
    );
  }
  if (schema.constValue !== undefined) rows.push(<span key="const">Value: <code>{schema.constValue}</code></span>);
  if (schema.defaultValue !== undefined) rows.push(<span key="default">Default: <code>{schema.defaultValue}</code></span>);
  if (schema.constraints) rows.push(<span key="constraints">{schema.constraints.join('; ')}</span>);
  if (schema.example !== undefined) rows.push(<span key="example">Example: <code>{schema.example}</code></span>);
  if (rows.length === 0) return null;
  return (
    <p className={styles.details}>
      {rows.map((row, i) => (
        <span key={i}>
          {i > 0 && ' · '}
          {row}
        </span>
      ))}
    </p>
  );
}

function hasBody(schema: SchemaView): boolean {
  return Boolean(
    schema.descriptionHtml || schema.enum || schema.constraints || schema.properties?.length || schema.compositions || schema.additionalProperties || schema.items,
  );
}
