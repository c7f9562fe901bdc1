/** Test helpers: the family parity folders built by `npm run prepare:families` (models/families/build.py). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where models/families/build.py writes the converted family folders. */
export const FAMILIES_DIR = 'models/families/build';

/** One record of a family's parity.json: the authors' procedure run in PyTorch. */
export interface ParityRecord {
  problem: string;
  steps: string[];
  /** The steps joined the way the family's text is cut (for streaming); null when cutting that text gives other
   * steps than the authors score (a multi-line step of a family whose steps are lines). */
  text: string | null;
  /** The reference's full token ids. */
  input_ids: number[];
  /** Positions in `input_ids` where step scores are read. */
  positions: number[];
  step_scores: number[];
  first_error: number;
}

/** A family's parity fixture. */
export interface ParityFixture {
  family: string;
  threshold: number;
  records: ParityRecord[];
}

/** Why family tests skip when no fixture is built (they need torch to build). */
export const NO_FAMILIES = `no family fixtures in ${FAMILIES_DIR}: run \`npm run prepare:families\` to build them (needs the torch venv)`;

/** Whether a family's fixture is built. */
export function hasFamily(name: string): boolean {
  return existsSync(join(FAMILIES_DIR, name, 'parity.json'));
}

/** Every built family fixture (none when they are not built: see {@link NO_FAMILIES}). */
export function familyFixtures(): { dir: string; fixture: ParityFixture }[] {
  const names = existsSync(FAMILIES_DIR) ? readdirSync(FAMILIES_DIR).filter(hasFamily) : [];
  return names.map((name) => ({
    dir: join(FAMILIES_DIR, name),
    fixture: JSON.parse(readFileSync(join(FAMILIES_DIR, name, 'parity.json'), 'utf8')) as ParityFixture,
  }));
}
