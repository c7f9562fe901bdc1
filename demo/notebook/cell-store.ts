/** The notebook's cells in IndexedDB: they survive reloads and browser restarts. */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/** One notebook cell: a problem, its solution (steps separated by blank lines) and what is known of it. */
export interface Cell {
  id: string;
  /** Sort key; cells are shown in ascending order. */
  position: number;
  problem: string;
  solution: string;
  /** ProcessBench label: the first wrong step (0-based), -1 when correct, null when unlabelled. */
  label: number | null;
  /** Step scores of the last evaluation of this exact text, or null when not scored since the last edit. */
  stepScores: number[] | null;
  /** What made `stepScores` (model, variant and preset: `Protocol.key`); absent in cells stored before it was kept. */
  scoredWith?: string;
}

interface NotebookDb extends DBSchema {
  cells: { key: string; value: Cell };
}

/** The cell store of one notebook. */
export class CellStore {
  private constructor(private readonly db: IDBPDatabase<NotebookDb>) {}

  /** Opens (or creates) the notebook database `name`. */
  static async open(name = 'steplight-notebook'): Promise<CellStore> {
    const db = await openDB<NotebookDb>(name, 1, {
      upgrade(database) {
        database.createObjectStore('cells', { keyPath: 'id' });
      },
    });
    return new CellStore(db);
  }

  /** Every cell, in position order. */
  async all(): Promise<Cell[]> {
    const cells = await this.db.getAll('cells');
    return cells.sort((a, b) => a.position - b.position);
  }

  /** Writes cells in one transaction: all of them are stored, or none. */
  async put(...cells: Cell[]): Promise<void> {
    const tx = this.db.transaction('cells', 'readwrite');
    await Promise.all([...cells.map((cell) => tx.store.put(cell)), tx.done]);
  }

  /**
   * Stores `stepScores` made by `scoredWith` on each cell whose stored problem and solution are still the text that
   * was scored, in one transaction; a cell edited or deleted meanwhile (in this tab or another) is left as it is.
   * Returns the cells written.
   */
  async putScores(scored: readonly { cell: Cell; stepScores: number[] }[], scoredWith: string): Promise<Cell[]> {
    const tx = this.db.transaction('cells', 'readwrite');
    const written: Cell[] = [];
    for (const { cell, stepScores } of scored) {
      const stored = await tx.store.get(cell.id);
      if (stored === undefined || stored.problem !== cell.problem || stored.solution !== cell.solution) continue;
      const updated = { ...stored, stepScores, scoredWith };
      await tx.store.put(updated);
      written.push(updated);
    }
    await tx.done;
    return written;
  }

  /** Deletes one cell. */
  async remove(id: string): Promise<void> {
    await this.db.delete('cells', id);
  }
}

/** A new cell placed after `position`. */
export function newCell(position: number, fields: Partial<Pick<Cell, 'problem' | 'solution' | 'label'>> = {}): Cell {
  return { id: crypto.randomUUID(), position, problem: '', solution: '', label: null, stepScores: null, ...fields };
}
