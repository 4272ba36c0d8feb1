/**
 * `portal init`: a new portal for a project, with its inputs detected (`--from`), a commented
 * `portal.config.ts` and one starter page per section, and nothing of Portico's own content.
 */
export { DETECT_LIMITS, detectProject, repositoryUrl } from './detect.js';
export type { DetectOptions, DetectedAlertRules, DetectedApiPackage, ProjectDetection } from './detect.js';
export { PLACEHOLDER_REPOSITORY, renderPortalConfig } from './config-template.js';
export type { ConfigTemplateInput } from './config-template.js';
export { renderContent } from './content-templates.js';
export type { ContentTemplateInput } from './content-templates.js';
export { API_TSCONFIG_FILE, planPortalInit, slugify, typeImportFor, writePortalInit } from './plan.js';
export type { InitOptions, InitPlan, PlannedFile } from './plan.js';
