import { describe, expect, it } from 'vitest';
import { joinUrl, kebabSlug, operationSlug, schemaSlug, SlugAllocator, tagSlug } from '../../../src/lib/openapi/index.js';

describe('URL slugs', () => {
  it.each([
    ['Tasks', 'tasks'],
    ['Task Events', 'task-events'],
    ['listTasks', 'list-tasks'],
    ['getHTTPStatus', 'get-http-status'],
    ['Überblick', 'uberblick'],
    ['  --Odd__name!! ', 'odd-name'],
    ["Evil <script>alert('tag')</script>", 'evil-script-alert-tag-script'],
  ])('kebabSlug(%j) is %j', (input, expected) => {
    expect(kebabSlug(input, 'fallback')).toBe(expected);
  });

  it('falls back when nothing usable is left', () => {
    expect(kebabSlug('日本語', 'tag')).toBe('tag');
    expect(tagSlug('!!!')).toBe('tag');
  });

  it('names operations by operationId, else by method and path', () => {
    expect(operationSlug({ operationId: 'createTask', method: 'POST', path: '/tasks' })).toBe('create-task');
    expect(operationSlug({ method: 'GET', path: '/tasks/{taskId}/complete' })).toBe('get-tasks-task-id-complete');
    expect(operationSlug({ method: 'DELETE', path: '/' })).toBe('delete');
  });

  it('keeps the case of schema names and replaces dots and other characters', () => {
    expect(schemaSlug('TaskPage')).toBe('TaskPage');
    expect(schemaSlug('com.acme.Task')).toBe('com-acme-Task');
    expect(schemaSlug('Page<Task>')).toBe('Page-Task');
    expect(schemaSlug('...')).toBe('schema');
  });

  it('makes slugs unique in order of first request, case-insensitively, around reserved ones', () => {
    const slugs = new SlugAllocator(['schemas']);
    expect(['tasks', 'tasks', 'Tasks', 'schemas', 'tasks'].map((slug) => slugs.allocate(slug))).toEqual([
      'tasks',
      'tasks-2',
      'Tasks-3',
      'schemas-2',
      'tasks-4',
    ]);
  });

  it('joins URL segments with single slashes', () => {
    expect(joinUrl('/', '/http-api')).toBe('/http-api');
    expect(joinUrl('/docs/', 'http-api/', '/x')).toBe('/docs/http-api/x');
  });
});
