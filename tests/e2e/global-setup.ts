import { missingPrerequisite } from './support/paths';

/** Fail the e2e run at once, in one line, when Chromium or the build is missing. */
export default function checkPrerequisites(): void {
  const missing = missingPrerequisite();
  if (missing) throw new Error(missing);
}
