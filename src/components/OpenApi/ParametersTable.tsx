import type { ReactNode } from 'react';
import type { ParameterView } from '../../lib/openapi/payload-view';
import SafeHtml from './SafeHtml';
import SchemaTree, { TypeLabel } from './SchemaTree';
import StackedTable from './StackedTable';
import styles from './styles.module.css';

const LOCATION_ORDER = ['path', 'query', 'header', 'cookie'];

/**
 * Parameters as a table: in, name, type, required, description (with allowed values and nested fields).
 * On a phone each row is a card, each cell labelled with its column (`data-label`), so nothing is wider than the screen.
 */
export default function ParametersTable({ parameters }: { parameters: ParameterView[] }): ReactNode {
  const sorted = [...parameters].sort((a, b) => LOCATION_ORDER.indexOf(a.in) - LOCATION_ORDER.indexOf(b.in));
  return (
    <StackedTable
      columns={['In', 'Name', 'Type', 'Required', 'Description']}
      data={{ 'data-parameters': '' }}
      rows={sorted.map((parameter) => ({
        key: `${parameter.in}:${parameter.name}`,
        data: { 'data-parameter': parameter.name },
        cells: [
          parameter.in,
          <>
            <code className={parameter.deprecated ? styles.deprecated : undefined}>{parameter.name}</code>
            {parameter.deprecated && ' (deprecated)'}
          </>,
          <TypeLabel schema={parameter.schema} />,
          parameter.required ? 'yes' : 'no',
          <>
            <SafeHtml html={parameter.descriptionHtml} />
            {hasDetails(parameter) && <SchemaDetails parameter={parameter} />}
            {parameter.example !== undefined && (
              <p className={styles.details}>
                Example: <code>{parameter.example}</code>
              </p>
            )}
          </>,
        ],
      }))}
    />
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
