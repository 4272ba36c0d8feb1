import clsx from 'clsx';
import type { ReactNode } from 'react';
import type { ParameterView } from '../../lib/openapi/payload-view';
import SafeHtml from './SafeHtml';
import SchemaTree, { TypeLabel } from './SchemaTree';
import styles from './styles.module.css';

const LOCATION_ORDER = ['path', 'query', 'header', 'cookie'];

/**
 * Parameters as a table: in, name, type, required, description (with allowed values and nested fields).
 * On a phone each row is a card, each cell labelled with its column (`data-label`), so nothing is wider than the screen.
 */
export default function ParametersTable({ parameters }: { parameters: ParameterView[] }): ReactNode {
  const sorted = [...parameters].sort((a, b) => LOCATION_ORDER.indexOf(a.in) - LOCATION_ORDER.indexOf(b.in));
  return (
    <table className={clsx(styles.table, styles.stackOnPhone)} data-parameters="">
      <thead>
        <tr>
          <th scope="col">In</th>
          <th scope="col">Name</th>
          <th scope="col">Type</th>
          <th scope="col">Required</th>
          <th scope="col">Description</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((parameter) => (
          <tr key={`${parameter.in}:${parameter.name}`} data-parameter={parameter.name}>
            <td data-label="In">{parameter.in}</td>
            <td data-label="Name">
              <code className={parameter.deprecated ? styles.deprecated : undefined}>{parameter.name}</code>
              {parameter.deprecated && ' (deprecated)'}
            </td>
            <td data-label="Type">
              <TypeLabel schema={parameter.schema} />
            </td>
            <td data-label="Required">{parameter.required ? 'yes' : 'no'}</td>
            <td data-label="Description">
              <SafeHtml html={parameter.descriptionHtml} />
              {hasDetails(parameter) && <SchemaDetails parameter={parameter} />}
              {parameter.example !== undefined && (
                <p className={styles.details}>
                  Example: <code>{parameter.example}</code>
                </p>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function hasDetails(parameter: ParameterView): boolean {
  const { schema } = parameter;
  return Boolean(schema.enum || schema.constraints || schema.defaultValue !== undefined || schema.properties?.length || schema.compositions);
}

/** Allowed values, limits and nested fields of the parameter's schema, without repeating its description. */
function SchemaDetails({ parameter }: { parameter: ParameterView }): ReactNode {
  const { descriptionHtml: _shown, example: _exampleShownBelow, ...schema } = parameter.schema;
  return <SchemaTree schema={schema} bodyOnly />;
}
