import { safeHttpUrl as safeHttpUrlText } from '../../markdown/index.js';
import { isObject, stringOf } from '../json-narrowing.js';
import type { ContactView, ExternalDocsView, LicenseView } from '../api-info-view.js';

/** A URL field of the spec as an http(s) link, or undefined (`javascript:` and friends never become links). */
export function safeHttpUrl(value: unknown): string | undefined {
  return typeof value === 'string' ? safeHttpUrlText(value) : undefined;
}

/** `externalDocs` of the spec, a tag or an operation; only an http(s) URL makes a link. */
export function externalDocs(node: unknown): ExternalDocsView | undefined {
  if (!isObject(node)) return undefined;
  const url = safeHttpUrl(node.url);
  if (!url) return undefined;
  return { url, description: stringOf(node.description) };
}

/** `info.contact`: the email only when it looks like one, the URL only when http(s). */
export function contactView(node: unknown): ContactView | undefined {
  if (!isObject(node)) return undefined;
  const email = stringOf(node.email);
  const contact = {
    name: stringOf(node.name),
    email: email && /^[^\s@<>"'()]+@[^\s@<>"'()]+\.[^\s@<>"'()]+$/.test(email) ? email : undefined,
    url: safeHttpUrl(node.url),
  };
  return contact.name || contact.email || contact.url ? contact : undefined;
}

/** `info.license`, when it has a name. */
export function licenseView(node: unknown): LicenseView | undefined {
  if (!isObject(node)) return undefined;
  const name = stringOf(node.name);
  if (!name) return undefined;
  return { name, url: safeHttpUrl(node.url), identifier: stringOf(node.identifier) };
}
