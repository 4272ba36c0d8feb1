import path from 'node:path';
import { pathInside } from '../git/index.js';
import { createProjectBoundary } from '../paths/containment.js';
import { showFileAtTag } from './git.js';
import { diffHttpApi, hasExternalRefs, parseSpecText, type HttpApiDiff } from './http-diff.js';
import { previousRelease, type ReleaseEntry, type ReleaseTimeline } from './model.js';
import type { ReleaseTag } from './tags.js';

/** A section of a release page: its content, or why it could not be computed. */
export type ReleaseSection<T> = { available: true; value: T; notes: string[] } | { available: false; reason: string };

/** The two tagged releases a diff compares, or why there are not two. */
export type ComparedTags = { from: { version: string; tag: ReleaseTag }; to: { version: string; tag: ReleaseTag } } | { reason: string };

/** The previous release's tag and this release's tag, or why a diff cannot be made. */
export function comparedTags(timeline: ReleaseTimeline, entry: ReleaseEntry): ComparedTags {
  const previous = previousRelease(timeline, entry);
  if (!previous) return { reason: `${entry.version} is the first release of the changelog, so there is no previous release to compare it with` };
  if (!entry.tag) return { reason: `${entry.version} has no tag: ${entry.tagProblem ?? 'none was found'}` };
  if (!previous.tag) return { reason: `the previous release ${previous.version} has no tag: ${previous.tagProblem ?? 'none was found'}` };
  return { from: { version: previous.version, tag: previous.tag }, to: { version: entry.version, tag: entry.tag } };
}

/** A configured spec and its HTTP API diff section. */
export interface SpecDiffSection {
  /** `openapi.specs[].id`. */
  specId: string;
  /** The spec file, relative to the git repository root (`/` separators), or as configured when outside it. */
  file: string;
  /** The diff between the previous release's tag and this release's tag. */
  diff: ReleaseSection<HttpApiDiff>;
}

/** Where the project's inputs may come from (see src/lib/paths/containment.ts). */
export interface ProjectPlace {
  /** The directory of portal.config.ts. */
  rootDir: string;
  /** `allowedRoots`, absolute. */
  allowedRoots: readonly string[];
}

/**
 * The HTTP API diff of each spec between the previous release's tag and this
 * release's tag: the spec file is read from git (`git show <tag>:<path>`), at
 * the path it has now, and only when that path lies inside the project (the
 * containment rules of the configuration).
 */
export async function httpApiSections(
  timeline: ReleaseTimeline,
  entry: ReleaseEntry,
  specs: readonly { id: string; file: string }[],
  place: ProjectPlace,
): Promise<SpecDiffSection[]> {
  const tags = comparedTags(timeline, entry);
  const boundary = createProjectBoundary(place.rootDir, place.allowedRoots);
  return Promise.all(
    specs.map(async (spec): Promise<SpecDiffSection> => {
      const inRepository = timeline.gitRoot === undefined ? undefined : pathInside(timeline.gitRoot, spec.file);
      const file = inRepository ?? (path.relative(place.rootDir, spec.file).split(path.sep).join('/') || spec.file);
      const section = (diff: ReleaseSection<HttpApiDiff>): SpecDiffSection => ({ specId: spec.id, file, diff });
      if ('reason' in tags) return section({ available: false, reason: tags.reason });
      if (!boundary.contains(spec.file)) return section({ available: false, reason: `${file} lies outside the project (${boundary.describe()})` });
      if (inRepository === undefined || timeline.gitRoot === undefined) {
        return section({ available: false, reason: `${file} is not in the git repository of the changelog, so its versions at the tags cannot be read` });
      }
      const documents: unknown[] = [];
      for (const side of [tags.from, tags.to]) {
        let text: string | undefined;
        try {
          text = await showFileAtTag(timeline.gitRoot, side.tag.name, inRepository);
        } catch (error) {
          return section({ available: false, reason: `git could not read ${inRepository} at ${side.tag.name} (${(error as Error).message})` });
        }
        if (text === undefined) return section({ available: false, reason: `${inRepository} does not exist at the tag ${side.tag.name}` });
        const parsed = parseSpecText(text, `${inRepository} at ${side.tag.name}`);
        if ('problem' in parsed) return section({ available: false, reason: parsed.problem });
        documents.push(parsed.document);
      }
      const notes = documents.some(hasExternalRefs) ? [`${inRepository} has $refs to other files, which the diff does not follow: changes made in those files are not listed`] : [];
      return section({ available: true, value: diffHttpApi(documents[0], documents[1]), notes });
    }),
  );
}
