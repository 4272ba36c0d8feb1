/**
 * A ready-to-copy curl command for an operation. Every value that comes from
 * the spec is single-quoted for a POSIX shell, so a hostile example cannot
 * turn the copied command into another one; credentials and values the spec
 * gives no example for are shell variables (`"$TOKEN"`, `"$TASK_ID"`) the
 * reader sets, never literal secrets.
 */

/** A piece of a shell word: literal text from the spec, or a shell variable the reader sets. */
export type CurlValuePart = CurlText | CurlVariable;

/** Literal text, single-quoted in the command. */
export interface CurlText {
  /** The text as it should reach curl. */
  text: string;
}

/** A shell variable, written `"$NAME"` in the command. */
export interface CurlVariable {
  /** Variable or parameter name; made into an upper-case shell name (`taskId` → `TASK_ID`). */
  variable: string;
}

/** A query parameter, header or cookie of the command. */
export interface CurlNamedValue {
  /** Parameter, header or cookie name (literal text). */
  name: string;
  /** Its value, in parts. */
  value: CurlValuePart[];
}

/** A body sent as is. */
export interface CurlRawBody {
  /** Content type of the body. */
  mediaType: string;
  /** Sent with `--data-raw`. */
  kind: 'raw';
  /** The body text. */
  data: string;
}

/** A URL-encoded form body. */
export interface CurlFormBody {
  /** Content type of the body. */
  mediaType: string;
  /** Encoded by Portico and sent with `--data-raw`. */
  kind: 'form';
  /** The form fields, in order. */
  fields: CurlFormField[];
}

/** A multipart body. */
export interface CurlMultipartBody {
  /** Content type of the body. */
  mediaType: string;
  /** Sent with `--form-string` (and `-F` for files). */
  kind: 'multipart';
  /** The form fields, in order. */
  fields: CurlFormField[];
}

/** One field of a form body. */
export interface CurlFormField {
  /** Field name. */
  name: string;
  /** Field value (ignored for files). */
  value: string;
  /** A file upload: the command names a local file for the reader to replace. */
  file?: boolean;
}

/** What {@link buildCurlCommand} needs about one request. */
export interface CurlRequest {
  /** HTTP method, any case. */
  method: string;
  /** Absolute server URL, or a relative one (then `$BASE_URL` is put in front). */
  serverUrl: string;
  /** The path, parameters filled in with examples or variables. */
  path: CurlValuePart[];
  /** Query parameters, in order. */
  query: CurlNamedValue[];
  /** Headers, in order. */
  headers: CurlNamedValue[];
  /** Extra curl options for credentials, e.g. `-u "$USERNAME:$PASSWORD"`: fixed text, never from the spec. */
  authOptions: string[];
  /** Cookies, in order. */
  cookies: CurlNamedValue[];
  /** Request body. */
  body?: CurlRawBody | CurlFormBody | CurlMultipartBody;
}

/** Quotes text for a POSIX shell: `it's` → `'it'\''s'`. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Turns a parameter name into a shell variable name: `taskId` → `TASK_ID`. */
export function shellVariableName(name: string): string {
  const snake = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
  return /^[A-Z_]/.test(snake) ? snake : `P_${snake}`;
}

/** Header and URL text is one line: a newline from the spec would start another header. */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

/** One shell word from parts: literal runs single-quoted, variables double-quoted (`'a'"$X"'b'`). */
function shellWord(parts: CurlValuePart[]): string {
  let out = '';
  let literal = '';
  const flush = () => {
    if (literal) out += shellQuote(literal);
    literal = '';
  };
  for (const part of parts) {
    if ('text' in part) literal += oneLine(part.text);
    else {
      flush();
      out += `"$${shellVariableName(part.variable)}"`;
    }
  }
  flush();
  return out || "''";
}

function encodeParts(parts: CurlValuePart[]): CurlValuePart[] {
  return parts.map((part) => ('text' in part ? { text: encodeURIComponent(part.text) } : part));
}

/** The curl command, one option per line with `\` continuations. */
export function buildCurlCommand(request: CurlRequest): string {
  const method = request.method.toUpperCase().replace(/[^A-Z]/g, '');
  const url: CurlValuePart[] = [];
  if (!/^https?:\/\//i.test(request.serverUrl)) url.push({ variable: 'BASE_URL' });
  url.push({ text: request.serverUrl.replace(/\/+$/, '') }, ...request.path);
  request.query.forEach((param, i) => {
    url.push({ text: `${i === 0 ? '?' : '&'}${encodeURIComponent(param.name)}=` }, ...encodeParts(param.value));
  });
  // Braces or brackets left in the URL (an undeclared path parameter) would be curl glob patterns.
  const globoff = url.some((part) => 'text' in part && /[{}[\]]/.test(part.text));

  const lines: string[] = [`curl${method === 'GET' ? '' : ` -X ${method}`}${globoff ? ' --globoff' : ''}`, shellWord(url)];
  for (const header of request.headers) lines.push(`-H ${shellWord([{ text: `${header.name}: ` }, ...header.value])}`);
  lines.push(...request.authOptions);
  if (request.cookies.length > 0) {
    const parts: CurlValuePart[] = [];
    request.cookies.forEach((cookie, i) => parts.push({ text: `${i === 0 ? '' : '; '}${cookie.name}=` }, ...cookie.value));
    lines.push(`-b ${shellWord(parts)}`);
  }
  const body = request.body;
  if (body?.kind === 'raw') {
    lines.push(`-H ${shellQuote(`Content-Type: ${oneLine(body.mediaType)}`)}`);
    // --data-raw, not -d: a body from the spec that starts with "@" must not name a local file.
    lines.push(`--data-raw ${shellQuote(body.data)}`);
  } else if (body?.kind === 'form') {
    // Encoded here and sent raw: curl's --data-urlencode would read a file for a name containing "@".
    const encoded = body.fields.map((field) => `${encodeURIComponent(field.name)}=${encodeURIComponent(field.value)}`).join('&');
    lines.push(`-H ${shellQuote(`Content-Type: ${oneLine(body.mediaType)}`)}`);
    lines.push(`--data-raw ${shellQuote(encoded)}`);
  } else if (body?.kind === 'multipart') {
    for (const field of body.fields) {
      const name = oneLine(field.name).replace(/[=@<;]/g, '_');
      // --form-string never treats "@" or "<" in a value from the spec as a file to upload.
      if (field.file) lines.push(`-F ${shellQuote(`${name}=@./${name.replace(/[^A-Za-z0-9._-]/g, '_') || 'file'}`)}`);
      else lines.push(`--form-string ${shellQuote(`${name}=${field.value}`)}`);
    }
  }
  return lines.map((line, i) => (i === 0 ? line : `  ${line}`)).join(' \\\n');
}
