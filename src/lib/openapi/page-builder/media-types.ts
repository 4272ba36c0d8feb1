import { arrayOf, objectEntries, objectOf, stringOf } from '../json-narrowing.js';
import type { ExampleView, MediaTypeView } from '../payload-view.js';
import type { SpecContext } from './context.js';

/** The media types of a 3.x `content` object, each with its schema and examples. Shared by request bodies and responses. */
export function contentViews(ctx: SpecContext, node: unknown): MediaTypeView[] {
  return objectEntries(node).map(([mediaType, media]) => {
    const examples: ExampleView[] = [];
    const language = languageOf(mediaType);
    if (media.example !== undefined) examples.push({ name: 'example', value: formatExample(media.example, language), language });
    for (const [name, rawExample] of Object.entries(objectOf(media.examples))) {
      const example = ctx.deref(rawExample);
      if (!example || example.value === undefined) continue;
      examples.push({
        name,
        summary: stringOf(example.summary),
        descriptionHtml: ctx.optionalMarkdown(example.description),
        value: formatExample(example.value, language),
        language,
      });
    }
    return mediaTypeView(ctx, mediaType, media.schema, examples, media.schema);
  });
}

/** A media type view; with no example of its own, the schema's `example` is shown, marked as such. */
export function mediaTypeView(ctx: SpecContext, mediaType: string, schema: unknown, examples: ExampleView[], schemaForExample: unknown): MediaTypeView {
  const view: MediaTypeView = { mediaType, examples };
  if (schema !== undefined) view.schema = ctx.schemaView(schema);
  if (examples.length === 0) {
    const target = ctx.deref(schemaForExample);
    const own = target ? (target.example ?? (Array.isArray(target.examples) ? target.examples[0] : undefined)) : undefined;
    if (own !== undefined) {
      const language = languageOf(mediaType);
      examples.push({ name: 'example', value: formatExample(own, language), language, fromSchema: true });
    }
  }
  return view;
}

/** 2.0 `consumes` / `produces`: the listed media types, or the fallback when none is listed. */
export function mediaTypes(value: unknown, fallback: string): string[] {
  const list = arrayOf(value).filter((type): type is string => typeof type === 'string' && type.length > 0);
  return list.length > 0 ? list : [fallback];
}

/** Highlighting language of an example of a media type. */
export function languageOf(mediaType: string): ExampleView['language'] {
  if (/json/i.test(mediaType)) return 'json';
  if (/yaml/i.test(mediaType)) return 'yaml';
  if (/xml/i.test(mediaType)) return 'xml';
  return 'text';
}

/** Example text: JSON media types get pretty JSON (a string example becomes a JSON string); others show strings as written. */
export function formatExample(value: unknown, language: ExampleView['language']): string {
  if (language !== 'json' && typeof value === 'string') return value;
  return JSON.stringify(value, null, 2) ?? String(value);
}
