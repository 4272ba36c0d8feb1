export { renderUntrustedMarkdown } from './safe-html.js';
