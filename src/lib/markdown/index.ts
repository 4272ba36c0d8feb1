export { renderUntrustedMarkdown } from './safe-html.js';
export { safeHttpUrl } from './safe-url.js';
