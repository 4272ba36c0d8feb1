// Stands in for @docusaurus/theme-classic's Prism client module (see ./index.ts):
// a client module with no lifecycle hooks, so main.js no longer imports Prism.
export {};
