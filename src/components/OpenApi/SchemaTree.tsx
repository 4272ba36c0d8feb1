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
            <SchemaNode
              key={property.name}
              schema={property.schema}
              name={<code className={styles.propertyName}>{property.name}</code>}
              required={property.required}
              data={{ 'data-property': property.name }}
            />
          ))}
        </ul>
      )}
      {items && hasBody(items) && <LoneNode label="Items" schema={items} />}
      {schema.additionalProperties && <LoneNode label="Other properties" schema={schema.additionalProperties} />}
      {schema.compositions?.map((composition) => (
        <div key={composition.kind}>
          <div className={styles.composition}>{COMPOSITION_WORDS[composition.kind]}:</div>
          <ul>
            {composition.variants.map((variant, i) => (
              <SchemaNode key={i} schema={variant} title={variant.title && <span>{variant.title}</span>} />
            ))}
          </ul>
        </div>
      ))}
      {schema.not && <LoneNode label="Not" schema={schema.not} flags={false} />}
    </>
  );
}

/**
 * A nested schema in the tree: its name (a property's), type, title (a
 * variant's) and flags on one line, then its own description and children.
 */
function SchemaNode({
  schema,
  name,
  title,
  required,
  flags = true,
  data,
}: {
  schema: SchemaView;
  name?: ReactNode;
  title?: ReactNode;
  required?: boolean;
  /** Show the schema's flags (a `not` schema shows none: they would read as the negation's). */
  flags?: boolean;
  data?: Record<`data-${string}`, string>;
}): ReactNode {
  return (
    <li className={styles.schemaNode} {...data}>
      <div className={styles.schemaHead}>
        {name}
        <TypeLabel schema={schema} />
        {title}
        {flags && <Flags schema={schema} required={required} />}
      </div>
      <SchemaBody schema={schema} />
    </li>
  );
}

/** A single nested schema under a label, in a list of its own: `Items`, `Other properties`, `Not`. */
function LoneNode({ label, schema, flags }: { label: string; schema: SchemaView; flags?: boolean }): ReactNode {
  return (
    <ul>
      <SchemaNode schema={schema} name={<span className={styles.propertyName}>{label}</span>} flags={flags} />
    </ul>
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
