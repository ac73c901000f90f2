import { missingFirefoxPrerequisite } from './support/paths';

/** Fail the Firefox e2e run at once, in one line, when Firefox ESR or the Firefox build is missing. */
export default function checkFirefoxPrerequisites(): void {
  const missing = missingFirefoxPrerequisite();
  if (missing) throw new Error(missing);
}
