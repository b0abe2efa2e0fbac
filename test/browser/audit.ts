/**
 * Checks of a rendered page a person would otherwise make by eye, measured in
 * the page itself (audit.page.js):
 * - contrast: every visible HTML element with text of its own, its colour
 *   (with its opacity) against the backgrounds under it composited down to the
 *   first opaque one; WCAG 2.1 AA: 4.5:1, large text (24 px, or 18.66 px bold)
 *   3:1; a colour that cannot be read is a failure. The SVG map is left out.
 * - layout, at the page's current size: nothing makes it scroll sideways, no
 *   control or section lies beyond the screen, every control is at least
 *   24 x 24 px (WCAG 2.2 target size; inline links in text excepted), no text
 *   under 12 px.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../../resources/repo';

// The file is one object expression (the formatter ends it with a semicolon).
const PAGE_SIDE = readFileSync(path.join(REPO_ROOT, 'test/browser/audit.page.js'), 'utf8').trim().replace(/;$/, '');

export interface ContrastFailure {
  text: string;
  problem: string;
}

export const contrastFailures = (page: Page): Promise<ContrastFailure[]> =>
  page.evaluate(`${PAGE_SIDE}.contrastFailures()`);

export const layoutProblems = (page: Page): Promise<string[]> => page.evaluate(`${PAGE_SIDE}.layoutProblems()`);
